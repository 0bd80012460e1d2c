import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../lib/errors';
import { formatDateTime, plural } from '../lib/format';
import { DEFAULT_STRENGTH, STALE_POLL_MS, STEPS_AWAY, STEPS_AWAY_RANKING, STRENGTHS, type ShownRecord, type StepsAwayEntry } from './stepsAwayQueries';

/** "7 people and 2 partners" (or "nobody"). */
export function lostWords(e: Pick<StepsAwayEntry, 'people' | 'partners'>): string {
  const parts = [e.people ? plural(e.people, 'person', 'people') : '', e.partners ? plural(e.partners, 'partner') : ''].filter(Boolean);
  return parts.length ? parts.join(' and ') : 'nobody';
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
          {i > 0 && ', '}
          <RecordName r={r} />
        </span>
      ))}
      {total > list.length && <span className="muted"> and {total - list.length} more</span>}
    </>
  );
}

function StrengthChoice({ id, value, onChange }: { id: string; value: number; onChange: (v: number) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>Count ties at least this strong</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {STRENGTHS.map((s) => (
          <option key={s} value={s}>
            {s} of 5
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
      <h2 id="steps-away-h">If {name} steps away</h2>
      <StrengthChoice id="steps-away-strength" value={minStrength} onChange={setMinStrength} />
      {error && !e && <p className="load-error">Could not work out who would be cut off: {errorMessage(error)}</p>}
      {e && (e.people + e.partners === 0 ? (
        <p className="empty">Everyone linked to {name} has another link to the rest of the coalition.</p>
      ) : (
        <>
          <p data-testid="steps-away-summary">
            If {name} steps away, {lostWords(e)} {e.people + e.partners === 1 ? 'has' : 'have'} no other link.
          </p>
          <p>
            <Names list={e.cutOff} total={e.people + e.partners} />
          </p>
        </>
      ))}
      {current === false && <p className="muted">Working in the latest changes to ties; this updates by itself.</p>}
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
        <h2 id="steps-away-ranking-h">Who we lose if someone steps away</h2>
        {r && <span className="badge">{r.total}</span>}
      </div>
      <StrengthChoice id="steps-away-ranking-strength" value={minStrength} onChange={setMinStrength} />
      {r && (
        <p className="muted" data-testid="steps-away-computed">
          Worked out for the whole network {formatDateTime(r.computedAt)}
          {r.upToDate ? '.' : '; working in the latest changes…'}
        </p>
      )}
      {error && !r && <p className="load-error">Could not work out who would be cut off: {errorMessage(error)}</p>}
      {r && r.ranking.length === 0 && <p className="empty">Nobody’s stepping away would leave anyone without another link.</p>}
      {r && r.ranking.length > 0 && (
        <ol className="insight-list" aria-label="Who would cut the most off">
          {r.ranking.map((e, i) => (
            <li key={e.record.id ?? `hidden-${i}`} data-testid="steps-away-row">
              <RecordName r={e.record} />: {lostWords(e)} would have no other link
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
