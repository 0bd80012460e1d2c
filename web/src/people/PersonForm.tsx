import { useState } from 'react';
import { FormActions, FormErrorAlert, useRecordForm } from '../components/RecordForm';
import { CheckboxGroup, MultiValueField, SelectField, TextAreaField, TextField } from '../components/Field';
import { PERSON_KINDS, kindLabel, splitList } from '../lib/format';
import type { PersonInput, PersonKind, Region } from '../types';
import type { PersonEditable } from './queries';
import { CustomFieldInputs, toCustomFieldFormValues, toCustomFieldInputs, type CustomFieldFormValues } from '../customfields/CustomFieldInputs';
import { t } from '../i18n/intl';

export interface PersonFormValues {
  name: string;
  emails: string[];
  phones: string[];
  addressLine: string;
  city: string;
  state: string;
  zip: string;
  regionId: string;
  kinds: PersonKind[];
  tags: string;
  notes: string;
  custom: CustomFieldFormValues;
}

/** The fields this form shows; any other field the server names goes into the message at the top. */
const FORM_FIELDS = ['name', 'emails', 'phones', 'address', 'address.line', 'address.city', 'address.state', 'zip', 'regionId', 'kinds', 'tags', 'notes'];

export function toFormValues(p: PersonEditable | null, regions: Region[]): PersonFormValues {
  return {
    name: p?.name ?? '',
    emails: p?.emails ?? [],
    phones: p?.phones ?? [],
    addressLine: p?.address?.line ?? '',
    city: p?.address?.city ?? '',
    state: p?.address?.state ?? '',
    zip: p?.zip ?? '',
    regionId: p?.region.id ?? (regions.length === 1 ? regions[0].id : ''),
    kinds: p?.kinds ?? [],
    tags: p?.tags.join(', ') ?? '',
    notes: p?.notes ?? '',
    custom: toCustomFieldFormValues(p?.customFields),
  };
}

/** The whole record as the user saw and changed it; contact details left out when hidden (the server keeps them). */
export function toPersonInput(v: PersonFormValues, contactHidden: boolean): PersonInput {
  const clean = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);
  return {
    name: v.name.trim(),
    ...(contactHidden
      ? {}
      : {
          emails: clean(v.emails),
          phones: clean(v.phones),
          address: { line: v.addressLine.trim() || null, city: v.city.trim() || null, state: v.state.trim() || null },
        }),
    zip: v.zip.trim() || null,
    regionId: v.regionId,
    kinds: v.kinds,
    tags: splitList(v.tags),
    notes: v.notes.trim() || null,
    customFields: toCustomFieldInputs(v.custom),
  };
}

export function PersonForm({
  initial,
  regions,
  contactHidden = false,
  submitLabel,
  onSave,
  onCancel,
  onReloadLatest,
}: {
  initial: PersonFormValues;
  regions: Region[];
  contactHidden?: boolean;
  submitLabel: string;
  /** Saves; throws the API error when refused. */
  onSave: (input: PersonInput, idempotencyKey: string) => Promise<void>;
  onCancel: () => void;
  /** After a CONFLICT: load the latest saved version (and save against it from now on). */
  onReloadLatest?: () => Promise<PersonEditable>;
}) {
  const { values, setValues, set, error, setError, fields, saving, formRef, submit } = useRecordForm(initial);
  const [latest, setLatest] = useState<PersonEditable | null>(null);
  const [reloading, setReloading] = useState(false);

  const save = submit((key) => onSave(toPersonInput(values, contactHidden), key));

  function reload() {
    if (!onReloadLatest) return;
    setReloading(true);
    onReloadLatest()
      .then((l) => {
        setLatest(l);
        setError(null);
      })
      .catch(setError)
      .finally(() => setReloading(false));
  }

  return (
    <form ref={formRef} className="form" onSubmit={save} noValidate>
      <FormErrorAlert
        error={error}
        what="this person"
        placed={[...FORM_FIELDS, ...Object.keys(values.custom).map((k) => `customFields.${k}`)]}
        onReloadLatest={onReloadLatest && reload}
        reloading={reloading}
      />
      {latest && (
        <LatestVersion
          latest={latest}
          onUseTheirs={() => {
            setValues(toFormValues(latest, regions));
            setLatest(null);
          }}
          onKeepMine={() => setLatest(null)}
        />
      )}

      <TextField id="person-name" label={t('admin.name')} required autoComplete="off" value={values.name} onChange={set('name')} error={fields.name} />

      {contactHidden ? (
        <p className="hidden-note">
          <strong>{t('people.contactDetailsHidden')}</strong>{' '}{t('people.youCannotSeeOrChange')}
        </p>
      ) : (
        <>
          <MultiValueField
            id="person-emails"
            legend={t('dedupe.emails')}
            itemLabel="Email"
            addLabel="Add another email"
            type="email"
            inputMode="email"
            autoComplete="off"
            values={values.emails}
            onChange={set('emails')}
            error={fields.emails}
          />
          <MultiValueField
            id="person-phones"
            legend={t('dedupe.phones')}
            itemLabel="Phone"
            addLabel="Add another phone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            values={values.phones}
            onChange={set('phones')}
            error={fields.phones}
          />
          <TextField
            id="person-address-line"
            label={t('organizations.streetAddress')}
            autoComplete="off"
            value={values.addressLine}
            onChange={set('addressLine')}
            error={fields['address.line'] ?? fields.address}
          />
          <div className="form-row">
            <TextField id="person-city" label={t('organizations.city')} autoComplete="off" value={values.city} onChange={set('city')} error={fields['address.city']} />
            <TextField id="person-state" label={t('organizations.state')} autoComplete="off" value={values.state} onChange={set('state')} error={fields['address.state']} />
          </div>
        </>
      )}

      <div className="form-row">
        <TextField
          id="person-zip"
          label={t('events.zipCode')}
          inputMode="numeric"
          autoComplete="off"
          value={values.zip}
          onChange={set('zip')}
          error={fields.zip}
        />
        <SelectField
          id="person-region"
          label={t('campaigns.region')}
          required
          value={values.regionId}
          onChange={set('regionId')}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          placeholder={regions.length === 1 ? undefined : t('campaigns.chooseARegion')}
          error={fields.regionId}
        />
      </div>

      <CheckboxGroup
        id="person-kinds"
        legend={t('dedupe.kinds')}
        options={PERSON_KINDS}
        value={values.kinds}
        onChange={set('kinds')}
        error={fields.kinds}
      />

      <TextField
        id="person-tags"
        label={t('dedupe.tags')}
        hint={t('people.separateTagsWithCommasFor')}
        autoComplete="off"
        value={values.tags}
        onChange={set('tags')}
        error={fields.tags}
      />

      <TextAreaField id="person-notes" label={t('dedupe.notes')} value={values.notes} onChange={set('notes')} error={fields.notes} />

      <CustomFieldInputs
        entity="PERSON"
        regionId={values.regionId}
        idPrefix="person"
        values={values.custom}
        onChange={set('custom')}
        errors={fields}
      />

      <FormActions saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

/** What the other person saved, beside the user's own typed values. */
function LatestVersion({
  latest,
  onUseTheirs,
  onKeepMine,
}: {
  latest: PersonEditable;
  onUseTheirs: () => void;
  onKeepMine: () => void;
}) {
  const rows: Array<[string, string]> = [
    [t('admin.name'), latest.name],
    ...(latest.contactHidden
      ? []
      : ([
          [t('dedupe.emails'), (latest.emails ?? []).join(', ')],
          [t('dedupe.phones'), (latest.phones ?? []).join(', ')],
        ] as Array<[string, string]>)),
    [t('events.zipCode'), latest.zip ?? ''],
    [t('campaigns.region'), latest.region.name],
    [t('dedupe.kinds'), latest.kinds.map(kindLabel).join(', ')],
    [t('dedupe.tags'), latest.tags.join(', ')],
    [t('dedupe.notes'), latest.notes ?? ''],
  ];
  return (
    <section className="latest" aria-labelledby="latest-h" role="region">
      <h2 id="latest-h">{t('people.theirLatestVersion')}</h2>
      <p className="small">
        {t('people.compareWithYourChangesBelow')}
      </p>
      <dl className="details">
        {rows.map(([k, v]) => (
          <div key={k} className="details-pair">
            <dt>{k}</dt>
            <dd>{v || <span className="muted">{t('common.symbol')}</span>}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={onUseTheirs}>
          {t('organizations.useTheirVersion')}
        </button>
        <button type="button" className="button-quiet" onClick={onKeepMine}>
          {t('organizations.keepMyChanges')}
        </button>
      </div>
    </section>
  );
}
