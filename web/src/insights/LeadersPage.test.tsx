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

/** Other communities and regions reached: [at the window's end, at its start] each. */
const bridging = (communities: [number, number], regions: [number, number]) => [
  { __typename: 'LeaderBridgingPart', measure: 'COMMUNITIES_REACHED', label: 'other communities reached', count: communities[0], previousCount: communities[1], growth: communities[0] - communities[1] },
  { __typename: 'LeaderBridgingPart', measure: 'REGIONS_REACHED', label: 'other regions reached', count: regions[0], previousCount: regions[1], growth: regions[0] - regions[1] },
];

const leader = (rank: number, id: string, name: string, p: ReturnType<typeof parts>, previousScore: number, alreadyLeader = false, b = bridging([0, 0], [0, 0])) => {
  const score = p.reduce((s, x) => s + x.points, 0);
  return { __typename: 'EmergingLeader', rank, score, previousScore, rise: score - previousScore, alreadyLeader, person: { __typename: 'Person', id, name }, parts: p, bridging: b };
};

const result = (windowDays: number, source = 'LIVE', computedAt: string | null = '2026-11-23T10:00:00.000Z') => ({
  data: {
    emergingLeaders: {
      __typename: 'EmergingLeaders', source, computedAt, windowDays, from: '2026-08-26', to: '2026-11-23', previousFrom: '2026-05-28', previousTo: '2026-08-25', peopleScored: 2,
      leaders: [
        leader(1, 'p1', 'Ana Rising', parts({ ONE_TO_ONES: [2, 0], PEOPLE_BROUGHT: [3, 0], NEW_TIES: [2, 0] }), 0, false, bridging([3, 1], [1, 1])),
        leader(2, 'p2', 'Vera Veteran', parts({ HOUSE_MEETINGS: [1, 1] }), 4, true),
      ],
    },
  },
});

const status = (o: Partial<Record<string, unknown>> = {}) => ({
  data: {
    leaderScoring: {
      __typename: 'LeaderScoringStatus', running: false, windowDays: null, phase: null, progress: 0, startedAt: null, lastError: null, canRecompute: true, runs: [], ...o,
    },
  },
});
const notComputed = (windowDays: number) => ({
  data: { emergingLeaders: { ...result(windowDays).data.emergingLeaders, source: 'NOT_COMPUTED', computedAt: null, peopleScored: 0, leaders: [] } },
});

const TEAMS = { data: { teams: [{ __typename: 'Team', id: 't1', name: 'Transit IAT', kind: 'ISSUE_ACTION_TEAM', region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' } }] } };

describe('emerging leaders page', () => {
  it('shows ranked cards with every part of each score, a link to the person, and marks existing leaders', async () => {
    renderPage(<LeadersPage />, { handlers: { EmergingLeaders: (v) => result(v.windowDays as number), Regions: () => REGIONS_RESULT, TeamOptions: () => TEAMS, LeaderScoring: () => status() } });
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
    // The structural part, beside the points: how far Ana's ties reach, now and at the window's start.
    const anaBridging = within(within(cards[0]).getByRole('list', { name: 'Bridging of Ana Rising' })).getAllByRole('listitem');
    expect(anaBridging.map((li) => li.textContent)).toEqual([
      '3 other communities reached up 2 · at the window’s start: 1',
      '1 other region reached no change · at the window’s start: 1',
    ]);
    // One of a kind is said in the singular.
    const veraParts = within(within(cards[1]).getByRole('list', { name: /Parts of Vera Veteran/ })).getAllByRole('listitem');
    expect(veraParts.map((li) => li.textContent)).toEqual(['1 house meeting hosted × 4 = 4 · before: 1']);
    // Vera's ties reach nowhere else: no bridging list.
    expect(within(cards[1]).queryByRole('list', { name: /Bridging of/ })).toBeNull();
    expect(within(cards[1]).getByText('Already a leader')).toBeInTheDocument();
    expect(cards[1]).toHaveTextContent('no change');
    expect(within(cards[0]).queryByText('Already a leader')).toBeNull();
  });

  it('says each part of a score in Spanish, singular and plural', async () => {
    renderPage(<LeadersPage />, {
      locale: 'es',
      handlers: { EmergingLeaders: (v) => result(v.windowDays as number), Regions: () => REGIONS_RESULT, TeamOptions: () => TEAMS, LeaderScoring: () => status() },
    });
    const cards = await screen.findAllByTestId('leader-card');
    const spans = (card: HTMLElement) => within(card).getAllByRole('listitem').map((li) => li.querySelector('span')!.textContent);
    expect(spans(cards[0])).toEqual(expect.arrayContaining(['2 reuniones uno a uno', '3 personas llevadas a eventos', '2 vínculos nuevos']));
    expect(spans(cards[1])).toEqual(['1 reunión en casa organizada']);
  });

  it('asks again for another window, region and team', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage(<LeadersPage />, { handlers: { EmergingLeaders: (v) => result(v.windowDays as number), Regions: () => REGIONS_RESULT, TeamOptions: () => TEAMS, LeaderScoring: () => status() } });
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

  it('says the ranking was computed just now when computed for the request', async () => {
    renderPage(<LeadersPage />, { handlers: { EmergingLeaders: (v) => result(v.windowDays as number), Regions: () => REGIONS_RESULT, TeamOptions: () => TEAMS, LeaderScoring: () => status() } });
    expect(await screen.findByTestId('ranking-computed')).toHaveTextContent('Computed just now from the current records.');
  });

  it('shows when a ranking from the background run was computed', async () => {
    const run = { __typename: 'LeaderScoringRun', windowDays: 90, finishedAt: '2026-11-23T09:30:00.000Z', durationMs: 95_000, peopleScored: 812_345 };
    renderPage(<LeadersPage />, {
      handlers: { EmergingLeaders: (v) => result(v.windowDays as number, 'LAST_RUN', '2026-11-23T09:30:00.000Z'), Regions: () => REGIONS_RESULT, TeamOptions: () => TEAMS, LeaderScoring: () => status({ runs: [run] }) },
    });
    expect(await screen.findByTestId('ranking-computed')).toHaveTextContent(/Ranking computed Nov 23, 2026, .* by the background run over the whole network/);
    expect(await screen.findByText(/Last background run for 90 days: .* 812,345 people with points, 95 s/)).toBeInTheDocument();
    expect(screen.getAllByTestId('leader-card')).toHaveLength(2);
  });

  it('offers Recompute when no ranking exists for the window, follows the run, then shows the new ranking', async () => {
    const user = userEvent.setup();
    let phase: 'idle' | 'running' | 'done' = 'idle';
    const run = { __typename: 'LeaderScoringRun', windowDays: 90, finishedAt: '2026-11-23T11:00:00.000Z', durationMs: 88_000, peopleScored: 2 };
    const { requests } = renderPage(<LeadersPage />, {
      handlers: {
        EmergingLeaders: (v) => (phase === 'done' ? result(v.windowDays as number, 'LAST_RUN', run.finishedAt) : notComputed(v.windowDays as number)),
        Regions: () => REGIONS_RESULT,
        TeamOptions: () => TEAMS,
        LeaderScoring: () => {
          if (phase === 'running') {
            phase = 'done'; // the next poll finds it finished
            return status({ running: true, windowDays: 90, phase: 'communities', progress: 0.45, startedAt: '2026-11-23T10:58:00.000Z' });
          }
          return status(phase === 'done' ? { runs: [run] } : {});
        },
        RecomputeLeaderScores: (v) => {
          phase = 'running';
          return { data: { recomputeLeaderScores: status({ running: true, windowDays: v.windowDays, phase: 'activity', progress: 0.02 }).data.leaderScoring } };
        },
      },
    });
    expect(await screen.findByTestId('ranking-computed')).toHaveTextContent('No ranking yet for a window of 90 days');
    expect(screen.queryByTestId('leader-card')).toBeNull();
    expect(screen.queryByText(/Nobody hosted/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Recompute' }));
    expect(requests.find((r) => r.operationName === 'RecomputeLeaderScores')!.variables).toEqual({ windowDays: 90 });
    expect(await screen.findByRole('status')).toHaveTextContent(/Scoring the whole network \(90-day window\): activity, 2%/);
    expect(screen.getByRole('button', { name: 'Recomputing…' })).toBeDisabled();
    await waitFor(() => expect(screen.getAllByTestId('leader-card')).toHaveLength(2), { timeout: 6000 });
    expect(screen.getByTestId('ranking-computed')).toHaveTextContent('by the background run over the whole network');
    expect(screen.getByRole('button', { name: 'Recompute' })).toBeEnabled();
  });

  it('does not offer Recompute to those who may not start it', async () => {
    renderPage(<LeadersPage />, {
      handlers: { EmergingLeaders: (v) => notComputed(v.windowDays as number), Regions: () => REGIONS_RESULT, TeamOptions: () => TEAMS, LeaderScoring: () => status({ canRecompute: false }) },
    });
    expect(await screen.findByTestId('ranking-computed')).toHaveTextContent('Ask a leader or staff member to recompute it.');
    expect(screen.queryByRole('button', { name: 'Recompute' })).toBeNull();
  });
});
