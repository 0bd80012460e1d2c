import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { CAMPAIGN_STATUSES, RSVP_STATUSES, statusTone, todayIso, type RsvpStatus } from '../campaigns/options';
import { Alert, Loading } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { SelectField } from '../components/Field';
import { HistoryList } from '../components/HistoryList';
import { QueryError } from '../components/QueryError';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { formatDate, labelOf } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { PEOPLE_SEARCH } from '../people/queries';
import { graphql } from '../gql';
import { DELETE_EVENT, EVENT, RECORD_ATTENDANCE, REMOVE_ATTENDANCE, REMOVE_RSVP, SET_RSVP, type EventDetail } from './queries';
import { TurnoutAsksSection } from './TurnoutAsks';
import { RsvpPageCard } from '../rsvp-page/RsvpPageCard';
import { currentIntl, t } from '../i18n/intl';

export function EventPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(EVENT, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const event = data?.event;
  useTitle(event?.name ?? t('events.event'));
  if (!event && loading) return <Loading />;
  if (!event) return <QueryError error={error} backTo="/events" backLabel={t('events.backToEvents')} />;
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/events">{t('nav.events')}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{event.name}</h1>
          <p className="record-sub">
            <span className="badge">{formatDate(event.date)}</span>
            {event.campaign && <span className={`badge ${statusTone(event.campaign.status)}`}>{t('events.campaign', { CAMPAIGN_STATUSES: labelOf(CAMPAIGN_STATUSES, event.campaign.status) })}</span>}
            <span className="muted">{event.region.name}</span>
          </p>
        </div>
        <EventActions event={event} />
      </div>
      <div className="record-grid">
        <section className="card" aria-labelledby="event-details-h">
          <h2 id="event-details-h">{t('admin.details')}</h2>
          <dl className="details">
            <dt>{t('events.date')}</dt>
            <dd>{formatDate(event.date)}</dd>
            <dt>{t('campaigns.campaign')}</dt>
            <dd>
              {event.campaign ? (
                <Link to={`/campaigns/${event.campaign.id}`}>{event.campaign.name}</Link>
              ) : (
                <span className="muted">{t('endorsements.none')}</span>
              )}
            </dd>
            <dt>{t('events.location')}</dt>
            <dd>{event.location || <span className="muted">{t('common.symbol')}</span>}</dd>
            <dt>{t('events.zip')}</dt>
            <dd>{event.zip || <span className="muted">{t('common.symbol')}</span>}</dd>
            <dt>{t('dedupe.notes')}</dt>
            <dd className="notes">{event.notes || <span className="muted">{t('common.symbol')}</span>}</dd>
          </dl>
        </section>
        <RsvpPageCard event={event} />
        <RsvpSection event={event} />
        <AttendanceSection event={event} />
        <TurnoutAsksSection event={event} />
        <section className="card card-wide" aria-labelledby="event-history-h">
          <h2 id="event-history-h">{t('campaigns.history')}</h2>
          <HistoryList history={event.history} />
        </section>
      </div>
    </div>
  );
}

function EventActions({ event }: { event: EventDetail }) {
  const me = useMe();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [deleteEvent, { loading }] = useMutation(DELETE_EVENT);
  const [error, setError] = useState<unknown>(null);
  if (!canManage(me)) return null;
  const counts = [
    event.rsvps.length && t('events.deleteCount.rsvp', { count: event.rsvps.length }),
    event.attendance.length && t('events.deleteCount.attendance', { count: event.attendance.length }),
    event.turnoutAsks.length && t('events.deleteCount.turnoutAsk', { count: event.turnoutAsks.length }),
  ].filter((c): c is string => Boolean(c));
  return (
    <div className="record-actions">
      <Link to={`/events/${event.id}/edit`} className="button button-primary">
        {t('admin.edit')}
      </Link>
      <ConfirmButton
        label={t('events.delete')}
        question={t('events.deleteQuestion', {
          name: event.name,
          goesWith: counts.length ? 'some' : 'nothing',
          counts: currentIntl().formatList(counts),
          b: (words) => <strong>{words}</strong>,
        })}
        confirmLabel={t('events.delete2', { name: event.name })}
        busy={loading}
        onConfirm={async () => {
          setError(null);
          try {
            await deleteEvent({ variables: { id: event.id } });
            client.cache.evict({ id: client.cache.identify({ __typename: 'Event', id: event.id }) });
            client.cache.evict({ fieldName: 'events' });
            client.cache.gc();
            navigate('/events', { state: { flash: t('common.wasDeleted', { name: event.name }) } });
          } catch (err) {
            setError(err);
          }
        }}
      />
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </div>
  );
}

/** One RSVP as the RSVP list shows it; setRsvp and removeRsvp answer with the event's list of them (EventTurnout). */
export const RSVP_FIELDS = graphql(`
  fragment RsvpFields on Rsvp {
    status
    fromPublicPage
    invitedByText
    invitedBy {
      id
      name
    }
    person {
      id
      name
    }
  }
`);

/** Takes back one RSVP or one attendance recorded by mistake, after asking. */
function RemoveLink({ event, person, kind }: { event: EventDetail; person: { id: string; name: string }; kind: 'rsvp' | 'attendance' }) {
  // Both answer with the event's lists and history after the change (EventTurnout): the cache updates the page.
  const [removeRsvp, rsvp] = useMutation(REMOVE_RSVP);
  const [removeAttendance, attendance] = useMutation(REMOVE_ATTENDANCE);
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <ConfirmButton
        label={t('campaigns.remove')}
        className="button-quiet"
        question={t('events.removeQuestion', { name: person.name, kind })}
        confirmLabel={t('events.removeKind', { kind })}
        busy={rsvp.loading || attendance.loading}
        onConfirm={async () => {
          setError(null);
          try {
            const variables = { eventId: event.id, personId: person.id };
            await (kind === 'rsvp' ? removeRsvp({ variables }) : removeAttendance({ variables }));
          } catch (err) {
            setError(err);
          }
        }}
      />
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </>
  );
}

function RsvpSection({ event }: { event: EventDetail }) {
  // The answer is the event's RSVPs after the change: the list follows from it, with no reload.
  const [setRsvp, { loading }] = useMutation(SET_RSVP);
  const [person, setPerson] = useState<Pickable | null>(null);
  const [status, setStatus] = useState<RsvpStatus>('YES');
  const [error, setError] = useState<unknown>(null);
  const [rowError, setRowError] = useState<{ id: string; error: unknown } | null>(null);
  const [pickError, setPickError] = useState('');
  // A new key empties the person search after each saved RSVP.
  const [round, setRound] = useState(0);
  const count = (status: RsvpStatus) => event.rsvps.filter((r) => r.status === status).length;

  async function save(personId: string, value: RsvpStatus) {
    await setRsvp({ variables: { input: { eventId: event.id, personId, status: value } } });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPickError('');
    if (!person) {
      setPickError(t('events.chooseThePersonWhoAnswered'));
      return;
    }
    try {
      await save(person.id, status);
      setPerson(null);
      setRound((r) => r + 1);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section className="card" aria-labelledby="rsvps-h">
      <h2 id="rsvps-h">{t('events.rsvps')}</h2>
      <p className="muted small">{t('events.rsvpCounts', { yes: count('YES'), maybe: count('MAYBE'), no: count('NO'), invited: count('INVITED') })}</p>
      {event.rsvps.length > 0 && (
        <ul className="rows">
          {event.rsvps.map((r) => (
            <li key={r.person.id} className="row">
              <div className="row-main">
                <Link to={`/people/${r.person.id}`}>{r.person.name}</Link>
                {(r.fromPublicPage || r.invitedByText) && (
                  <p className="muted small">
                    {r.fromPublicPage && t('events.throughTheRsvpPage')}
                    {r.invitedBy ? (
                      <>
                        {r.fromPublicPage ? t('common.symbol22') : ''}
                        {t('events.invitedByLink', { name: r.invitedBy.name, link: (words) => <Link to={`/people/${r.invitedBy!.id}`}>{words}</Link> })}
                      </>
                    ) : (
                      r.invitedByText && t('events.whoInvitedYou', { r: r.fromPublicPage ? ' · ' : '', invitedByText: r.invitedByText })
                    )}
                  </p>
                )}
              </div>
              <label className="visually-hidden" htmlFor={`rsvp-${r.person.id}`}>
                {t('events.rsvpOf', { name: r.person.name })}
              </label>
              <select
                id={`rsvp-${r.person.id}`}
                className="select-compact"
                value={r.status}
                disabled={loading}
                onChange={(e) => {
                  setRowError(null);
                  save(r.person.id, e.target.value as RsvpStatus).catch((err: unknown) => setRowError({ id: r.person.id, error: err }));
                }}
              >
                {RSVP_STATUSES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
              <RemoveLink event={event} person={r.person} kind="rsvp" />
              {rowError?.id === r.person.id && <Alert>{saveErrorMessage(rowError.error)}</Alert>}
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form compact-form" onSubmit={submit} noValidate aria-label={t('events.recordAnRsvp')}>
        {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
        <RecordPicker
          key={round}
          id="rsvp-person"
          label={t('events.person')}
          query={PEOPLE_SEARCH}
          nodesOf={(d) => d.people.nodes}
          value={person}
          onChange={setPerson}
          error={pickError || fieldErrors(error).personId}
        />
        <SelectField id="rsvp-status" label={t('events.rsvp')} value={status} onChange={setStatus} options={RSVP_STATUSES} />
        <div className="actions">
          <button type="submit" className="button-secondary" disabled={loading}>
            {loading ? t('admin.saving') : t('events.saveRsvp')}
          </button>
        </div>
      </form>
    </section>
  );
}

function AttendanceSection({ event }: { event: EventDetail }) {
  // The answer is the event's attendance and history after the change.
  const [record, { loading }] = useMutation(RECORD_ATTENDANCE);
  const [person, setPerson] = useState<Pickable | null>(null);
  const [broughtBy, setBroughtBy] = useState<Pickable | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pickError, setPickError] = useState('');
  const [done, setDone] = useState('');
  const [round, setRound] = useState(0);
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const attending = new Set(event.attendance.map((a) => a.person.id));
  // The server refuses attendance before the event's day; the form is not offered until then.
  const upcoming = event.date > todayIso();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPickError('');
    setDone('');
    if (!person) {
      setPickError(t('events.chooseThePersonWhoCame'));
      focusInvalid();
      return;
    }
    try {
      await record({ variables: { input: { eventId: event.id, attendees: [{ personId: person.id, broughtById: broughtBy?.id ?? null }] } } });
      setDone(broughtBy ? t('events.attendedDoneBroughtBy', { name: person.name, broughtBy: broughtBy.name }) : t('events.attendedDone', { name: person.name }));
      setPerson(null);
      setBroughtBy(null);
      setRound((r) => r + 1);
    } catch (err) {
      setError(err);
      focusInvalid();
    }
  }

  return (
    <section className="card" aria-labelledby="attendance-h">
      <h2 id="attendance-h">{t('events.attendance', { length: event.attendance.length })}</h2>
      <p className="muted small">{t('events.everyoneWhoAttendsBecomesA')}</p>
      {event.attendance.length > 0 && (
        <ul className="rows">
          {event.attendance.map((a) => (
            <li key={a.person.id} className="row">
              <div className="row-main">
                <Link to={`/people/${a.person.id}`}>{a.person.name}</Link>
                {a.broughtBy && (
                  <span className="small">
                    {t('events.broughtBy')}{' '}<Link to={`/people/${a.broughtBy.id}`}>{a.broughtBy.name}</Link>
                  </span>
                )}
              </div>
              <RemoveLink event={event} person={a.person} kind="attendance" />
            </li>
          ))}
        </ul>
      )}
      {upcoming ? (
        <p className="muted" role="note">
          {t('events.thisEventIsOnRecord', { date: formatDate(event.date) })}
        </p>
      ) : (
        <form ref={formRef} className="inline-form compact-form" onSubmit={submit} noValidate aria-label={t('events.recordAttendance')}>
          {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
          {done && <Alert kind="success">{done}</Alert>}
          <RecordPicker
            key={`who-${round}`}
            id="attendee-person"
            label={t('events.whoCame')}
            query={PEOPLE_SEARCH}
            nodesOf={(d) => d.people.nodes.filter((p) => !attending.has(p.id))}
            value={person}
            onChange={setPerson}
            error={pickError}
          />
          <RecordPicker
            key={`by-${round}`}
            id="attendee-brought-by"
            label={t('events.broughtByOptional')}
            query={PEOPLE_SEARCH}
            nodesOf={(d) => d.people.nodes.filter((p) => p.id !== person?.id)}
            value={broughtBy}
            onChange={setBroughtBy}
          />
          <div className="actions">
            <button type="submit" className="button-secondary" disabled={loading}>
              {loading ? t('admin.saving') : t('events.recordAttendance')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
