import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { TEAM_KINDS, type TeamKind } from '../campaigns/options';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { FormActions, FormErrorAlert, useRecordForm } from '../components/RecordForm';
import { RecordFormFrame, useEditRecord, useNewRecord, type RecordPlace } from '../components/RecordFormPage';
import type { Region } from '../types';
import { CREATE_TEAM, TEAM_FOR_EDIT, UPDATE_TEAM, type TeamEditable, type TeamInput } from './queries';
import { t as tr } from '../i18n/intl';

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
  onSave: (input: TeamInput, idempotencyKey: string) => Promise<void>;
  onCancel: () => void;
  /** After a CONFLICT: the latest saved version (saved against from then on). */
  onReloadLatest?: () => Promise<Values>;
}) {
  const { values, set, error, fields, saving, formRef, focusInvalid, submit, reload, reloading } = useRecordForm(initial);
  const [kindError, setKindError] = useState('');

  const save = submit(async (key) => {
    setKindError('');
    // `kind` is required by the schema: a missing one would be refused before the server's own checks.
    if (!values.kind) {
      setKindError(tr('teams.chooseTheKindOfTeam'));
      focusInvalid();
      return;
    }
    await onSave({ name: values.name.trim(), kind: values.kind, regionId: values.regionId, notes: values.notes.trim() || null }, key);
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
      <TextField id="team-name" label={tr('admin.name')} required autoComplete="off" value={values.name} onChange={set('name')} error={fields.name} />
      <div className="form-row">
        <SelectField
          id="team-kind"
          label={tr('interactions.kind')}
          required
          value={values.kind}
          onChange={set('kind')}
          options={TEAM_KINDS}
          placeholder={tr('teams.chooseAKind')}
          error={kindError || fields.kind}
        />
        <SelectField
          id="team-region"
          label={tr('campaigns.region')}
          required
          value={values.regionId}
          onChange={set('regionId')}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          placeholder={regions.length === 1 ? undefined : tr('campaigns.chooseARegion')}
          error={fields.regionId}
        />
      </div>
      <TextAreaField id="team-notes" label={tr('dedupe.notes')} value={values.notes} onChange={set('notes')} error={fields.notes} />
      <FormActions saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

const TEAMS_PLACE: RecordPlace = { list: '/teams', listLabel: 'Teams', noun: 'team' };

export function TeamNewPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [createTeam] = useMutation(CREATE_TEAM);
  const page = useNewRecord(TEAMS_PLACE, tr('teams.addATeam'));
  if (!page.ready) return page.placeholder;
  return (
    <RecordFormFrame place={TEAMS_PLACE} title={tr('teams.addATeam')}>
      <TeamForm
        initial={toValues(null, page.regions)}
        regions={page.regions}
        submitLabel={tr('teams.saveTeam')}
        onCancel={() => navigate('/teams')}
        onSave={async (input, idempotencyKey) => {
          const { data } = await createTeam({ variables: { input, idempotencyKey } });
          if (!data) return;
          client.cache.evict({ fieldName: 'teams' });
          navigate(`/teams/${data.createTeam.id}`);
        }}
      />
    </RecordFormFrame>
  );
}

export function TeamEditPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [updateTeam] = useMutation(UPDATE_TEAM);
  const page = useEditRecord(TEAM_FOR_EDIT, (d) => d.team, TEAMS_PLACE);
  if (!page.ready) return page.placeholder;
  const t = page.record;
  return (
    <RecordFormFrame place={TEAMS_PLACE} record={t} title={tr('campaigns.edit', { name: t.name })}>
      <TeamForm
        key={t.id}
        initial={toValues(t, page.regions)}
        regions={page.regions}
        submitLabel={tr('events.saveChanges')}
        onCancel={() => navigate(`/teams/${t.id}`)}
        onSave={async (input) => {
          await updateTeam({ variables: { id: t.id, version: page.version(), input } });
          client.cache.evict({ fieldName: 'teams' });
          navigate(`/teams/${t.id}`);
        }}
        onReloadLatest={async () => toValues(await page.reloadLatest(), page.regions)}
      />
    </RecordFormFrame>
  );
}
