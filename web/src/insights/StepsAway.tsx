import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { DEFAULT_STRENGTH, STALE_POLL_MS, STEPS_AWAY, STEPS_AWAY_RANKING, STRENGTHS, type ShownRecord, type StepsAwayEntry } from './stepsAwayQueries';
import { currentIntl, t } from '../i18n/intl';

/** "7 people and 2 partners" (or "nobody"). */
export function lostWords(e: Pick<StepsAwayEntry, 'people' | 'partners'>): string {
  const parts = [e.people ? t('count.person', { count: e.people }) : '', e.partners ? t('count.partner', { count: e.partners }) : ''].filter(Boolean);
  return parts.length ? currentIntl().formatList(parts) : t('insights.nobody');
}

function RecordName({ r }: { r: ShownRecord }) {
  if (r.hidden || !r.id) return <span className="muted">{r.name}</span>;
  return <Link to={r.kind === 'PERSON' ? `/people/${r.id}` : `/organizations/${r.id}`}>{r.name}</Link>;
}

function Names({ list, total }: { list: ShownRecord[]; total: number }) {
  return (
    <>
      {list.map((r, i) => (
        <span key={r.id ?? `hidden-${i}`}>
          {i > 0 && t('common.symbol26')}
          <RecordName r={r} />
        </span>
      ))}
      {total > list.length && <span className="muted">{' '}{t('insights.andMore', { length: total - list.length })}</span>}
    </>
  );
}

function StrengthChoice({ id, value, onChange }: { id: string; value: number; onChange: (v: number) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{t('insights.countTiesAtLeastThis')}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {STRENGTHS.map((s) => (
          <option key={s} value={s}>
            {t('insights.of5', { s })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** On a person's or organization's page: "If Ana steps away, 7 people and 2 partners have no other link", with their names. */
export function StepsAwaySection({ recordId, name }: { recordId: string; name: string }) {
  const [minStrength, setMinStrength] = useState(DEFAULT_STRENGTH);
  const [stale, setStale] = useState(false);
  const { data, previousData, error } = useQuery(STEPS_AWAY, { variables: { recordId, minStrength }, fetchPolicy: 'cache-and-network', pollInterval: stale ? STALE_POLL_MS : 0 });
  const current = data?.stepsAway.upToDate;
  useEffect(() => setStale(current === false), [current]);
  const e = (data ?? previousData)?.stepsAway.stepsAway;
  return (
    <section className="card" aria-labelledby="steps-away-h">
      <h2 id="steps-away-h">{t('insights.ifStepsAway', { name })}</h2>
      <StrengthChoice id="steps-away-strength" value={minStrength} onChange={setMinStrength} />
      {error && !e && <p className="load-error">{t('insights.couldNotWorkOutWho', { error: errorMessage(error) })}</p>}
      {e && (e.people + e.partners === 0 ? (
        <p className="empty">{t('insights.everyoneLinkedToHasAnother', { name })}</p>
      ) : (
        <>
          <p data-testid="steps-away-summary">
            {t('insights.ifStepsAwaySummary', { name, lost: lostWords(e), count: e.people + e.partners })}
          </p>
          <p>
            <Names list={e.cutOff} total={e.people + e.partners} />
          </p>
        </>
      ))}
      {current === false && <p className="muted">{t('insights.workingInLatestChanges')}</p>}
    </section>
  );
}

/** On the Gaps page: who would cut the most people and partners off if they stepped away. */
export function StepsAwayRanking({ regionId }: { regionId: string | null }) {
  const [minStrength, setMinStrength] = useState(DEFAULT_STRENGTH);
  const [stale, setStale] = useState(false);
  const { data, previousData, error } = useQuery(STEPS_AWAY_RANKING, {
    variables: { regionId, minStrength, limit: 10 },
    fetchPolicy: 'cache-and-network',
    pollInterval: stale ? STALE_POLL_MS : 0,
  });
  const r = (data ?? previousData)?.stepsAwayRanking;
  const current = data?.stepsAwayRanking.upToDate;
  useEffect(() => setStale(current === false), [current]);
  return (
    <section className="card" aria-labelledby="steps-away-ranking-h">
      <div className="card-head">
        <h2 id="steps-away-ranking-h">{t('insights.whoWeLoseIfSomeone')}</h2>
        {r && <span className="badge">{r.total}</span>}
      </div>
      <StrengthChoice id="steps-away-ranking-strength" value={minStrength} onChange={setMinStrength} />
      {r && (
        <p className="muted" data-testid="steps-away-computed">
          {r.upToDate ? t('insights.workedOutForNetwork', { when: formatDateTime(r.computedAt) }) : t('insights.workedOutForNetworkCatchingUp', { when: formatDateTime(r.computedAt) })}
        </p>
      )}
      {error && !r && <p className="load-error">{t('insights.couldNotWorkOutWho', { error: errorMessage(error) })}</p>}
      {r && r.ranking.length === 0 && <p className="empty">{t('insights.nobodySSteppingAwayWould')}</p>}
      {r && r.ranking.length > 0 && (
        <ol className="insight-list" aria-label={t('insights.whoWouldCutTheMost')}>
          {r.ranking.map((e, i) => (
            <li key={e.record.id ?? `hidden-${i}`} data-testid="steps-away-row">
              <RecordName r={e.record} />{t('insights.wouldHaveNoOtherLink', { e: lostWords(e) })}
              <div className="muted">
                <Names list={e.cutOff.slice(0, 8)} total={e.people + e.partners} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
