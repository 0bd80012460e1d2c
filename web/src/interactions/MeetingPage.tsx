import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { TextAreaField, TextField } from '../components/Field';
import { QueryError } from '../components/QueryError';
import { FormActions, FormErrorAlert, useRecordForm } from '../components/RecordForm';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { errorMessage } from '../lib/errors';
import { formatDate } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { ORGANIZATIONS_SEARCH, PEOPLE_SEARCH } from '../people/queries';
import { KindChoice } from './LogMeetingPage';
import { MultiPicker } from './MultiPicker';
import { CORRECT_INTERACTION, DELETE_INTERACTION, MEETING, kindName, localToday, type InteractionKind, type Meeting } from './queries';
import { t } from '../i18n/intl';

interface MeetingValues {
  kind: InteractionKind;
  date: string;
  host: Pickable | null;
  people: Pickable[];
  organizations: Pickable[];
  notes: string;
}

const PLACED = ['kind', 'date', 'hostPersonId', 'personIds', 'organizationIds', 'notes'];

const valuesOf = (m: Meeting): MeetingValues => ({
  kind: m.kind, date: m.date, host: m.host, people: m.participants, organizations: m.organizations, notes: m.notes ?? '',
});

/**
 * One logged meeting, and (for the one who logged it, and leaders, staff and admins of its region) its correction:
 * who held it, who took part, when, what kind, for which organizations, notes; or its deletion, after a question.
 * Tie strengths and last contacts follow on the server, as if it had been logged that way.
 */
export function MeetingPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const back = params.get('from');
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(MEETING, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const meeting = data?.interaction;
  useTitle(meeting ? t('interactions.on', { kind: kindName(meeting.kind), date: formatDate(meeting.date) }) : t('interactions.meeting'));
  if (!meeting) return error ? <QueryError error={error} backTo="/follow-ups" backLabel={t('followups.myFollowUps')} /> : <div className="page">{loading && <Loading />}</div>;
  return <MeetingView key={meeting.id} meeting={meeting} back={back} onGone={(to) => navigate(to)} client={client} refetch={refetch} />;
}

function MeetingView({
  meeting,
  back,
  onGone,
  client,
  refetch,
}: {
  meeting: Meeting;
  back: string | null;
  onGone: (to: string) => void;
  client: ReturnType<typeof useApolloClient>;
  refetch: () => Promise<{ data?: { interaction: Meeting } | undefined }>;
}) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const form = useRecordForm<MeetingValues>(valuesOf(meeting));
  const { values, set, fields } = form;
  const [correct] = useMutation(CORRECT_INTERACTION);
  const [remove, { loading: deleting }] = useMutation(DELETE_INTERACTION);
  const [version, setVersion] = useState(meeting.version);
  useEffect(() => setVersion(meeting.version), [meeting.version]);

  /** Their meetings and ties changed: read again when next shown. */
  function forget(ids: string[]) {
    for (const personId of ids) {
      client.cache.evict({ id: client.cache.identify({ __typename: 'Person', id: personId }), fieldName: 'interactions' });
      client.cache.evict({ id: client.cache.identify({ __typename: 'Person', id: personId }), fieldName: 'ties' });
    }
    client.cache.evict({ fieldName: 'myFollowUps' });
    client.cache.gc();
  }
  const everyone = (m: { host: Pickable | null; participants?: Pickable[]; people?: Pickable[] }) =>
    [...(m.host ? [m.host] : []), ...(m.participants ?? m.people ?? [])].map((p) => p.id);

  const save = form.submit(async () => {
    const { data } = await correct({
      variables: {
        input: {
          id: meeting.id, version, kind: values.kind, date: values.date, hostPersonId: values.host?.id ?? null,
          personIds: values.people.map((p) => p.id), organizationIds: values.organizations.map((o) => o.id), notes: values.notes.trim() || null,
        },
      },
    });
    if (!data) return;
    forget([...everyone(meeting), ...everyone(data.correctInteraction)]);
    setEditing(false);
    setSaved(true);
  });

  async function confirmDelete() {
    setDeleteError(null);
    try {
      await remove({ variables: { id: meeting.id, version } });
      forget(everyone(meeting));
      client.cache.evict({ id: client.cache.identify({ __typename: 'Interaction', id: meeting.id }) });
      client.cache.gc();
      onGone(back ?? '/follow-ups');
    } catch (e) {
      setDeleteError(e);
    }
  }

  const others = meeting.participants;
  return (
    <div className="page page-narrow meeting-page">
      <h1>
        {t('interactions.on', { kind: kindName(meeting.kind), date: formatDate(meeting.date) })}
      </h1>
      {back && (
        <p>
          <Link to={back}>{t('components.back')}</Link>
        </p>
      )}
      {saved && (
        <div className="alert alert-success" role="status">
          <p>{t('interactions.correctedTieStrengthsAndLast')}</p>
        </div>
      )}
      {!editing && (
        <section className="card" aria-label={t('interactions.theMeeting')}>
          <p>
            <span className="muted">{t('interactions.heldBy')}{' '}</span>
            {meeting.host ? <Link to={`/people/${meeting.host.id}`}>{meeting.host.name}</Link> : t('interactions.noOneNamed')}
          </p>
          {others.length > 0 && (
            <p>
              <span className="muted">{t('interactions.with2')}{' '}</span>
              {others.map((p, k) => (
                <span key={p.id}>
                  {k > 0 && t('common.symbol26')}
                  <Link to={`/people/${p.id}`}>{p.name}</Link>
                </span>
              ))}
            </p>
          )}
          {meeting.organizations.length > 0 && (
            <p>
              <span className="muted">{t('customfields.for')}{' '}</span>
              {meeting.organizations.map((o) => o.name).join(', ')}
            </p>
          )}
          {meeting.notes && <p className="notes">{meeting.notes}</p>}
          {meeting.loggedByName && <p className="muted small">{t('interactions.loggedBy', { loggedByName: meeting.loggedByName })}</p>}
          {meeting.canEdit ? (
            <div className="actions">
              <button type="button" className="button-primary" onClick={() => { setSaved(false); setEditing(true); }}>
                {t('interactions.correctThisMeeting')}
              </button>
              <ConfirmButton
                label={t('interactions.deleteThisMeeting')}
                question={
                  <>
                    {t('interactions.deleteTheOn', { kind: kindName(meeting.kind).toLowerCase(), date: formatDate(meeting.date) })}
                    {others.length > 0 && t('interactions.with3', { p: others.map((p) => p.name).join(', ') })}{t('common.symbol35')}{' '}
                    {meeting.followUps.length > 0 && t('interactions.itsWithIt', { count: meeting.followUps.length })}{' '}
                    {t('interactions.tieStrengthsAndLastContacts')}
                  </>
                }
                confirmLabel={t('interactions.deleteTheMeeting')}
                onConfirm={confirmDelete}
                busy={deleting}
              />
            </div>
          ) : (
            <p className="muted small">{t('interactions.onlyTheOneWhoLogged')}</p>
          )}
          {deleteError !== null && (
            <Alert>
              <p>{errorMessage(deleteError)}</p>
              <button type="button" className="button-secondary" onClick={() => void refetch()}>
                {t('interactions.loadTheLatestVersion')}
              </button>
            </Alert>
          )}
        </section>
      )}
      {editing && (
        <form ref={form.formRef} className="form" onSubmit={save} noValidate aria-label={t('interactions.correctTheMeeting')}>
          <FormErrorAlert
            error={form.error}
            what="this meeting"
            placed={PLACED}
            reloading={form.reloading}
            onReloadLatest={() =>
              form.reload(async () => {
                const latest = (await refetch()).data?.interaction;
                if (!latest) throw new Error('gone');
                setVersion(latest.version);
                return valuesOf(latest);
              })
            }
          />
          <RecordPicker
            id="meeting-host"
            label={t('interactions.whoHeldItOptional')}
            query={PEOPLE_SEARCH}
            nodesOf={(d) => d.people.nodes.filter((p) => !values.people.some((x) => x.id === p.id))}
            value={values.host}
            onChange={set('host')}
            error={fields.hostPersonId}
          />
          <MultiPicker
            id="meeting-people"
            label={t('interactions.whoTookPart')}
            query={PEOPLE_SEARCH}
            nodesOf={(d) => d.people.nodes}
            value={values.people}
            onChange={set('people')}
            excludeIds={values.host ? [values.host.id] : []}
            required
            error={fields.personIds}
          />
          <KindChoice value={values.kind} onChange={set('kind')} error={fields.kind} />
          <TextField id="meeting-date" label={t('events.date')} type="date" required max={localToday()} value={values.date} onChange={set('date')} error={fields.date} />
          <MultiPicker
            id="meeting-organizations"
            label={t('interactions.organizationsTheySpokeForOptional')}
            hint={t('interactions.typeAtLeastTwoLetters')}
            query={ORGANIZATIONS_SEARCH}
            nodesOf={(d) => d.organizations.nodes}
            value={values.organizations}
            onChange={set('organizations')}
            error={fields.organizationIds}
          />
          <TextAreaField id="meeting-notes" label={t('interactions.notesOptional')} rows={3} value={values.notes} onChange={set('notes')} error={fields.notes} />
          <FormActions saving={form.saving} submitLabel={t('interactions.saveTheCorrection')} onCancel={() => setEditing(false)} />
        </form>
      )}
    </div>
  );
}
