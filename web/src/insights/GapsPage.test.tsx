import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REGIONS_RESULT, renderPage } from '../test/render';
import { GapsPage } from './GapsPage';

const person = (id: string, name: string) => ({ __typename: 'Person', id, name });
const org = (id: string, name: string) => ({ __typename: 'Organization', id, name });
const bridge = (id: string, name: string) => ({ __typename: 'NetworkBridge', person: person(id, name), betweenness: 0.57, outsideTies: 2, otherClusters: 1 });

const GAPS = (coldAfterDays: number) => ({
  data: {
    networkGaps: {
      __typename: 'NetworkGaps',
      coldAfterDays,
      partnersWithOneTie: [{ __typename: 'PartnerWithOneTie', organization: org('o1', 'Tenants Union'), person: person('p1', 'Una Only'), ties: ['works at'] }],
      partnersWithNoTie: [org('o2', 'Nobody Knows Us')],
      campaigns: [{ __typename: 'CampaignRoleGaps', campaign: { __typename: 'Campaign', id: 'c1', name: 'Fix the buses' }, gaps: ['No connector', 'Only Cy is gatherer: no backup'] }],
      coldTies: [
        { __typename: 'ColdTie', person: person('p3', 'Cy'), other: person('p4', 'Di'), strength: 3.24, lastContact: '2026-05-07', daysSinceContact: 200, importance: 6.4, reasons: ['Cy is a gatherer'] },
      ],
      coldTieCount: 1,
      clusters: [
        { __typename: 'NetworkCluster', number: 1, size: 5, members: [person('l1', 'L1'), person('l2', 'L2')], bridges: [bridge('b1', 'Bridget')] },
        { __typename: 'NetworkCluster', number: 2, size: 4, members: [person('r1', 'R1')], bridges: [] },
      ],
      bridges: [bridge('b1', 'Bridget')],
    },
  },
});

describe('gaps and risks page', () => {
  it('shows each kind of gap with links, and cold ties with “log a meeting” links', async () => {
    renderPage(<GapsPage />, { handlers: { NetworkGaps: (v) => GAPS(v.coldAfterDays as number), Regions: () => REGIONS_RESULT } });
    const partners = await screen.findByRole('region', { name: 'Partners tied to us by one person' });
    expect(within(partners).getByRole('link', { name: 'Tenants Union' })).toHaveAttribute('href', '/organizations/o1');
    expect(within(partners).getByRole('link', { name: 'Una Only' })).toHaveAttribute('href', '/people/p1');
    expect(partners).toHaveTextContent('(works at)');
    expect(within(screen.getByRole('region', { name: 'Partners nobody is tied to' })).getByRole('link', { name: 'Nobody Knows Us' })).toBeInTheDocument();
    const campaigns = screen.getByRole('region', { name: 'Campaigns missing roles' });
    expect(within(campaigns).getByRole('link', { name: 'Fix the buses' })).toHaveAttribute('href', '/campaigns/c1');
    expect(campaigns).toHaveTextContent('No connector; Only Cy is gatherer: no backup');
    const [tie] = screen.getAllByTestId('cold-tie');
    expect(tie).toHaveTextContent('strength 3.2 ·');
    expect(tie).toHaveTextContent('Cy is a gatherer');
    expect(within(tie).getByRole('link', { name: 'Log a meeting with Di' })).toHaveAttribute('href', '/log?person=p4');
    expect(within(tie).getByRole('link', { name: 'with Cy' })).toHaveAttribute('href', '/log?person=p3');
    const clusters = screen.getAllByTestId('cluster');
    expect(clusters[0]).toHaveTextContent('Cluster 1: 5 people');
    expect(within(clusters[0]).getByRole('link', { name: 'Bridget' })).toHaveAttribute('href', '/people/b1');
    expect(clusters[0]).toHaveTextContent('2 ties into 1 other cluster');
  });

  it('asks again when the cold-after days or the region change', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage(<GapsPage />, { handlers: { NetworkGaps: (v) => GAPS(v.coldAfterDays as number), Regions: () => REGIONS_RESULT } });
    await screen.findAllByTestId('cold-tie');
    await user.selectOptions(screen.getByLabelText('A tie is cold after'), '180');
    await user.selectOptions(await screen.findByLabelText('Region'), 'region-a');
    await waitFor(() =>
      expect(requests.filter((r) => r.operationName === 'NetworkGaps').at(-1)!.variables).toMatchObject({ coldAfterDays: 180, regionId: 'region-a' }),
    );
    expect(await screen.findByRole('heading', { name: 'Ties going cold (no contact in 180 days)' })).toBeInTheDocument();
  });
});
