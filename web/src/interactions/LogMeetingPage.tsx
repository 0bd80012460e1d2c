import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../auth/MeContext';
import { FieldError, SelectField, TextAreaField, TextField, describedBy } from '../components/Field';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { fieldErrors } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { formatDate } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { ORGANIZATIONS_SEARCH, PEOPLE_SEARCH } from '../people/queries';
import { MultiPicker } from './MultiPicker';
import {
  TEAMMATES,
  INTERACTION_KINDS,
  LOG_INTERACTION,
  MY_PERSON,
  PERSON_TO_LOG,
  kindName,
  localToday,
  type Interaction,
  type InteractionKind,
} from './queries';
import { ErrorAlert } from '../components/RecordForm';
import { useSubmissionKey } from '../lib/submission';
import { FormattedMessage } from 'react-intl';
import { t } from '../i18n/intl';

interface FollowUpRow {
  key: number;
  text: string;
  dueDate: string;
  assigneeId: string;
}

/** Fields placed beside their controls; anything else the server names is listed at the top. */
const PLACED = /^(personIds|hostPersonId|organizationIds|kind|date|notes|followUps(\.\d+\.(text|dueDate|assigneeId))?)$/;

/**
 * Log a meeting right after it happened, on a phone: who (type-ahead chips), what kind (one-to-one preselected),
 * when (today), and optionally who they spoke for, notes and follow-ups. One tap saves.
 */
export function LogMeetingPage() {
  useTitle(t('nav.logMeeting'));
  const me = useMe();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const preselectId = params.get('person');
  const [logInteraction, { loading }] = useMutation(LOG_INTERACTION);
  const submission = useSubmissionKey();
  const myPerson = useQuery(MY_PERSON).data?.me?.person ?? null;
  const teammates = useQuery(TEAMMATES).data?.teammates;
  const preselect = useQuery(PERSON_TO_LOG, { variables: { id: preselectId ?? '' }, skip: !preselectId });

  const [people, setPeople] = useState<Pickable[]>([]);
  // Who held the meeting: me (my linked record) unless someone else is chosen.
  const [host, setHost] = useState<Pickable | null>(null);
  const [choosingHost, setChoosingHost] = useState(false);
  const [kind, setKind] = useState<InteractionKind>('ONE_TO_ONE');
  const [date, setDate] = useState(localToday);
  const [organizations, setOrganizations] = useState<Pickable[]>([]);
  const [notes, setNotes] = useState('');
  const [followUps, setFollowUps] = useState<FollowUpRow[]>([]);
  const nextKey = useRef(1);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState('');
  const [saved, setSaved] = useState<Interaction | null>(null);
  // The follow-up rows sent with the last save, in order: the server names them by position (followUps.0.text).
  const [sentKeys, setSentKeys] = useState<number[]>([]);
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const savedRef = useRef<HTMLDivElement>(null);
  const fields = fieldErrors(error);

  // ?person=id: that person is chosen when the page opens.
  const preselected = preselect.data?.person;
  const preselectDone = useRef(false);
  useEffect(() => {
    if (!preselected || preselectDone.current) return;
    preselectDone.current = true;
    setPeople((current) => (current.some((p) => p.id === preselected.id) ? current : [...current, preselected]));
  }, [preselected]);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  function addFollowUp() {
    setFollowUps((rows) => [...rows, { key: nextKey.current++, text: '', dueDate: '', assigneeId: me.id }]);
  }

  function setFollowUp(key: number, change: Partial<FollowUpRow>) {
    setFollowUps((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  }

  function reset() {
    setPeople([]);
    setHost(null);
    setChoosingHost(false);
    setKind('ONE_TO_ONE');
    setDate(localToday());
    setOrganizations([]);
    setNotes('');
    setFollowUps([]);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setMissing('');
    setSaved(null);
    if (people.length === 0) {
      setMissing(t('interactions.chooseWhoYouMetType'));
      focusInvalid();
      return;
    }
    const sent = followUps.filter((f) => f.text.trim() || f.dueDate);
    setSentKeys(sent.map((f) => f.key));
    const input = {
      kind,
      personIds: people.map((p) => p.id),
      hostPersonId: host?.id ?? null,
      organizationIds: organizations.map((o) => o.id),
      date: date || null,
      notes: notes.trim() || null,
      followUps: sent.map((f) => ({ text: f.text.trim(), dueDate: f.dueDate || null, assigneeId: f.assigneeId || null })),
    };
    try {
      const { data } = await logInteraction({ variables: { input, idempotencyKey: submission.keyFor(input) } });
      submission.settled();
      if (!data) return;
      // Their meetings, ties and my follow-ups changed: read them again when next shown.
      for (const p of [...people, ...(host ? [host] : myPerson ? [myPerson] : [])]) {
        client.cache.evict({ id: client.cache.identify({ __typename: 'Person', id: p.id }), fieldName: 'interactions' });
        client.cache.evict({ id: client.cache.identify({ __typename: 'Person', id: p.id }), fieldName: 'ties' });
      }
      client.cache.evict({ fieldName: 'myFollowUps' });
      client.cache.gc();
      setSaved(data.logInteraction);
      reset();
    } catch (err) {
      submission.settled(err);
      setError(err);
      focusInvalid();
    }
  }

  const assigneeOptions = [
    { value: me.id, label: t('interactions.me', { displayName: me.displayName }) },
    ...(teammates ?? []).filter((a) => a.id !== me.id).map((a) => ({ value: a.id, label: a.displayName })),
  ];

  return (
    <div className="page page-narrow log-page">
      <h1>{t('nav.logMeeting')}</h1>
      {saved && (
        <SavedMessage
          interaction={saved}
          innerRef={savedRef}
          onDismiss={() => {
            setSaved(null);
            document.getElementById('log-people')?.focus();
          }}
        />
      )}
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={t('nav.logMeeting')}>
        <ErrorAlert error={error} placed={PLACED} />

        <MultiPicker
          id="log-people"
          label={t('interactions.whoDidYouMeet')}
          query={PEOPLE_SEARCH}
          nodesOf={(d) => d.people.nodes}
          value={people}
          onChange={(v) => {
            setPeople(v);
            if (v.length) setMissing('');
          }}
          excludeIds={host ? [host.id] : myPerson ? [myPerson.id] : []}
          required
          error={missing || fields.personIds}
        />
        {myPerson && !choosingHost ? (
          <p className="muted small log-host">
            {t('interactions.heldByYou', { name: myPerson.name })}{' '}
            <button type="button" className="button-quiet" onClick={() => setChoosingHost(true)}>
              {t('interactions.someoneElseHeldIt')}
            </button>
          </p>
        ) : (
          <RecordPicker
            id="log-host"
            label={myPerson ? t('interactions.whoHeldIt') : t('interactions.whoHeldItOptional')}
            hint={
              myPerson
                ? t('interactions.leaveEmptyIfYouHeld', { name: myPerson.name })
                : t('interactions.theConnectorOrHouseMeeting')
            }
            query={PEOPLE_SEARCH}
            nodesOf={(d) => d.people.nodes.filter((p) => !people.some((x) => x.id === p.id))}
            value={host}
            onChange={setHost}
            error={fields.hostPersonId}
          />
        )}

        <KindChoice value={kind} onChange={setKind} error={fields.kind} />

        <TextField
          id="log-date"
          label={t('events.date')}
          type="date"
          required
          max={localToday()}
          value={date}
          onChange={setDate}
          error={fields.date}
        />

        <MultiPicker
          id="log-organizations"
          label={t('interactions.organizationsTheySpokeForOptional')}
          hint={t('interactions.typeAtLeastTwoLetters')}
          query={ORGANIZATIONS_SEARCH}
          nodesOf={(d) => d.organizations.nodes}
          value={organizations}
          onChange={setOrganizations}
          error={fields.organizationIds}
        />

        <TextAreaField
          id="log-notes"
          label={t('interactions.notesOptional')}
          hint={t('interactions.theirInterestsTheirStoryWhat')}
          rows={3}
          value={notes}
          onChange={setNotes}
          error={fields.notes}
        />

        <fieldset className="field follow-ups" aria-describedby={describedBy('log-followups', fields.followUps)}>
          <legend>{t('interactions.followUpsOptional')}</legend>
          {followUps.map((f, i) => {
            const at = sentKeys.indexOf(f.key);
            const rowError = (field: string) => (at >= 0 ? fields[`followUps.${at}.${field}`] : undefined);
            return (
              <div className="follow-up-row" key={f.key} role="group" aria-label={t('interactions.followUp', { i: i + 1 })}>
                <TextField
                  id={`log-followup-${f.key}-text`}
                  label={t('interactions.followUpWhatToDo', { i: i + 1 })}
                  value={f.text}
                  onChange={(text) => setFollowUp(f.key, { text })}
                  error={rowError('text')}
                />
                <div className="form-row">
                  <TextField
                    id={`log-followup-${f.key}-due`}
                    label={t('interactions.due')}
                    type="date"
                    value={f.dueDate}
                    onChange={(dueDate) => setFollowUp(f.key, { dueDate })}
                    error={rowError('dueDate')}
                  />
                  {assigneeOptions.length > 1 ? (
                    <SelectField
                      id={`log-followup-${f.key}-assignee`}
                      label={t('interactions.whoDoesIt')}
                      value={f.assigneeId}
                      onChange={(assigneeId) => setFollowUp(f.key, { assigneeId })}
                      options={assigneeOptions}
                      error={rowError('assigneeId')}
                    />
                  ) : (
                    <p className="muted small follow-up-assignee">{t('interactions.assignedToYou')}</p>
                  )}
                </div>
                <button
                  type="button"
                  className="button-quiet follow-up-remove"
                  onClick={() => setFollowUps((rows) => rows.filter((r) => r.key !== f.key))}
                >
                  {t('interactions.removeFollowUp', { i: i + 1 })}
                </button>
              </div>
            );
          })}
          <button type="button" className="button-secondary add-value" onClick={addFollowUp}>
            {followUps.length ? t('interactions.addAnotherFollowUp') : t('interactions.addAFollowUp')}
          </button>
          <FieldError id="log-followups" error={fields.followUps} />
        </fieldset>

        <div className="log-submit">
          <button type="submit" className="button-primary button-block" disabled={loading}>
            {loading ? t('admin.saving') : t('interactions.saveMeeting')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** One tap for the kind: radio buttons shown as pills. */
export function KindChoice({ value, onChange, error }: { value: InteractionKind; onChange: (v: InteractionKind) => void; error?: string }) {
  const described = describedBy('log-kind', error);
  return (
    <fieldset className={`field kind-choice${error ? ' field-invalid' : ''}`} aria-describedby={described}>
      <legend>{t('interactions.kind')}</legend>
      <div className="pills">
        {INTERACTION_KINDS.map((k) => (
          <label key={k.value} className={`pill${value === k.value ? ' pill-on' : ''}`}>
            <input
              type="radio"
              name="log-kind"
              value={k.value}
              checked={value === k.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(k.value)}
            />
            {k.label}
          </label>
        ))}
      </div>
      <FieldError id="log-kind" error={error} />
    </fieldset>
  );
}

function SavedMessage({
  interaction,
  innerRef,
  onDismiss,
}: {
  interaction: Interaction;
  innerRef: RefObject<HTMLDivElement | null>;
  onDismiss: () => void;
}) {
  const who = interaction.participants;
  return (
    <div className="alert alert-success log-saved" role="status" tabIndex={-1} ref={innerRef} data-testid="log-saved">
      <p>
        <strong>{t('interactions.saved')}</strong>{' '}{t('interactions.on', { kind: kindName(interaction.kind), date: formatDate(interaction.date) })}
        {who.length > 0 && t('followups.with')}
        {who.map((p, i) => (
          <span key={p.id}>
            {i > 0 && (i === who.length - 1 ? t('followups.and2') : t('common.symbol26'))}
            <Link to={`/people/${p.id}`}>{p.name}</Link>
          </span>
        ))}
        {t('common.symbol4')}
        {interaction.followUps.length > 0 && (
          <>
            {' '}
            <FormattedMessage
              id="interactions.followUpsAdded"
              values={{ count: interaction.followUps.length, link: (chunks) => <Link to="/follow-ups">{chunks}</Link> }}
            />
          </>
        )}
      </p>
      <button type="button" className="button-quiet" onClick={onDismiss}>
        {t('interactions.logAnother')}
      </button>
    </div>
  );
}
