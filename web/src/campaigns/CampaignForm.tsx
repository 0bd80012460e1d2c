import { useQuery } from '@apollo/client/react';
import { Alert } from '../components/Alert';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { FormActions, FormErrorAlert, useRecordForm } from '../components/RecordForm';
import { labelOf } from '../lib/format';
import { ORGANIZATIONS_SEARCH, PEOPLE_SEARCH } from '../people/queries';
import type { Region } from '../types';
import { ISSUE_SCOPES, TEAM_KINDS } from './options';
import { ISSUE_OPTIONS, TEAM_OPTIONS, type CampaignDetail, type CampaignInput } from './queries';
import { t } from '../i18n/intl';

export interface CampaignFormValues {
  name: string;
  regionId: string;
  issueId: string;
  targetKind: 'PERSON' | 'ORGANIZATION';
  targetPerson: Pickable | null;
  targetOrganization: Pickable | null;
  proposingTeamId: string;
  theoryOfChange: string;
  actionProposal: string;
}

type Plan = Pick<
  CampaignDetail,
  'name' | 'region' | 'issue' | 'targetPerson' | 'targetOrganization' | 'proposingTeam' | 'theoryOfChange' | 'actionProposal'
>;

const FORM_FIELDS = [
  'name',
  'regionId',
  'issueId',
  'targetPersonId',
  'targetOrganizationId',
  'proposingTeamId',
  'theoryOfChange',
  'actionProposal',
];

export function toCampaignValues(c: Plan | null, regions: Region[]): CampaignFormValues {
  return {
    name: c?.name ?? '',
    regionId: c?.region.id ?? (regions.length === 1 ? regions[0].id : ''),
    issueId: c?.issue?.id ?? '',
    targetKind: c?.targetOrganization ? 'ORGANIZATION' : 'PERSON',
    targetPerson: c?.targetPerson ?? null,
    targetOrganization: c?.targetOrganization ?? null,
    proposingTeamId: c?.proposingTeam?.id ?? '',
    theoryOfChange: c?.theoryOfChange ?? '',
    actionProposal: c?.actionProposal ?? '',
  };
}

export function toCampaignInput(v: CampaignFormValues): CampaignInput {
  return {
    name: v.name.trim(),
    regionId: v.regionId,
    issueId: v.issueId || null,
    targetPersonId: v.targetKind === 'PERSON' ? (v.targetPerson?.id ?? null) : null,
    targetOrganizationId: v.targetKind === 'ORGANIZATION' ? (v.targetOrganization?.id ?? null) : null,
    proposingTeamId: v.proposingTeamId || null,
    theoryOfChange: v.theoryOfChange.trim() || null,
    actionProposal: v.actionProposal.trim() || null,
  };
}

/**
 * A campaign's plan (seed 000): the issue, a specific target, the theory of change, the action proposal, and
 * the issue action team proposing it. Each of the server's messages shows beside its field.
 */
export function CampaignForm({
  initial,
  regions,
  submitLabel,
  notice,
  planLocked = false,
  onSave,
  onCancel,
  onReloadLatest,
}: {
  initial: CampaignFormValues;
  regions: Region[];
  submitLabel: string;
  notice?: string;
  /** A mobilizing campaign: its region, issue, target, theory of change and action proposal cannot change. */
  planLocked?: boolean;
  onSave: (input: CampaignInput, idempotencyKey: string) => Promise<void>;
  onCancel: () => void;
  onReloadLatest?: () => Promise<CampaignFormValues>;
}) {
  const { values, setValues, set, error, fields, saving, formRef, submit, reload, reloading } = useRecordForm(initial);
  const issues = useQuery(ISSUE_OPTIONS, { variables: { regionId: values.regionId || null }, skip: !values.regionId });
  const teams = useQuery(TEAM_OPTIONS, { variables: { regionId: values.regionId || null }, skip: !values.regionId });
  const issueOptions = (issues.data?.issues ?? []).map((i) => ({
    value: i.id,
    label: t('campaigns.issueOption', { name: i.name, scope: labelOf(ISSUE_SCOPES, i.scope).toLocaleLowerCase(), prioritized: i.prioritized ? 'yes' : 'no' }),
  }));
  const teamOptions = (teams.data?.teams ?? []).map((t) => ({
    value: t.id,
    label: `${t.name} (${labelOf(TEAM_KINDS, t.kind).toLowerCase()})`,
  }));
  const chosenIssue = issues.data?.issues.find((i) => i.id === values.issueId);

  const save = submit((key) => onSave(toCampaignInput(values), key));

  return (
    <form ref={formRef} className="form" onSubmit={save} noValidate>
      {notice && <Alert kind="info">{notice}</Alert>}
      <FormErrorAlert
        error={error}
        what="this campaign"
        placed={FORM_FIELDS}
        onReloadLatest={onReloadLatest && (() => reload(onReloadLatest))}
        reloading={reloading}
        reloadLabel="Load their latest version (replaces your changes)"
      />
      <TextField
        id="campaign-name"
        label={t('admin.name')}
        required
        autoComplete="off"
        value={values.name}
        onChange={set('name')}
        error={fields.name}
      />
      <fieldset className="plan-fields" disabled={planLocked}>
        <SelectField
          id="campaign-region"
          label={t('campaigns.region')}
          required
          value={values.regionId}
          onChange={(regionId) => setValues((v) => ({ ...v, regionId, issueId: '', proposingTeamId: '' }))}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          placeholder={regions.length === 1 ? undefined : t('campaigns.chooseARegion')}
          error={fields.regionId}
        />
        <SelectField
          id="campaign-issue"
          label={t('campaigns.issue')}
          hint={
            chosenIssue && !chosenIssue.prioritized
              ? t('campaigns.noIssueAssemblyHasPrioritized')
              : t('campaigns.aSpecificImmediateWinnableIssue')
          }
          value={values.issueId}
          onChange={set('issueId')}
          options={issueOptions}
          placeholder={values.regionId ? t('campaigns.noIssueYet') : t('campaigns.chooseARegionFirst')}
          error={fields.issueId}
        />
        <fieldset className="field">
          <legend>{t('kind.target')}</legend>
          <p className="field-hint">{t('campaigns.theDecisionMakerWhoCan')}</p>
          <div className="checkboxes" role="radiogroup" aria-label={t('campaigns.kindOfTarget')}>
            <label className="checkbox">
              <input
                type="radio"
                name="target-kind"
                value="PERSON"
                checked={values.targetKind === 'PERSON'}
                onChange={() => set('targetKind')('PERSON')}
              />
              {t('campaigns.aPerson')}
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name="target-kind"
                value="ORGANIZATION"
                checked={values.targetKind === 'ORGANIZATION'}
                onChange={() => set('targetKind')('ORGANIZATION')}
              />
              {t('campaigns.anOrganization')}
            </label>
          </div>
          {values.targetKind === 'PERSON' ? (
            <RecordPicker
              id="campaign-target-person"
              label={t('campaigns.targetPerson')}
              query={PEOPLE_SEARCH}
              nodesOf={(d) => d.people.nodes}
              value={values.targetPerson}
              onChange={set('targetPerson')}
              error={fields.targetPersonId}
            />
          ) : (
            <RecordPicker
              id="campaign-target-organization"
              label={t('campaigns.targetOrganization')}
              query={ORGANIZATIONS_SEARCH}
              nodesOf={(d) => d.organizations.nodes}
              value={values.targetOrganization}
              onChange={set('targetOrganization')}
              error={fields.targetOrganizationId}
            />
          )}
        </fieldset>
        <TextAreaField
          id="campaign-theory"
          label={t('campaigns.theoryOfChange')}
          hint={t('campaigns.howOrganizedPeopleInThe')}
          value={values.theoryOfChange}
          onChange={set('theoryOfChange')}
          error={fields.theoryOfChange}
        />
        <TextAreaField
          id="campaign-proposal"
          label={t('campaigns.actionProposal')}
          hint={t('campaigns.whatTheIssueActionTeam')}
          value={values.actionProposal}
          onChange={set('actionProposal')}
          error={fields.actionProposal}
        />
      </fieldset>
      <SelectField
        id="campaign-team"
        label={t('campaigns.proposingTeam')}
        hint={t('campaigns.usuallyTheIssueActionTeam')}
        value={values.proposingTeamId}
        onChange={set('proposingTeamId')}
        options={teamOptions}
        placeholder={values.regionId ? t('campaigns.noTeam') : t('campaigns.chooseARegionFirst')}
        error={fields.proposingTeamId}
      />
      <FormActions saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
