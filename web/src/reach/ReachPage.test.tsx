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
  it('says why each path ranks where it does: each link’s strength with one decimal and last contact, the weakest link, and what sets it below the one before', async () => {
    renderPage(<ReachPage />, { path: '/reach?person=t1', route: '/reach', handlers: { Reach: () => RESULT } });
    const first = await screen.findByRole('listitem', { name: 'Path 1' });
    expect(first).toHaveTextContent('Score 64: 2 links of strength 4.6 and 4.0 (out of 5); weakest Ana Broker – Senator Target at 4.0, no contact logged.');
    expect(first).toHaveTextContent(/knows\s*4\.6 · last contact/);
    const second = screen.getByRole('listitem', { name: 'Path 2' });
    expect(second).toHaveTextContent('below the path before: its links are weaker together');
  });

  it('when nobody can start, says why and what to do', async () => {
    const none = { data: { reach: { ...RESULT.data.reach, startingMembers: 0, paths: [] } } };
    renderPage(<ReachPage />, { path: '/reach?person=t1', route: '/reach', handlers: { Reach: () => none } });
    expect(await screen.findByText(/no one in your regions is marked as a member, and reach starts from members/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the people list' })).toHaveAttribute('href', '/people');
    await userEvent.selectOptions(screen.getByLabelText('Starting from'), 'ME');
    expect(await screen.findByText(/your account is not linked to your own person record/)).toBeInTheDocument();
  });

  it('the target picker tells apart two people of the same name by organization, then by the day each was added', async () => {
    const person = (id: string, org: string | null, createdAt: string) => ({
      __typename: 'Person', id, name: 'Lucia Flores', zip: '60614', createdAt, region: { __typename: 'Region', id: 'r1', name: 'Great Lakes' },
      affiliations: org ? [{ __typename: 'Affiliation', organization: { __typename: 'Organization', id: `o-${org}`, name: org } }] : [],
    });
    renderPage(<ReachPage />, {
      path: '/reach', route: '/reach',
      handlers: { PeopleSearch: () => ({ data: { people: { __typename: 'PersonConnection', nodes: [person('p1', 'Tenants Union', '2025-01-02T00:00:00Z'), person('p2', null, '2025-03-04T00:00:00Z'), person('p3', null, '2026-05-06T00:00:00Z')] } } }) },
    });
    await userEvent.type(screen.getByLabelText('Target person'), 'Lucia');
    const list = await screen.findByRole('list', { name: 'Matches for target person' });
    const texts = within(list).getAllByRole('button').map((b) => b.textContent);
    expect(texts[0]).toBe('Lucia FloresGreat Lakes · 60614 · Tenants Union');
    expect(texts[1]).toMatch(/^Lucia FloresGreat Lakes · 60614 · added .*2025/);
    expect(texts[2]).toMatch(/^Lucia FloresGreat Lakes · 60614 · added .*2026/);
  });
});
