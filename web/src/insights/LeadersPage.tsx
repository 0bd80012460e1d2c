import { useEffect, useRef } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { errorMessage } from '../lib/errors';
import { formatDate, formatDateTime, plural } from '../lib/format';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { TEAM_OPTIONS } from '../campaigns/queries';
import { EMERGING_LEADERS, LEADER_SCORING, RECOMPUTE_LEADER_SCORES, type EmergingLeaderRow, type EmergingLeadersResult, type LeaderScoringStatus } from './queries';
import './insights.css';

export const WINDOWS = [30, 90, 180, 365] as const;

/** Emerging leaders: who stepped up most in a window compared with the one before, with every part of the score. */
export function LeadersPage() {
  useTitle('Emerging leaders');
  const { params, setFilters } = useUrlFilters();
  const windowDays = Number(params.get('days')) || 90;
  const regionId = params.get('region') ?? '';
  const teamId = params.get('team') ?? '';
  const teams = useQuery(TEAM_OPTIONS, { variables: { regionId: regionId || null } }).data?.teams ?? [];
  const { data, previousData, loading, error, refetch } = useQuery(EMERGING_LEADERS, {
    variables: { windowDays, regionId: regionId || null, teamId: teamId || null, limit: 25 },
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.emergingLeaders;

  // The background run over the whole network: followed while it runs; the ranking is asked again when it ends.
  const scoring = useQuery(LEADER_SCORING, { fetchPolicy: 'cache-and-network' });
  const status = scoring.data?.leaderScoring;
  const running = !!status?.running;
  const { startPolling, stopPolling } = scoring;
  useEffect(() => {
    if (!running) return;
    startPolling(1500);
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !running) void refetch();
    wasRunning.current = running;
  }, [running, refetch]);
  const [recompute, { loading: starting, error: startError }] = useMutation(RECOMPUTE_LEADER_SCORES, {
    update(cache, { data: answer }) {
      if (answer) cache.writeQuery({ query: LEADER_SCORING, data: { leaderScoring: answer.recomputeLeaderScores } });
    },
  });

  // A team belongs to one region: a new region clears the team.
  const setParam = (key: string, value: string) => setFilters(key === 'region' ? { region: value, team: null } : { [key]: value });

  return (
    <div className="page">
      <div className="page-head">
        <h1>Emerging leaders</h1>
        <Link to="/gaps">Gaps and risks</Link>
      </div>
      <p className="muted">People whose organizing work rose most, compared with the same length of time before. Each score shows its parts, and beside them how far the person’s ties reach into other communities (groups found in the network today) and other regions, then and now.</p>
      <form className="filters filters-compact" onSubmit={(e) => e.preventDefault()} aria-label="Filter emerging leaders">
        <div className="field">
          <label htmlFor="leaders-window">Window</label>
          <select id="leaders-window" value={windowDays} onChange={(e) => setParam('days', e.target.value === '90' ? '' : e.target.value)}>
            {WINDOWS.map((d) => (
              <option key={d} value={d}>
                Last {d} days
              </option>
            ))}
          </select>
        </div>
        <RegionFilter id="leaders-region" value={regionId} onChange={(v) => setParam('region', v)} allLabel="All my regions" />
        <div className="field">
          <label htmlFor="leaders-team">Team</label>
          <select id="leaders-team" value={teamId} onChange={(e) => setParam('team', e.target.value)}>
            <option value="">Any team</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <RankingStatus
        result={result}
        status={status}
        windowDays={windowDays}
        starting={starting}
        onRecompute={() => void recompute({ variables: { windowDays } }).catch(() => undefined)}
      />
      {startError && <Alert>{errorMessage(startError)}</Alert>}
      {error && !result && <Alert>{errorMessage(error)}</Alert>}
      {!result && !error && <Loading />}
      {result && (
        <>
          <p className="count" aria-live="polite">
            {formatDate(result.from)} to {formatDate(result.to)}, compared with {formatDate(result.previousFrom)} to {formatDate(result.previousTo)} ·{' '}
            {plural(result.peopleScored, 'person', 'people')} with activity
            {loading && <span className="muted"> · updating…</span>}
          </p>
          {result.source === 'NOT_COMPUTED' ? null : result.leaders.length === 0 ? (
            <p className="empty">Nobody hosted, brought people, took a role or made new ties in this window.</p>
          ) : (
            <ol className="insight-cards" aria-label="Emerging leaders, ranked">
              {result.leaders.map((l) => (
                <LeaderCard key={l.person.id} leader={l} />
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}

/** When the ranking was computed, the background run's progress, and Recompute for admins, staff and leaders. */
function RankingStatus({ result, status, windowDays, starting, onRecompute }: {
  result: EmergingLeadersResult | undefined;
  status: LeaderScoringStatus | undefined;
  windowDays: number;
  starting: boolean;
  onRecompute: () => void;
}) {
  const running = !!status?.running;
  let when: string | null = null;
  if (result?.source === 'LIVE') when = 'Computed just now from the current records.';
  else if (result?.source === 'LAST_RUN' && result.computedAt) when = `Ranking computed ${formatDateTime(result.computedAt)} by the background run over the whole network.`;
  else if (result?.source === 'NOT_COMPUTED') {
    when = `No ranking for a ${windowDays}-day window yet: there are too many people here to score on the spot. ` +
      (status?.canRecompute ? 'Recompute scores the whole network in the background.' : 'Ask a leader or staff member to recompute it.');
  }
  const last = status?.runs.find((r) => r.windowDays === windowDays);
  return (
    <section className="leaders-ranking" aria-label="Ranking">
      {when && <p className="muted" data-testid="ranking-computed">{when}</p>}
      {running && (
        <div role="status" className="leaders-progress">
          <progress value={status!.progress} max={1} aria-label="Scoring progress" />{' '}
          Scoring the whole network ({status!.windowDays}-day window): {status!.phase ?? 'starting'}, {Math.round(status!.progress * 100)}%
        </div>
      )}
      {status?.lastError && !running && <Alert>{status.lastError}</Alert>}
      {status?.canRecompute && (
        <p>
          <button type="button" className="button-secondary" onClick={onRecompute} disabled={running || starting}>
            {running ? 'Recomputing…' : 'Recompute'}
          </button>
          {last && !running && (
            <span className="muted">
              {' '}Last background run for {windowDays} days: {formatDateTime(last.finishedAt)}, {plural(last.peopleScored, 'person', 'people')} with points, {Math.round(last.durationMs / 1000)} s.
            </span>
          )}
        </p>
      )}
    </section>
  );
}

function LeaderCard({ leader }: { leader: EmergingLeaderRow }) {
  const parts = leader.parts.filter((p) => p.count > 0 || p.previousCount > 0);
  const bridging = leader.bridging.filter((b) => b.count > 0 || b.previousCount > 0);
  return (
    <li className="card insight-card" data-testid="leader-card">
      <div className="card-head">
        <h2>
          <span className="insight-rank">{leader.rank}.</span> <Link to={`/people/${leader.person.id}`}>{leader.person.name}</Link>
        </h2>
        {leader.alreadyLeader && <span className="badge badge-soft">Already a leader</span>}
      </div>
      <p className="insight-score">
        <strong>{leader.score} points</strong> ·{' '}
        <span className={leader.rise > 0 ? 'insight-rise' : 'muted'}>
          {leader.rise > 0 ? `up ${leader.rise}` : leader.rise < 0 ? `down ${-leader.rise}` : 'no change'}
        </span>{' '}
        <span className="muted">(before: {leader.previousScore})</span>
      </p>
      <ul className="insight-parts" aria-label={`Parts of ${leader.person.name}’s score`}>
        {parts.map((p) => (
          <li key={p.signal}>
            <span>
              {p.count} {p.label}
            </span>{' '}
            <span className="muted">
              × {p.weight} = {p.points} · before: {p.previousCount}
            </span>
          </li>
        ))}
      </ul>
      {bridging.length > 0 && (
        <>
          <p className="muted insight-bridging-head">Bridging (beside the points): how far their ties reach beyond their own group</p>
          <ul className="insight-parts" aria-label={`Bridging of ${leader.person.name}`}>
            {bridging.map((b) => (
              <li key={b.measure}>
                <span>
                  {b.count} {b.label}
                </span>{' '}
                <span className={b.growth > 0 ? 'insight-rise' : 'muted'}>{b.growth > 0 ? `up ${b.growth}` : 'no change'}</span>{' '}
                <span className="muted">· at the window’s start: {b.previousCount}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
