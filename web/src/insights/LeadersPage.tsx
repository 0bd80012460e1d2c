import { useEffect, useRef } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { errorMessage } from '../lib/errors';
import { formatDate, formatDateTime } from '../lib/format';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { TEAM_OPTIONS } from '../campaigns/queries';
import { EMERGING_LEADERS, LEADER_SCORING, RECOMPUTE_LEADER_SCORES, type EmergingLeaderRow, type EmergingLeadersResult, type LeaderScoringStatus } from './queries';
import './insights.css';
import { t } from '../i18n/intl';

export const WINDOWS = [30, 90, 180, 365] as const;

/** Emerging leaders: who stepped up most in a window compared with the one before, with every part of the score. */
export function LeadersPage() {
  useTitle(t('insights.emergingLeaders'));
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
        <h1>{t('insights.emergingLeaders')}</h1>
        <Link to="/gaps">{t('insights.gapsAndRisks')}</Link>
      </div>
      <p className="muted">{t('insights.peopleWhoseOrganizingWorkRose')}</p>
      <form className="filters filters-compact" onSubmit={(e) => e.preventDefault()} aria-label={t('insights.filterEmergingLeaders')}>
        <div className="field">
          <label htmlFor="leaders-window">{t('insights.window')}</label>
          <select id="leaders-window" value={windowDays} onChange={(e) => setParam('days', e.target.value === '90' ? '' : e.target.value)}>
            {WINDOWS.map((d) => (
              <option key={d} value={d}>
                {t('insights.lastDays', { d })}
              </option>
            ))}
          </select>
        </div>
        <RegionFilter id="leaders-region" value={regionId} onChange={(v) => setParam('region', v)} allLabel={t('insights.allMyRegions')} />
        <div className="field">
          <label htmlFor="leaders-team">{t('insights.team')}</label>
          <select id="leaders-team" value={teamId} onChange={(e) => setParam('team', e.target.value)}>
            <option value="">{t('insights.anyTeam')}</option>
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
            {t('insights.toComparedWithToWith', { from: formatDate(result.from), to: formatDate(result.to), previousFrom: formatDate(result.previousFrom), previousTo: formatDate(result.previousTo), peopleScored: t('count.person', { count: result.peopleScored }) })}
            {loading && <span className="muted">{' '}{t('campaigns.updating')}</span>}
          </p>
          {result.source === 'NOT_COMPUTED' ? null : result.leaders.length === 0 ? (
            <p className="empty">{t('insights.nobodyHostedBroughtPeopleTook')}</p>
          ) : (
            <ol className="insight-cards" aria-label={t('insights.emergingLeadersRanked')}>
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
  if (result?.source === 'LIVE') when = t('insights.computedJustNow');
  else if (result?.source === 'LAST_RUN' && result.computedAt) when = t('insights.rankingComputedByBackgroundRun', { when: formatDateTime(result.computedAt) });
  else if (result?.source === 'NOT_COMPUTED') {
    when = t('insights.noRankingForWindowYet', { days: windowDays }) + ' ' +
      (status?.canRecompute ? t('insights.recomputeExplains') : t('insights.askToRecompute'));
  }
  const last = status?.runs.find((r) => r.windowDays === windowDays);
  return (
    <section className="leaders-ranking" aria-label={t('insights.ranking')}>
      {when && <p className="muted" data-testid="ranking-computed">{when}</p>}
      {running && (
        <div role="status" className="leaders-progress">
          <progress value={status!.progress} max={1} aria-label={t('insights.scoringProgress')} />{' '}{t('insights.scoringTheWholeNetworkDay', { windowDays: status!.windowDays })}{' '}{status!.phase ?? t('insights.starting')}{t('common.symbol32', { Math: Math.round(status!.progress * 100) })}
        </div>
      )}
      {status?.lastError && !running && <Alert>{status.lastError}</Alert>}
      {status?.canRecompute && (
        <p>
          <button type="button" className="button-secondary" onClick={onRecompute} disabled={running || starting}>
            {running ? t('insights.recomputing') : t('insights.recompute')}
          </button>
          {last && !running && (
            <span className="muted">
              {' '}{t('insights.lastBackgroundRunForDays', { windowDays, finishedAt: formatDateTime(last.finishedAt), peopleScored: t('count.person', { count: last.peopleScored }), Math: Math.round(last.durationMs / 1000) })}
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
          <span className="insight-rank">{t('common.symbol33', { rank: leader.rank })}</span> <Link to={`/people/${leader.person.id}`}>{leader.person.name}</Link>
        </h2>
        {leader.alreadyLeader && <span className="badge badge-soft">{t('insights.alreadyALeader')}</span>}
      </div>
      <p className="insight-score">
        <strong>{t('insights.points', { score: leader.score })}</strong>{' '}{t('common.symbol8')}{' '}
        <span className={leader.rise > 0 ? 'insight-rise' : 'muted'}>
          {leader.rise > 0 ? t('insights.up', { rise: leader.rise }) : leader.rise < 0 ? t('insights.down', { rise: -leader.rise }) : t('insights.noChange')}
        </span>{' '}
        <span className="muted">{t('insights.before', { previousScore: leader.previousScore })}</span>
      </p>
      <ul className="insight-parts" aria-label={t('insights.partsOfSScore', { name: leader.person.name })}>
        {parts.map((p) => (
          <li key={p.signal}>
            <span>{t('insights.signalCount', { signal: p.signal, count: p.count, label: p.label })}</span>{' '}
            <span className="muted">
              {t('insights.before2', { weight: p.weight, points: p.points, previousCount: p.previousCount })}
            </span>
          </li>
        ))}
      </ul>
      {bridging.length > 0 && (
        <>
          <p className="muted insight-bridging-head">{t('insights.bridgingHead')}</p>
          <ul className="insight-parts" aria-label={t('insights.bridgingOf', { name: leader.person.name })}>
            {bridging.map((b) => (
              <li key={b.measure}>
                <span>{b.measure === 'REGIONS_REACHED' ? t('insights.otherRegionsReached', { count: b.count }) : t('insights.otherCommunitiesReached', { count: b.count })}</span>{' '}
                <span className={b.growth > 0 ? 'insight-rise' : 'muted'}>{b.growth > 0 ? t('insights.upBy', { growth: b.growth }) : t('insights.noChange')}</span>{' '}
                <span className="muted">{t('insights.atWindowStart', { count: b.previousCount })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
