import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { TEAM_KINDS, type TeamKind } from '../campaigns/options';
import { Loading } from '../components/Alert';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { QueryError } from '../components/QueryError';
import { FormErrorAlert, useRecordForm } from '../components/RecordForm';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import type { Region } from '../types';
import { CREATE_TEAM, TEAM_FOR_EDIT, UPDATE_TEAM, type TeamEditable, type TeamInput } from './queries';

interface Values {
  name: string;
  kind: TeamKind | '';
  regionId: string;
  notes: string;
}

const toValues = (t: TeamEditable | null, regions: Region[]): Values => ({
  name: t?.name ?? '',
  kind: t?.kind ?? '',
  regionId: t?.region.id ?? (regions.length === 1 ? regions[0].id : ''),
  notes: t?.notes ?? '',
});

const PLACED = ['name', 'kind', 'regionId', 'notes'];

function TeamForm({
  initial,
  regions,
  submitLabel,
  onSave,
  onCancel,
  onReloadLatest,
}: {
  initial: Values;
  regions: Region[];
  submitLabel: string;
  onSave: (input: TeamInput) => Promise<void>;
  onCancel: () => void;
  /** After a CONFLICT: the latest saved version (saved against from then on). */
  onReloadLatest?: () => Promise<Values>;
}) {
  const { values, set, error, fields, saving, formRef, focusInvalid, submit, reload, reloading } = useRecordForm(initial);
  const [kindError, setKindError] = useState('');

  const save = submit(async () => {
    setKindError('');
    // `kind` is required by the schema: a missing one would be refused before the server's own checks.
    if (!values.kind) {
      setKindError('Choose the kind of team.');
      focusInvalid();
      return;
    }
    await onSave({ name: values.name.trim(), kind: values.kind, regionId: values.regionId, notes: values.notes.trim() || null });
  });

  return (
    <form ref={formRef} className="form" onSubmit={save} noValidate>
      <FormErrorAlert
        error={error}
        what="this team"
        placed={PLACED}
        onReloadLatest={onReloadLatest && (() => reload(onReloadLatest))}
        reloading={reloading}
      />
      <TextField id="team-name" label="Name" required autoComplete="off" value={values.name} onChange={set('name')} error={fields.name} />
      <div className="form-row">
        <SelectField
          id="team-kind"
          label="Kind"
          required
          value={values.kind}
          onChange={set('kind')}
          options={TEAM_KINDS}
          placeholder="Choose a kind"
          error={kindError || fields.kind}
        />
        <SelectField
          id="team-region"
          label="Region"
          required
          value={values.regionId}
          onChange={set('regionId')}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          placeholder={regions.length === 1 ? undefined : 'Choose a region'}
          error={fields.regionId}
        />
      </div>
      <TextAreaField id="team-notes" label="Notes" value={values.notes} onChange={set('notes')} error={fields.notes} />
      <div className="actions form-actions">
        <button type="submit" className="button-primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function TeamNewPage() {
  useTitle('Add a team');
  const navigate = useNavigate();
  const client = useApolloClient();
  const regions = useQuery(REGIONS);
  const [createTeam] = useMutation(CREATE_TEAM);
  if (regions.loading && !regions.data) return <Loading />;
  if (!regions.data) return <QueryError error={regions.error} backTo="/teams" backLabel="Back to Teams" />;
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/teams">Teams</Link>
      </p>
      <h1>Add a team</h1>
      <TeamForm
        initial={toValues(null, regions.data.regions)}
        regions={regions.data.regions}
        submitLabel="Save team"
        onCancel={() => navigate('/teams')}
        onSave={async (input) => {
          const { data } = await createTeam({ variables: { input } });
          if (!data) return;
          client.cache.evict({ fieldName: 'teams' });
          navigate(`/teams/${data.createTeam.id}`);
        }}
      />
    </div>
  );
}

export function TeamEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const regions = useQuery(REGIONS);
  const team = useQuery(TEAM_FOR_EDIT, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateTeam] = useMutation(UPDATE_TEAM);
  const version = useRef<number | null>(null);
  useTitle(team.data ? `Edit ${team.data.team.name}` : 'Edit team');
  if ((team.loading && !team.data) || (regions.loading && !regions.data)) return <Loading />;
  if (!team.data) return <QueryError error={team.error} backTo="/teams" backLabel="Back to Teams" />;
  if (!regions.data) return <QueryError error={regions.error} backTo={`/teams/${id}`} />;
  const t = team.data.team;
  if (version.current === null) version.current = t.version;
  const regionList = regions.data.regions.some((r) => r.id === t.region.id) ? regions.data.regions : [...regions.data.regions, t.region];
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/teams">Teams</Link> / <Link to={`/teams/${t.id}`}>{t.name}</Link>
      </p>
      <h1>Edit {t.name}</h1>
      <TeamForm
        key={t.id}
        initial={toValues(t, regionList)}
        regions={regionList}
        submitLabel="Save changes"
        onCancel={() => navigate(`/teams/${t.id}`)}
        onSave={async (input) => {
          await updateTeam({ variables: { id: t.id, version: version.current ?? t.version, input } });
          client.cache.evict({ fieldName: 'teams' });
          navigate(`/teams/${t.id}`);
        }}
        onReloadLatest={async () => {
          const { data } = await team.refetch();
          if (!data) throw new Error('Could not load the latest version.');
          version.current = data.team.version;
          return toValues(data.team, regionList);
        }}
      />
    </div>
  );
}
