import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { ISSUE_SCOPES, type IssueScope } from '../campaigns/options';
import { ISSUE_OPTIONS } from '../campaigns/queries';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { FormActions, FormErrorAlert, useRecordForm } from '../components/RecordForm';
import { RecordFormFrame, useEditRecord, useNewRecord, type RecordPlace } from '../components/RecordFormPage';
import type { Region } from '../types';
import { CREATE_ISSUE, ISSUE_FOR_EDIT, UPDATE_ISSUE, type IssueEditable, type IssueInput } from './queries';
import { t } from '../i18n/intl';

interface Values {
  name: string;
  scope: IssueScope;
  regionId: string;
  narrowsIssueId: string;
  description: string;
}

const toValues = (i: IssueEditable | null, regions: Region[], narrows = ''): Values => ({
  name: i?.name ?? '',
  scope: i?.scope ?? (narrows ? 'SPECIFIC_ISSUE' : 'BROAD_AREA'),
  regionId: i?.region.id ?? (regions.length === 1 ? regions[0].id : ''),
  narrowsIssueId: i?.narrows?.id ?? narrows,
  description: i?.description ?? '',
});

const PLACED = ['name', 'scope', 'regionId', 'narrowsIssueId', 'description'];

function IssueForm({
  initial,
  regions,
  editingId,
  submitLabel,
  onSave,
  onCancel,
  onReloadLatest,
}: {
  initial: Values;
  regions: Region[];
  editingId?: string;
  submitLabel: string;
  onSave: (input: IssueInput, idempotencyKey: string) => Promise<void>;
  onCancel: () => void;
  /** After a CONFLICT: the latest saved version (saved against from then on). */
  onReloadLatest?: () => Promise<Values>;
}) {
  const { values, setValues, set, error, fields, saving, formRef, submit, reload, reloading } = useRecordForm(initial);
  const areas = useQuery(ISSUE_OPTIONS, { variables: { regionId: values.regionId || null }, skip: !values.regionId });
  const areaOptions = (areas.data?.issues ?? [])
    .filter((i) => i.scope === 'BROAD_AREA' && i.id !== editingId)
    .map((i) => ({ value: i.id, label: i.name }));

  const save = submit((key) =>
    onSave(
      {
        name: values.name.trim(),
        scope: values.scope,
        regionId: values.regionId,
        narrowsIssueId: values.scope === 'SPECIFIC_ISSUE' ? values.narrowsIssueId || null : null,
        description: values.description.trim() || null,
      },
      key,
    ),
  );

  return (
    <form ref={formRef} className="form" onSubmit={save} noValidate>
      <FormErrorAlert
        error={error}
        what="this issue"
        placed={PLACED}
        onReloadLatest={onReloadLatest && (() => reload(onReloadLatest))}
        reloading={reloading}
      />
      <TextField id="issue-name" label={t('admin.name')} required autoComplete="off" value={values.name} onChange={set('name')} error={fields.name} />
      <div className="form-row">
        <SelectField
          id="issue-scope"
          label={t('interactions.kind')}
          required
          hint={t('issues.aBroadProblemAreaOr')}
          value={values.scope}
          onChange={set('scope')}
          options={ISSUE_SCOPES}
          error={fields.scope}
        />
        <SelectField
          id="issue-region"
          label={t('campaigns.region')}
          required
          value={values.regionId}
          onChange={(regionId) => setValues((v) => ({ ...v, regionId, narrowsIssueId: '' }))}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          placeholder={regions.length === 1 ? undefined : t('campaigns.chooseARegion')}
          error={fields.regionId}
        />
      </div>
      {values.scope === 'SPECIFIC_ISSUE' && (
        <SelectField
          id="issue-narrows"
          label={t('issues.narrowsTheBroadArea')}
          hint={t('issues.aSpecificIssueIsPrioritized')}
          value={values.narrowsIssueId}
          onChange={set('narrowsIssueId')}
          options={areaOptions}
          placeholder={t('issues.noBroadArea')}
          error={fields.narrowsIssueId}
        />
      )}
      <TextAreaField id="issue-description" label={t('issues.description')} value={values.description} onChange={set('description')} error={fields.description} />
      <FormActions saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

const ISSUES_PLACE: RecordPlace = { list: '/issues', listLabel: 'Issues', noun: 'issue' };

export function IssueNewPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const [createIssue] = useMutation(CREATE_ISSUE);
  const page = useNewRecord(ISSUES_PLACE, t('issues.addAnIssue'));
  if (!page.ready) return page.placeholder;
  return (
    <RecordFormFrame place={ISSUES_PLACE} title={t('issues.addAnIssue')}>
      <IssueForm
        initial={toValues(null, page.regions, params.get('narrows') ?? '')}
        regions={page.regions}
        submitLabel={t('issues.saveIssue')}
        onCancel={() => navigate('/issues')}
        onSave={async (input, idempotencyKey) => {
          const { data } = await createIssue({ variables: { input, idempotencyKey } });
          if (!data) return;
          client.cache.evict({ fieldName: 'issues' });
          navigate(`/issues/${data.createIssue.id}`);
        }}
      />
    </RecordFormFrame>
  );
}

export function IssueEditPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [updateIssue] = useMutation(UPDATE_ISSUE);
  const page = useEditRecord(ISSUE_FOR_EDIT, (d) => d.issue, ISSUES_PLACE);
  if (!page.ready) return page.placeholder;
  const i = page.record;
  return (
    <RecordFormFrame place={ISSUES_PLACE} record={i} title={t('campaigns.edit', { name: i.name })}>
      <IssueForm
        key={i.id}
        initial={toValues(i, page.regions)}
        regions={page.regions}
        editingId={i.id}
        submitLabel={t('events.saveChanges')}
        onCancel={() => navigate(`/issues/${i.id}`)}
        onSave={async (input) => {
          await updateIssue({ variables: { id: i.id, version: page.version(), input } });
          client.cache.evict({ fieldName: 'issues' });
          navigate(`/issues/${i.id}`);
        }}
        onReloadLatest={async () => toValues(await page.reloadLatest(), page.regions)}
      />
    </RecordFormFrame>
  );
}
