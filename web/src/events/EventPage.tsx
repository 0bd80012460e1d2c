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
import { DELETE_EVENT, EVENT, RECORD_ATTENDANCE, REMOVE_ATTENDANCE, REMOVE_RSVP, SET_RSVP, type EventDetail } from './queries';
import { TurnoutAsksSection } from './TurnoutAsks';
import { RsvpPageCard } from '../rsvp-page/RsvpPageCard';

export function EventPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EVENT, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const event = data?.event;
  useTitle(event?.name ?? 'Event');
  if (!event && loading) return <Loading />;
  if (!event) return <QueryError error={error} backTo="/events" backLabel="Back to Events" />;
  const reload = () => void refetch();
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/events">Events</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{event.name}</h1>
          <p className="record-sub">
            <span className="badge">{formatDate(event.date)}</span>
            {event.campaign && <span className={`badge ${statusTone(event.campaign.status)}`}>{labelOf(CAMPAIGN_STATUSES, event.campaign.status)} campaign</span>}
            <span className="muted">{event.region.name}</span>
          </p>
        </div>
        <EventActions event={event} />
      </div>
      <div className="record-grid">
        <section className="card" aria-labelledby="event-details-h">
          <h2 id="event-details-h">Details</h2>
          <dl className="details">
            <dt>Date</dt>
            <dd>{formatDate(event.date)}</dd>
            <dt>Campaign</dt>
            <dd>
              {event.campaign ? (
                <Link to={`/campaigns/${event.campaign.id}`}>{event.campaign.name}</Link>
              ) : (
                <span className="muted">None</span>
              )}
            </dd>
            <dt>Location</dt>
            <dd>{event.location || <span className="muted">—</span>}</dd>
            <dt>ZIP</dt>
            <dd>{event.zip || <span className="muted">—</span>}</dd>
            <dt>Notes</dt>
            <dd className="notes">{event.notes || <span className="muted">—</span>}</dd>
          </dl>
        </section>
        <RsvpPageCard event={event} />
        <RsvpSection event={event} onChanged={reload} />
        <AttendanceSection event={event} onChanged={reload} />
        <TurnoutAsksSection event={event} onChanged={reload} />
        <section className="card card-wide" aria-labelledby="event-history-h">
          <h2 id="event-history-h">History</h2>
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
    event.rsvps.length && `${event.rsvps.length} RSVP${event.rsvps.length === 1 ? '' : 's'}`,
    event.attendance.length && `the attendance of ${event.attendance.length}`,
    event.turnoutAsks.length && `${event.turnoutAsks.length} turnout ask${event.turnoutAsks.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  return (
    <div className="record-actions">
      <Link to={`/events/${event.id}/edit`} className="button button-primary">
        Edit
      </Link>
      <ConfirmButton
        label="Delete"
        question={
          <>
            Delete <strong>{event.name}</strong>
            {counts.length ? ` with ${counts.join(', ')}` : ''}? Memberships that attending brought stay. This cannot be
            undone.
          </>
        }
        confirmLabel={`Delete ${event.name}`}
        busy={loading}
        onConfirm={async () => {
          setError(null);
          try {
            await deleteEvent({ variables: { id: event.id } });
            client.cache.evict({ id: client.cache.identify({ __typename: 'Event', id: event.id }) });
            client.cache.evict({ fieldName: 'events' });
            client.cache.gc();
            navigate('/events', { state: { flash: `${event.name} was deleted.` } });
          } catch (err) {
            setError(err);
          }
        }}
      />
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </div>
  );
}

/** Takes back one RSVP or one attendance recorded by mistake, after asking. */
function RemoveLink({ event, person, kind, onChanged }: { event: EventDetail; person: { id: string; name: string }; kind: 'rsvp' | 'attendance'; onChanged: () => void }) {
  const [removeRsvp, rsvp] = useMutation(REMOVE_RSVP);
  const [removeAttendance, attendance] = useMutation(REMOVE_ATTENDANCE);
  const [error, setError] = useState<unknown>(null);
  const what = kind === 'rsvp' ? 'RSVP' : 'attendance';
  return (
    <>
      <ConfirmButton
        label="Remove"
        className="button-quiet"
        question={
          <>
            Remove {person.name}’s {what}?{kind === 'attendance' ? ' Their membership stays.' : ''}
          </>
        }
        confirmLabel={`Remove ${what}`}
        busy={rsvp.loading || attendance.loading}
        onConfirm={async () => {
          setError(null);
          try {
            const variables = { eventId: event.id, personId: person.id };
            await (kind === 'rsvp' ? removeRsvp({ variables }) : removeAttendance({ variables }));
            onChanged();
          } catch (err) {
            setError(err);
          }
        }}
      />
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </>
  );
}

function RsvpSection({ event, onChanged }: { event: EventDetail; onChanged: () => void }) {
  const [setRsvp, { loading }] = useMutation(SET_RSVP);
  const [person, setPerson] = useState<Pickable | null>(null);
  const [status, setStatus] = useState<RsvpStatus>('YES');
  const [error, setError] = useState<unknown>(null);
  const [rowError, setRowError] = useState<{ id: string; error: unknown } | null>(null);
  const [pickError, setPickError] = useState('');
  // A new key empties the person search after each saved RSVP.
  const [round, setRound] = useState(0);
  const counts = RSVP_STATUSES.map((s) => `${event.rsvps.filter((r) => r.status === s.value).length} ${s.label.toLowerCase()}`);

  async function save(personId: string, value: RsvpStatus) {
    await setRsvp({ variables: { input: { eventId: event.id, personId, status: value } } });
    onChanged();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPickError('');
    if (!person) {
      setPickError('Choose the person who answered.');
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
      <h2 id="rsvps-h">RSVPs</h2>
      <p className="muted small">{counts.join(' · ')}</p>
      {event.rsvps.length > 0 && (
        <ul className="rows">
          {event.rsvps.map((r) => (
            <li key={r.person.id} className="row">
              <div className="row-main">
                <Link to={`/people/${r.person.id}`}>{r.person.name}</Link>
                {(r.fromPublicPage || r.invitedByText) && (
                  <p className="muted small">
                    {r.fromPublicPage && 'Through the RSVP page'}
                    {r.invitedBy ? (
                      <>
                        {r.fromPublicPage ? ' · ' : ''}invited by <Link to={`/people/${r.invitedBy.id}`}>{r.invitedBy.name}</Link>
                      </>
                    ) : (
                      r.invitedByText && `${r.fromPublicPage ? ' · ' : ''}“who invited you”: ${r.invitedByText}`
                    )}
                  </p>
                )}
              </div>
              <label className="visually-hidden" htmlFor={`rsvp-${r.person.id}`}>
                RSVP of {r.person.name}
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
              <RemoveLink event={event} person={r.person} kind="rsvp" onChanged={onChanged} />
              {rowError?.id === r.person.id && <Alert>{saveErrorMessage(rowError.error)}</Alert>}
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form compact-form" onSubmit={submit} noValidate aria-label="Record an RSVP">
        {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
        <RecordPicker
          key={round}
          id="rsvp-person"
          label="Person"
          query={PEOPLE_SEARCH}
          nodesOf={(d) => d.people.nodes}
          value={person}
          onChange={setPerson}
          error={pickError || fieldErrors(error).personId}
        />
        <SelectField id="rsvp-status" label="RSVP" value={status} onChange={setStatus} options={RSVP_STATUSES} />
        <div className="actions">
          <button type="submit" className="button-secondary" disabled={loading}>
            {loading ? 'Saving…' : 'Save RSVP'}
          </button>
        </div>
      </form>
    </section>
  );
}

function AttendanceSection({ event, onChanged }: { event: EventDetail; onChanged: () => void }) {
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
      setPickError('Choose the person who came.');
      focusInvalid();
      return;
    }
    try {
      await record({ variables: { input: { eventId: event.id, attendees: [{ personId: person.id, broughtById: broughtBy?.id ?? null }] } } });
      setDone(`${person.name} attended${broughtBy ? `, brought by ${broughtBy.name}` : ''}.`);
      setPerson(null);
      setBroughtBy(null);
      setRound((r) => r + 1);
      onChanged();
    } catch (err) {
      setError(err);
      focusInvalid();
    }
  }

  return (
    <section className="card" aria-labelledby="attendance-h">
      <h2 id="attendance-h">Attendance ({event.attendance.length})</h2>
      <p className="muted small">Everyone who attends becomes a member.</p>
      {event.attendance.length > 0 && (
        <ul className="rows">
          {event.attendance.map((a) => (
            <li key={a.person.id} className="row">
              <div className="row-main">
                <Link to={`/people/${a.person.id}`}>{a.person.name}</Link>
                {a.broughtBy && (
                  <span className="small">
                    brought by <Link to={`/people/${a.broughtBy.id}`}>{a.broughtBy.name}</Link>
                  </span>
                )}
              </div>
              <RemoveLink event={event} person={a.person} kind="attendance" onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
      {upcoming ? (
        <p className="muted" role="note">
          This event is on {formatDate(event.date)}: record who came once it has happened. RSVPs can be recorded now.
        </p>
      ) : (
        <form ref={formRef} className="inline-form compact-form" onSubmit={submit} noValidate aria-label="Record attendance">
          {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
          {done && <Alert kind="success">{done}</Alert>}
          <RecordPicker
            key={`who-${round}`}
            id="attendee-person"
            label="Who came"
            query={PEOPLE_SEARCH}
            nodesOf={(d) => d.people.nodes.filter((p) => !attending.has(p.id))}
            value={person}
            onChange={setPerson}
            error={pickError}
          />
          <RecordPicker
            key={`by-${round}`}
            id="attendee-brought-by"
            label="Brought by (optional)"
            query={PEOPLE_SEARCH}
            nodesOf={(d) => d.people.nodes.filter((p) => p.id !== person?.id)}
            value={broughtBy}
            onChange={setBroughtBy}
          />
          <div className="actions">
            <button type="submit" className="button-secondary" disabled={loading}>
              {loading ? 'Saving…' : 'Record attendance'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
