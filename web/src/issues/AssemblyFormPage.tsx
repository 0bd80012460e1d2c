import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { todayIso } from '../campaigns/options';
import { Alert, Loading } from '../components/Alert';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { QueryError } from '../components/QueryError';
import { fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import { CREATE_ASSEMBLY } from './queries';
import { FormActions } from '../components/RecordForm';
import { useSubmissionKey } from '../lib/submission';
import { t } from '../i18n/intl';

export function AssemblyNewPage() {
  useTitle(t('issues.recordAnIssueAssembly'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const regions = useQuery(REGIONS);
  const [createAssembly] = useMutation(CREATE_ASSEMBLY);
  const submission = useSubmissionKey();
  const list = regions.data?.regions ?? [];
  const [name, setName] = useState('');
  const [date, setDate] = useState(todayIso());
  const [regionId, setRegionId] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);
  const region = regionId || (list.length === 1 ? list[0].id : '');

  if (regions.loading && !regions.data) return <Loading />;
  if (!regions.data) return <QueryError error={regions.error} backTo="/issues/assemblies" backLabel={t('issues.backToIssueAssemblies')} />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSaving(true);
    const input = { name: name.trim(), date, regionId: region, notes: notes.trim() || null };
    try {
      const { data } = await createAssembly({ variables: { input, idempotencyKey: submission.keyFor(input) } });
      submission.settled();
      if (!data) return;
      client.cache.evict({ fieldName: 'issueAssemblies' });
      navigate(`/issues/assemblies/${data.createIssueAssembly.id}`);
    } catch (err) {
      submission.settled(err);
      setError(err);
      focusInvalid();
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/issues">{t('nav.issues')}</Link> {t('common.symbol21')} <Link to="/issues/assemblies">{t('issues.issueAssemblies')}</Link>
      </p>
      <h1>{t('issues.recordAnIssueAssembly')}</h1>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
        <TextField
          id="assembly-name"
          label={t('admin.name')}
          required
          hint={t('issues.forExampleSpringIssueAssembly')}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={fields.name}
        />
        <div className="form-row">
          <TextField id="assembly-date" label={t('events.date')} type="date" required value={date} onChange={setDate} error={fields.date} />
          <SelectField
            id="assembly-region"
            label={t('campaigns.region')}
            required
            value={region}
            onChange={setRegionId}
            options={list.map((r) => ({ value: r.id, label: r.name }))}
            placeholder={list.length === 1 ? undefined : t('campaigns.chooseARegion')}
            error={fields.regionId}
          />
        </div>
        <TextAreaField
          id="assembly-notes"
          label={t('dedupe.notes')}
          hint={t('issues.forExampleHowManyMembers')}
          value={notes}
          onChange={setNotes}
          error={fields.notes}
        />
        <p className="muted small">{t('issues.afterSavingRecordTheAssembly')}</p>
        <FormActions saving={saving} submitLabel={t('issues.saveAssembly')} onCancel={() => navigate('/issues/assemblies')} />
      </form>
    </div>
  );
}
