import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { errorMessage, saveErrorMessage } from '../lib/errors';
import { formatDate, formatDateTime, plural } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { MY_FOLLOW_UPS, SET_FOLLOW_UP_DONE, kindName, type MyFollowUp } from '../interactions/queries';
import { DigestToggle } from '../reminders/DigestToggle';
import { MY_REMINDERS } from '../reminders/queries';

/** The follow-ups assigned to me: open ones by due date (overdue marked), done ones on request; one tap marks done. */
export function FollowUpsPage() {
  useTitle('My follow-ups');
  const [showDone, setShowDone] = useState(false);
  const [justDone, setJustDone] = useState<MyFollowUp | null>(null);
  const [setDone, { loading: undoing }] = useMutation(SET_FOLLOW_UP_DONE, { refetchQueries: [MY_REMINDERS] });
  const { data, previousData, loading, error } = useQuery(MY_FOLLOW_UPS, {
    variables: { includeDone: showDone },
    fetchPolicy: 'cache-and-network',
  });
  const list = (data ?? previousData)?.myFollowUps;
  const open = list?.filter((f) => !f.done) ?? [];
  const done = list?.filter((f) => f.done) ?? [];
  const overdue = open.filter((f) => f.overdue).length;

  return (
    <div className="page page-narrow">
      <div className="page-head">
        <h1>My follow-ups</h1>
        <Link to="/log" className="button button-primary">
          Log a meeting
        </Link>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
        Show done follow-ups
      </label>
      <DigestToggle />
      {justDone && (
        <div className="alert alert-success followup-undo" role="status">
          <span>“{justDone.text}” is done.</span>
          <button
            type="button"
            className="button-quiet"
            disabled={undoing}
            onClick={() => void setDone({ variables: { id: justDone.id, done: false } }).then(() => setJustDone(null), () => undefined)}
          >
            Undo
          </button>
        </div>
      )}
      {error && !list && <Alert>{errorMessage(error)}</Alert>}
      {!list && !error && <Loading />}
      {list && (
        <>
          <p className="count" aria-live="polite" data-testid="followups-count">
            {plural(open.length, 'open follow-up')}
            {overdue > 0 && <span className="overdue-count"> · {overdue} overdue</span>}
            {loading && <span className="muted"> · updating…</span>}
          </p>
          {open.length === 0 ? (
            <p className="empty">Nothing open. Follow-ups you add when logging a meeting show here.</p>
          ) : (
            <ul className="followups" aria-label="Open follow-ups">
              {open.map((f) => (
                <FollowUpItem key={f.id} followUp={f} onToggled={(done) => setJustDone(done ? f : null)} />
              ))}
            </ul>
          )}
          {showDone && (
            <>
              <h2 className="followups-done-h">Done</h2>
              {done.length === 0 ? (
                <p className="muted">None done yet.</p>
              ) : (
                <ul className="followups" aria-label="Done follow-ups">
                  {done.map((f) => (
                    <FollowUpItem key={f.id} followUp={f} onToggled={() => setJustDone(null)} />
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}

function FollowUpItem({ followUp: f, onToggled }: { followUp: MyFollowUp; onToggled: (done: boolean) => void }) {
  // The count in the navigation follows what is marked done here.
  const [setDone, { loading }] = useMutation(SET_FOLLOW_UP_DONE, { refetchQueries: [MY_REMINDERS] });
  const [error, setError] = useState<unknown>(null);
  const id = `followup-${f.id}`;

  async function toggle(done: boolean) {
    setError(null);
    try {
      await setDone({ variables: { id: f.id, done } });
      onToggled(done);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <li className={`followup${f.overdue ? ' followup-overdue' : ''}${f.done ? ' followup-done' : ''}`} data-testid="followup">
      <input
        type="checkbox"
        id={id}
        checked={f.done}
        disabled={loading}
        aria-describedby={`${id}-meta`}
        onChange={(e) => void toggle(e.target.checked)}
      />
      <div className="followup-main">
        <label htmlFor={id} className="followup-text">
          {f.text}
        </label>
        <p className="muted small" id={`${id}-meta`}>
          {f.overdue && (
            <>
              <strong className="overdue-label">Overdue</strong> ·{' '}
            </>
          )}
          {f.dueDate ? `Due ${formatDate(f.dueDate)}` : 'No due date'}
          {f.done && f.doneAt && ` · done ${formatDateTime(f.doneAt)}`}
        </p>
        {f.interaction && <FromMeeting meeting={f.interaction} />}
        {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      </div>
    </li>
  );
}

/** Where a follow-up came from: "From the one-to-one with Jorge Robinson (Tenants Union), Mar 3, 2026". */
function FromMeeting({ meeting }: { meeting: NonNullable<MyFollowUp['interaction']> }) {
  const people = meeting.participants.slice(0, 3);
  const more = meeting.participants.length - people.length;
  return (
    <p className="small followup-from">
      From the {kindName(meeting.kind).toLowerCase()}
      {people.length > 0 && ' with '}
      {people.map((p, i) => (
        <span key={p.id}>
          {i > 0 && (i === people.length - 1 && more === 0 ? ' and ' : ', ')}
          <Link to={`/people/${p.id}`}>{p.name}</Link>
        </span>
      ))}
      {more > 0 && ` and ${plural(more, 'other')}`}
      {meeting.organizations.length > 0 && ` (${meeting.organizations.map((o) => o.name).join(', ')})`}, {formatDate(meeting.date)}
      {' · '}
      <Link to={`/meetings/${meeting.id}?from=${encodeURIComponent('/follow-ups')}`}>
        Open the meeting<span className="visually-hidden"> of {formatDate(meeting.date)}</span>
      </Link>
    </p>
  );
}
