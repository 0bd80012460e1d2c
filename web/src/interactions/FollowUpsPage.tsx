import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { errorMessage, saveErrorMessage } from '../lib/errors';
import { formatDate, formatDateTime } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { MY_FOLLOW_UPS, SET_FOLLOW_UP_DONE, kindName, type MyFollowUp } from './queries';
import { DigestToggle } from '../reminders/DigestToggle';
import { MY_REMINDERS } from '../reminders/queries';
import { t } from '../i18n/intl';

/** The follow-ups assigned to me: open ones by due date (overdue marked), done ones on request; one tap marks done. */
export function FollowUpsPage() {
  useTitle(t('followups.myFollowUps'));
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
        <h1>{t('followups.myFollowUps')}</h1>
        <Link to="/log" className="button button-primary">
          {t('nav.logMeeting')}
        </Link>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
        {t('followups.showDoneFollowUps')}
      </label>
      <DigestToggle />
      {justDone && (
        <div className="alert alert-success followup-undo" role="status">
          <span>{t('followups.isDone', { text: justDone.text })}</span>
          <button
            type="button"
            className="button-quiet"
            disabled={undoing}
            onClick={() => void setDone({ variables: { id: justDone.id, done: false } }).then(() => setJustDone(null), () => undefined)}
          >
            {t('dedupe.undo')}
          </button>
        </div>
      )}
      {error && !list && <Alert>{errorMessage(error)}</Alert>}
      {!list && !error && <Loading />}
      {list && (
        <>
          <p className="count" aria-live="polite" data-testid="followups-count">
            {t('count.openFollowUp', { count: open.length })}
            {overdue > 0 && <span className="overdue-count">{' '}{t('followups.overdue', { overdue })}</span>}
            {loading && <span className="muted">{' '}{t('campaigns.updating')}</span>}
          </p>
          {open.length === 0 ? (
            <p className="empty">{t('followups.nothingOpenFollowUpsYou')}</p>
          ) : (
            <ul className="followups" aria-label={t('followups.openFollowUps')}>
              {open.map((f) => (
                <FollowUpItem key={f.id} followUp={f} onToggled={(done) => setJustDone(done ? f : null)} />
              ))}
            </ul>
          )}
          {showDone && (
            <>
              <h2 className="followups-done-h">{t('followups.done')}</h2>
              {done.length === 0 ? (
                <p className="muted">{t('followups.noneDoneYet')}</p>
              ) : (
                <ul className="followups" aria-label={t('followups.doneFollowUps')}>
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
              <strong className="overdue-label">{t('followups.overdue2')}</strong>{' '}{t('common.symbol8')}{' '}
            </>
          )}
          {f.dueDate ? t('followups.due', { dueDate: formatDate(f.dueDate) }) : t('followups.noDueDate')}
          {f.done && f.doneAt && t('followups.done2', { doneAt: formatDateTime(f.doneAt) })}
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
      {t('followups.fromThe', { kind: kindName(meeting.kind).toLowerCase() })}
      {people.length > 0 && t('followups.with')}
      {people.map((p, i) => (
        <span key={p.id}>
          {i > 0 && (i === people.length - 1 && more === 0 ? t('followups.and2') : t('common.symbol26'))}
          <Link to={`/people/${p.id}`}>{p.name}</Link>
        </span>
      ))}
      {more > 0 && t('followups.and', { more: t('count.other', { count: more }) })}
      {meeting.organizations.length > 0 && ' ' + t('common.inParens', { value: meeting.organizations.map((o) => o.name).join(', ') })}{t('common.symbol25', { date: formatDate(meeting.date) })}
      {t('common.symbol22')}
      <Link to={`/meetings/${meeting.id}?from=${encodeURIComponent('/follow-ups')}`}>
        {t('followups.openTheMeeting')}<span className="visually-hidden">{' '}{t('followups.of', { date: formatDate(meeting.date) })}</span>
      </Link>
    </p>
  );
}
