import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../test/render';
import { ReachPage } from './ReachPage';

const node = (id: string | null, name: string, kind: 'PERSON' | 'ORGANIZATION' = 'PERSON', hidden = false) => ({ __typename: 'ReachNode', id, kind, name, regionName: 'Great Lakes', hidden });
const link = (kind: string, strength: number, lastContact: string | null, context: string | null) => ({ __typename: 'ReachLink', kind, strength, lastContact, context, since: null });

const RESULT = {
  data: {
    reach: {
      __typename: 'ReachResult',
      target: node('t1', 'Senator Target'),
      startingMembers: 12,
      paths: [
        {
          __typename: 'ReachPath',
          score: 0.64,
          hops: 2,
          messenger: node('m1', 'Maria Member'),
          nodes: [node('m1', 'Maria Member'), node('a1', 'Ana Broker'), node('t1', 'Senator Target')],
          links: [link('KNOWS', 4.56, '2026-01-15', 'church'), link('KNOWS', 4, null, 'former staffer')],
        },
        {
          __typename: 'ReachPath',
          score: 0.51,
          hops: 2,
          messenger: node('m2', 'Marcus Member'),
          nodes: [node('m2', 'Marcus Member'), node(null, 'Someone in Gulf Coast', 'PERSON', true), node('t1', 'Senator Target')],
          links: [link('KNOWS', 5, null, null), link('KNOWS', 4, null, null)],
        },
      ],
    },
  },
};

describe('reach page', () => {
  it('shows ranked chains for the target in the address, with the messenger, strengths, context and hidden people unlinked', async () => {
    const { requests } = renderPage(<ReachPage />, { path: '/reach?person=t1', route: '/reach', handlers: { Reach: () => RESULT } });
    const first = await screen.findByRole('listitem', { name: 'Path 1' });
    expect(first).toHaveTextContent('Ask Maria Member');
    expect(within(first).getByRole('link', { name: 'Ana Broker' })).toHaveAttribute('href', '/people/a1');
    expect(within(first).getByRole('img', { name: 'Strength 4.6 of 5' })).toBeInTheDocument();
    expect(within(first).getByRole('img', { name: 'Strength 4.0 of 5' })).toBeInTheDocument();
    expect(first).toHaveTextContent('church');
    expect(first).toHaveTextContent('messenger');
    const second = screen.getByRole('listitem', { name: 'Path 2' });
    expect(second).toHaveTextContent('Someone in Gulf Coast');
    expect(within(second).queryByRole('link', { name: 'Someone in Gulf Coast' })).not.toBeInTheDocument();
    expect(screen.getByText('Senator Target', { selector: 'strong' })).toBeInTheDocument();
    expect(requests.at(-1)?.variables).toMatchObject({ targetPersonId: 't1', from: 'ALL_MEMBERS', limit: 5 });
  });

  it('asks again from a region when the starting set changes', async () => {
    const { requests } = renderPage(<ReachPage />, { path: '/reach?organization=o1', route: '/reach', handlers: { Reach: () => RESULT } });
    await screen.findByRole('listitem', { name: 'Path 1' });
    await userEvent.selectOptions(screen.getByLabelText('Starting from'), 'REGION');
    await screen.findByLabelText('Region');
    expect(requests.at(-1)?.variables).toMatchObject({ targetOrganizationId: 'o1', from: 'REGION', regionId: 'region-a' });
  });
});
