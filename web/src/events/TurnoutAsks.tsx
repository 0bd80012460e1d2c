import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../components/Alert';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { apiErrors, errorMessage, saveErrorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { PEOPLE_SEARCH } from '../people/queries';
import { graphql } from '../gql';
import { ASK_LOAD, ASK_TO_ATTEND, type AskLoad, type EventDetail } from './queries';
import { currentIntl, t } from '../i18n/intl';

/** One ask as the list below shows it; askToAttend answers with the event's asks after the change. */
export const TURNOUT_ASK_FIELDS = graphql(`
  fragment TurnoutAskFields on TurnoutAsk {
    id
    at
    askedByName
    person {
      id
      name
    }
  }
`);

/** The ids a FAILED_PRECONDITION names in extensions.overLimit. */
function overLimitIds(error: unknown): string[] {
  for (const e of apiErrors(error)) {
    const ids = e.extensions?.overLimit;
    if (Array.isArray(ids)) return ids.filter((x): x is string => typeof x === 'string');
  }
  return [];
}

/**
 * Turnout asks (seed 000: don't exhaust members). Before asking, each chosen person's asks in the last 30 and
 * 90 days show; anyone at the limit needs a confirming step. A campaign that is not mobilizing is refused by the
 * server, and its message shows.
 */
export function TurnoutAsksSection({ event }: { event: EventDetail }) {
  const byPerson = new Map<string, { name: string; count: number; last: string; by: string | null }>();
  for (const a of event.turnoutAsks) {
    const cur = byPerson.get(a.person.id);
    if (!cur) byPerson.set(a.person.id, { name: a.person.name, count: 1, last: a.at, by: a.askedByName });
    else {
      cur.count += 1;
      if (a.at > cur.last) {
        cur.last = a.at;
        cur.by = a.askedByName;
      }
    }
  }
  const blocked = event.campaign && event.campaign.status !== 'MOBILIZING' ? event.campaign : null;
  return (
    <section className="card card-wide" aria-labelledby="turnout-h">
      <h2 id="turnout-h">{t('events.turnoutAsks')}</h2>
      {blocked && (
        <div className="alert alert-info blocked-note">
          <strong>{t('events.isNotMobilizing', { name: blocked.name })}</strong>{' '}{t('events.soMembersAreNotAsked', { c: blocked.mobilizationGate.conditions
            .filter((c) => !c.met)
            .map((c) => c.detail)
            .join(' ') })}{' '}
          <Link to={`/campaigns/${blocked.id}`}>{t('events.openTheCampaign')}</Link>
        </div>
      )}
      <AskForm event={event} />
      <h3 className="section-subhead">{t('events.askedSoFar', { size: byPerson.size })}</h3>
      {byPerson.size === 0 ? (
        <p className="muted">{t('events.noOneHasBeenAsked')}</p>
      ) : (
        <ul className="rows">
          {[...byPerson.entries()].map(([id, p]) => (
            <li key={id} className="row">
              <div className="row-main">
                <Link to={`/people/${id}`}>{p.name}</Link>
                <span className="muted small">
                  {t('events.askedWhen', { count: p.count, last: formatDateTime(p.last), by: p.by ?? '', hasBy: p.by ? 'yes' : 'no' })}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AskForm({ event }: { event: EventDetail }) {
  const [chosen, setChosen] = useState<Pickable[]>([]);
  const [confirming, setConfirming] = useState<{ over: AskLoad[]; message?: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [round, setRound] = useState(0);
  const refocus = useRef(false);
  // The answer is the event's turnout asks after the change: the list follows from it.
  const [ask, { loading }] = useMutation(ASK_TO_ATTEND);
  const ids = chosen.map((c) => c.id);
  const loads = useQuery(ASK_LOAD, { variables: { personIds: ids }, skip: ids.length === 0, fetchPolicy: 'network-only' });
  const loadOf = new Map((loads.data?.askLoad ?? []).map((l) => [l.person.id, l]));
  const over = ids.map((id) => loadOf.get(id)).filter((l): l is AskLoad => !!l && l.atLimit);
  const dialogId = useId();

  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    document.getElementById('turnout-person')?.focus();
  }, [round]);

  function remove(id: string) {
    setChosen((c) => c.filter((p) => p.id !== id));
    setConfirming(null);
  }

  async function send(personIds: string[], confirmOverLimit: boolean) {
    setError(null);
    setDone('');
    try {
      await ask({ variables: { eventId: event.id, personIds, confirmOverLimit } });
      setConfirming(null);
      setChosen([]);
      setRound((r) => r + 1);
      setDone(t('events.askedToAttend', { length: t('count.person', { count: personIds.length }) }));
    } catch (err) {
      const overIds = overLimitIds(err);
      if (overIds.length) {
        // Someone reached the limit since the counts loaded: confirm with the server's words.
        const refreshed = await loads.refetch().catch(() => null);
        const list = refreshed?.data?.askLoad ?? loads.data?.askLoad ?? [];
        setConfirming({
          over: list.filter((l) => overIds.includes(l.person.id)),
          message: saveErrorMessage(err),
        });
        return;
      }
      setConfirming(null);
      setError(err);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!ids.length) return;
    if (over.length) {
      setConfirming({ over });
      return;
    }
    void send(ids, false);
  }

  return (
    <form className="inline-form ask-form" onSubmit={submit} noValidate aria-label={t('events.askPeopleToAttend')}>
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      {done && <Alert kind="success">{done}</Alert>}
      <RecordPicker
        key={round}
        id="turnout-person"
        label={t('events.addSomeoneToAsk')}
        query={PEOPLE_SEARCH}
        nodesOf={(d) => d.people.nodes.filter((p) => !ids.includes(p.id))}
        value={null}
        onChange={(p) => {
          if (p && !ids.includes(p.id)) setChosen((c) => [...c, p]);
          setConfirming(null);
          setDone('');
          // An empty search box, ready for the next person.
          setRound((r) => r + 1);
          refocus.current = true;
        }}
      />
      {chosen.length > 0 && (
        <div className="load-list">
          <h3 className="section-subhead" id={`${dialogId}-loads`}>
            {t('events.askedToTurnOutLately')}
          </h3>
          <ul className="rows" aria-labelledby={`${dialogId}-loads`}>
            {chosen.map((p) => {
              const l = loadOf.get(p.id);
              return (
                <li key={p.id} className={`row load-row${l?.atLimit ? ' at-limit' : ''}`} data-testid={`load-${p.id}`}>
                  <div className="row-main">
                    <strong>{p.name}</strong>
                    {l?.atLimit && <span className="badge badge-stop">{t('events.atTheLimit')}</span>}
                    <span className="small load-counts">
                      {l
                        ? t('events.inTheLast30Days', { last30Days: t('count.time', { count: l.last30Days }), limit: l.limit, last90Days: l.last90Days })
                        : t('events.checking')}
                    </span>
                  </div>
                  <button type="button" className="button-quiet" aria-label={t('events.donTAsk', { name: p.name })} onClick={() => remove(p.id)}>
                    {t('campaigns.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {loads.error && <Alert>{errorMessage(loads.error)}</Alert>}
      {over.length > 0 && !confirming && (
        <p className="warning" role="status">
          {t('events.overTheLimit', { names: currentIntl().formatList(over.map((l) => l.person.name)), count: over.length, limit: over[0].limit })}
        </p>
      )}
      {confirming ? (
        <div className="confirm confirm-warning" role="alertdialog" aria-labelledby={`${dialogId}-q`}>
          <p id={`${dialogId}-q`}>
            <strong>{t('events.askAnyway')}</strong>{' '}
            {confirming.message ??
              t('events.limitAskingTooOftenWears', { l: confirming.over
                .map((l) => t('events.askedTimesLast30Days', { name: l.person.name, count: l.last30Days }))
                .join('; '), limit: confirming.over[0]?.limit ?? '' })}
          </p>
          <div className="actions">
            <button type="button" className="button-primary" disabled={loading} onClick={() => void send(ids, true)}>
              {loading ? t('events.asking') : t('events.askAnyway2')}
            </button>
            {ids.length > confirming.over.length && (
              <button
                type="button"
                className="button-secondary"
                disabled={loading}
                onClick={() => {
                  const others = ids.filter((id) => !confirming.over.some((l) => l.person.id === id));
                  void send(others, false);
                }}
              >
                {t('events.askOnlyTheOthers')}
              </button>
            )}
            <button type="button" className="button-secondary" autoFocus onClick={() => setConfirming(null)}>
              {t('admin.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="submit" className="button-primary" disabled={!ids.length || loading || (loads.loading && !loads.data)}>
            {loading ? t('events.asking') : ids.length ? t('events.askToAttend', { length: t('count.person', { count: ids.length }) }) : t('events.askToAttend2')}
          </button>
        </div>
      )}
    </form>
  );
}
