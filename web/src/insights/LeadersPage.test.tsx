import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REGIONS_RESULT, renderPage } from '../test/render';
import { LeadersPage } from './LeadersPage';

const part = (signal: string, label: string, weight: number, count: number, previousCount = 0) => ({
  __typename: 'LeaderScorePart', signal, label, weight, count, previousCount, points: weight * count,
});
const parts = (o: Partial<Record<string, [number, number]>>) =>
  [
    ['ONE_TO_ONES', 'one-to-ones held', 3],
    ['HOUSE_MEETINGS', 'house meetings hosted', 4],
    ['PEOPLE_BROUGHT', 'people brought to events', 2],
    ['NEW_TIES', 'new ties', 1],
  ].map(([s, l, w]) => part(s as string, l as string, w as number, o[s as string]?.[0] ?? 0, o[s as string]?.[1] ?? 0));

const leader = (rank: number, id: string, name: string, p: ReturnType<typeof parts>, previousScore: number, alreadyLeader = false) => {
  const score = p.reduce((s, x) => s + x.points, 0);
  return { __typename: 'EmergingLeader', rank, score, previousScore, rise: score - previousScore, alreadyLeader, person: { __typename: 'Person', id, name }, parts: p };
};

const result = (windowDays: number) => ({
  data: {
    emergingLeaders: {
      __typename: 'EmergingLeaders', windowDays, from: '2026-08-26', to: '2026-11-23', previousFrom: '2026-05-28', previousTo: '2026-08-25', peopleScored: 2,
      leaders: [
        leader(1, 'p1', 'Ana Rising', parts({ ONE_TO_ONES: [2, 0], PEOPLE_BROUGHT: [3, 0], NEW_TIES: [2, 0] }), 0),
        leader(2, 'p2', 'Vera Veteran', parts({ HOUSE_MEETINGS: [1, 1] }), 4, true),
      ],
    },
  },
});

const TEAMS = { data: { teams: [{ __typename: 'Team', id: 't1', name: 'Transit IAT', kind: 'ISSUE_ACTION_TEAM', region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' } }] } };

describe('emerging leaders page', () => {
  it('shows ranked cards with every part of each score, a link to the person, and marks existing leaders', async () => {
    renderPage(<LeadersPage />, { handlers: { EmergingLeaders: (v) => result(v.windowDays as number), Regions: () => REGIONS_RESULT, TeamOptions: () => TEAMS } });
    const cards = await screen.findAllByTestId('leader-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('link', { name: 'Ana Rising' })).toHaveAttribute('href', '/people/p1');
    expect(cards[0]).toHaveTextContent('14 points');
    expect(cards[0]).toHaveTextContent('up 14');
    const anaParts = within(within(cards[0]).getByRole('list', { name: /Parts of Ana Rising/ })).getAllByRole('listitem');
    expect(anaParts.map((li) => li.textContent)).toEqual([
      '2 one-to-ones held × 3 = 6 · before: 0',
      '3 people brought to events × 2 = 6 · before: 0',
      '2 new ties × 1 = 2 · before: 0',
    ]);
    expect(within(cards[1]).getByText('Already a leader')).toBeInTheDocument();
    expect(cards[1]).toHaveTextContent('no change');
    expect(within(cards[0]).queryByText('Already a leader')).toBeNull();
  });

  it('asks again for another window, region and team', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage(<LeadersPage />, { handlers: { EmergingLeaders: (v) => result(v.windowDays as number), Regions: () => REGIONS_RESULT, TeamOptions: () => TEAMS } });
    await screen.findAllByTestId('leader-card');
    expect(requests.find((r) => r.operationName === 'EmergingLeaders')!.variables).toMatchObject({ windowDays: 90, regionId: null, teamId: null });
    await user.selectOptions(screen.getByLabelText('Window'), '180');
    await user.selectOptions(await screen.findByLabelText('Region'), 'region-b');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Transit IAT' })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Team'), 't1');
    await waitFor(() =>
      expect(requests.filter((r) => r.operationName === 'EmergingLeaders').at(-1)!.variables).toMatchObject({ windowDays: 180, regionId: 'region-b', teamId: 't1' }),
    );
  });
});
