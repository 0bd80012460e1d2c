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

export function AssemblyNewPage() {
  useTitle('Record an Issue Assembly');
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
  if (!regions.data) return <QueryError error={regions.error} backTo="/issues/assemblies" backLabel="Back to Issue Assemblies" />;

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
        <Link to="/issues">Issues</Link> / <Link to="/issues/assemblies">Issue Assemblies</Link>
      </p>
      <h1>Record an Issue Assembly</h1>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
        <TextField
          id="assembly-name"
          label="Name"
          required
          hint="For example: Spring Issue Assembly."
          autoComplete="off"
          value={name}
          onChange={setName}
          error={fields.name}
        />
        <div className="form-row">
          <TextField id="assembly-date" label="Date" type="date" required value={date} onChange={setDate} error={fields.date} />
          <SelectField
            id="assembly-region"
            label="Region"
            required
            value={region}
            onChange={setRegionId}
            options={list.map((r) => ({ value: r.id, label: r.name }))}
            placeholder={list.length === 1 ? undefined : 'Choose a region'}
            error={fields.regionId}
          />
        </div>
        <TextAreaField id="assembly-notes" label="Notes" hint="For example: how many members voted." value={notes} onChange={setNotes} error={fields.notes} />
        <p className="muted small">After saving, record the assembly’s decision on each issue.</p>
        <FormActions saving={saving} submitLabel="Save assembly" onCancel={() => navigate('/issues/assemblies')} />
      </form>
    </div>
  );
}
