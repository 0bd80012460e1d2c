import { useState } from 'react';
import { FormActions, FormErrorAlert, useRecordForm } from '../components/RecordForm';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../components/Field';
import { LED_BY, ORGANIZATION_TYPES, splitList } from '../lib/format';
import type { LedBy, OrganizationInput, OrganizationType, Region } from '../types';
import type { OrganizationEditable } from './queries';
import { CustomFieldInputs, toCustomFieldFormValues, toCustomFieldInputs, type CustomFieldFormValues } from '../customfields/CustomFieldInputs';
import { t } from '../i18n/intl';

export interface OrganizationFormValues {
  name: string;
  type: OrganizationType | '';
  issueAreas: string;
  ledBy: LedBy[];
  addressLine: string;
  city: string;
  state: string;
  zip: string;
  regionId: string;
  website: string;
  notes: string;
  custom: CustomFieldFormValues;
}

const FORM_FIELDS = ['name', 'type', 'issueAreas', 'ledBy', 'address.line', 'address.city', 'address.state', 'zip', 'regionId', 'website', 'notes'];

export function toOrganizationValues(o: OrganizationEditable | null, regions: Region[]): OrganizationFormValues {
  return {
    name: o?.name ?? '',
    type: o?.type ?? '',
    issueAreas: o?.issueAreas.join(', ') ?? '',
    ledBy: o?.ledBy ?? [],
    addressLine: o?.address?.line ?? '',
    city: o?.address?.city ?? '',
    state: o?.address?.state ?? '',
    zip: o?.zip ?? '',
    regionId: o?.region.id ?? (regions.length === 1 ? regions[0].id : ''),
    website: o?.website ?? '',
    notes: o?.notes ?? '',
    custom: toCustomFieldFormValues(o?.customFields),
  };
}

export function toOrganizationInput(v: OrganizationFormValues): OrganizationInput {
  return {
    name: v.name.trim(),
    type: v.type as OrganizationType,
    issueAreas: splitList(v.issueAreas),
    ledBy: v.ledBy,
    zip: v.zip.trim() || null,
    regionId: v.regionId,
    website: v.website.trim() || null,
    notes: v.notes.trim() || null,
    address: { line: v.addressLine.trim() || null, city: v.city.trim() || null, state: v.state.trim() || null },
    customFields: toCustomFieldInputs(v.custom),
  };
}

export function OrganizationForm({
  initial,
  regions,
  submitLabel,
  onSave,
  onCancel,
  onReloadLatest,
}: {
  initial: OrganizationFormValues;
  regions: Region[];
  submitLabel: string;
  onSave: (input: OrganizationInput, idempotencyKey: string) => Promise<void>;
  onCancel: () => void;
  onReloadLatest?: () => Promise<OrganizationEditable>;
}) {
  const { values, setValues, set, error, setError, fields, saving, formRef, focusInvalid, submit } = useRecordForm(initial);
  const [typeError, setTypeError] = useState('');
  const [reloaded, setReloaded] = useState<OrganizationEditable | null>(null);

  const save = submit(async (key) => {
    setTypeError('');
    // `type` is required by the schema: a missing one would be refused before it reaches the server's checks.
    if (!values.type) {
      setTypeError(t('organizations.chooseTheTypeOfOrganization'));
      focusInvalid();
      return;
    }
    await onSave(toOrganizationInput(values), key);
  });

  return (
    <form ref={formRef} className="form" onSubmit={save} noValidate>
      <FormErrorAlert
        error={error}
        what="this organization"
        placed={[...FORM_FIELDS, ...Object.keys(values.custom).map((k) => `customFields.${k}`)]}
        onReloadLatest={
          onReloadLatest &&
          (() => {
            onReloadLatest()
              .then((latest) => {
                setReloaded(latest);
                setError(null);
              })
              .catch(setError);
          })
        }
      />
      {reloaded && (
        <section className="latest" aria-labelledby="latest-h">
          <h2 id="latest-h">{t('organizations.theirLatestVersionIsLoaded')}</h2>
          <p className="small">
            {t('organizations.savedBySomeoneElseSaving', { name: reloaded.name })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setValues(toOrganizationValues(reloaded, regions));
                setReloaded(null);
              }}
            >
              {t('organizations.useTheirVersion')}
            </button>
            <button type="button" className="button-quiet" onClick={() => setReloaded(null)}>
              {t('organizations.keepMyChanges')}
            </button>
          </div>
        </section>
      )}
      <TextField id="org-name" label={t('admin.name')} required autoComplete="off" value={values.name} onChange={set('name')} error={fields.name} />
      <div className="form-row">
        <SelectField
          id="org-type"
          label={t('customfields.type')}
          required
          value={values.type}
          onChange={set('type')}
          options={ORGANIZATION_TYPES}
          placeholder={t('organizations.chooseAType')}
          error={typeError || fields.type}
        />
        <SelectField
          id="org-region"
          label={t('campaigns.region')}
          required
          value={values.regionId}
          onChange={set('regionId')}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          placeholder={regions.length === 1 ? undefined : t('campaigns.chooseARegion')}
          error={fields.regionId}
        />
      </div>
      <TextField
        id="org-issue-areas"
        label={t('dedupe.issueAreas')}
        hint={t('organizations.separateWithCommasForExample')}
        autoComplete="off"
        value={values.issueAreas}
        onChange={set('issueAreas')}
        error={fields.issueAreas}
      />
      <CheckboxGroup id="org-led-by" legend={t('dedupe.ledBy')} options={LED_BY} value={values.ledBy} onChange={set('ledBy')} error={fields.ledBy} />
      <TextField id="org-address-line" label={t('organizations.streetAddress')} autoComplete="off" value={values.addressLine} onChange={set('addressLine')} error={fields['address.line']} />
      <div className="form-row">
        <TextField id="org-city" label={t('organizations.city')} autoComplete="off" value={values.city} onChange={set('city')} error={fields['address.city']} />
        <TextField id="org-state" label={t('organizations.state')} autoComplete="off" value={values.state} onChange={set('state')} error={fields['address.state']} />
      </div>
      <div className="form-row">
        <TextField id="org-zip" label={t('events.zipCode')} inputMode="numeric" autoComplete="off" value={values.zip} onChange={set('zip')} error={fields.zip} />
        <TextField
          id="org-website"
          label={t('dedupe.website')}
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder={t('organizations.exampleOrg')}
          value={values.website}
          onChange={set('website')}
          error={fields.website}
        />
      </div>
      <TextAreaField id="org-notes" label={t('dedupe.notes')} value={values.notes} onChange={set('notes')} error={fields.notes} />

      <CustomFieldInputs entity="ORGANIZATION" regionId={values.regionId} idPrefix="org" values={values.custom} onChange={set('custom')} errors={fields} />
      <FormActions saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
