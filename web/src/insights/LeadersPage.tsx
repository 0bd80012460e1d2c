import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { errorMessage } from '../lib/errors';
import { formatDate, plural } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import { TEAM_OPTIONS } from '../campaigns/queries';
import { EMERGING_LEADERS, type EmergingLeaderRow } from './queries';
import './insights.css';

export const WINDOWS = [30, 90, 180, 365] as const;

/** Emerging leaders: who stepped up most in a window compared with the one before, with every part of the score. */
export function LeadersPage() {
  useTitle('Emerging leaders');
  const [params, setParams] = useSearchParams();
  const windowDays = Number(params.get('days')) || 90;
  const regionId = params.get('region') ?? '';
  const teamId = params.get('team') ?? '';
  const regions = useQuery(REGIONS).data?.regions ?? [];
  const teams = useQuery(TEAM_OPTIONS, { variables: { regionId: regionId || null } }).data?.teams ?? [];
  const { data, previousData, loading, error } = useQuery(EMERGING_LEADERS, {
    variables: { windowDays, regionId: regionId || null, teamId: teamId || null, limit: 25 },
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.emergingLeaders;

  function setParam(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'region') next.delete('team');
    setParams(next, { replace: true });
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>Emerging leaders</h1>
        <Link to="/gaps">Gaps and risks</Link>
      </div>
      <p className="muted">People whose organizing work rose most, compared with the same length of time before. Each score shows its parts.</p>
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
        {regions.length > 1 && (
          <div className="field">
            <label htmlFor="leaders-region">Region</label>
            <select id="leaders-region" value={regionId} onChange={(e) => setParam('region', e.target.value)}>
              <option value="">All my regions</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
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
      {error && !result && <Alert>{errorMessage(error)}</Alert>}
      {!result && !error && <Loading />}
      {result && (
        <>
          <p className="count" aria-live="polite">
            {formatDate(result.from)} to {formatDate(result.to)}, compared with {formatDate(result.previousFrom)} to {formatDate(result.previousTo)} ·{' '}
            {plural(result.peopleScored, 'person', 'people')} with activity
            {loading && <span className="muted"> · updating…</span>}
          </p>
          {result.leaders.length === 0 ? (
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

function LeaderCard({ leader }: { leader: EmergingLeaderRow }) {
  const parts = leader.parts.filter((p) => p.count > 0 || p.previousCount > 0);
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
    </li>
  );
}
