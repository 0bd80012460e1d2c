import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useMe } from '../auth/MeContext';
import { Alert } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { errorMessage, fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import {
  DEFINE_FIELD, FIELD_DEFINITIONS, FIELD_TYPE_LABELS, REMOVE_FIELD,
  type FieldDefinition, type FieldEntity, type FieldType,
} from './queries';
import { t } from '../i18n/intl';

const ENTITIES: ReadonlyArray<{ value: FieldEntity; label: string }> = [
  { value: 'PERSON', get label() {
    return t('nav.people');
  } },
  { value: 'ORGANIZATION', get label() {
    return t('nav.organizations');
  } },
];
const TYPES = (Object.keys(FIELD_TYPE_LABELS) as FieldType[]).map((t) => ({ value: t, label: FIELD_TYPE_LABELS[t] }));
const ALL_REGIONS = 'all';

/** "Shirt size" → shirt_size: the key imports, exports and filters use, suggested from the label. */
export function keyFromLabel(label: string): string {
  const k = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return (/^[a-z]/.test(k) ? k : `field_${k}`).slice(0, 40).replace(/_+$/, '');
}

/** The Admin page's custom fields: those defined for people and for organizations, a form to define one, removal. */
export function FieldDefinitionsSection() {
  const me = useMe();
  const people = useQuery(FIELD_DEFINITIONS, { variables: { entity: 'PERSON' } });
  const orgs = useQuery(FIELD_DEFINITIONS, { variables: { entity: 'ORGANIZATION' } });
  const regionName = (id: string | null) => (id ? (me.regions.find((r) => r.id === id)?.name ?? t('customfields.oneRegion')) : t('customfields.wholeCoalition'));
  const list = (defs: readonly FieldDefinition[] | undefined, entity: string) => (
    <>
      <h3>{entity}</h3>
      {defs && defs.length === 0 && <p className="muted">{t('customfields.noCustomFieldsYet')}</p>}
      <ul className="rows">
        {(defs ?? []).map((d) => (
          <li key={d.id} className="row">
            <span>
              <strong>{d.label}</strong> <code>{d.key}</code>{' '}{t('common.symbol11', { type: FIELD_TYPE_LABELS[d.type] })}
              {d.choices.length > 0 && ' ' + t('common.inParens', { value: d.choices.join(', ') })}{' '}{t('common.symbol12', { regionId: regionName(d.regionId) })}
            </span>
            <RemoveField field={d} />
          </li>
        ))}
      </ul>
    </>
  );
  const error = people.error ?? orgs.error;
  return (
    <section className="card card-wide" aria-labelledby="fields-h">
      <h2 id="fields-h">{t('customfields.customFields')}</h2>
      <p className="small">
        {t('customfields.fieldsYouAddHereShow')}
      </p>
      {error && <Alert>{errorMessage(error)}</Alert>}
      {list(people.data?.fieldDefinitions, 'People')}
      {list(orgs.data?.fieldDefinitions, 'Organizations')}
      <DefineFieldForm />
    </section>
  );
}

function RemoveField({ field }: { field: FieldDefinition }) {
  // A removed field leaves every list of fields that held it (lists drop references to evicted records).
  const [removeField, { loading }] = useMutation(REMOVE_FIELD, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'FieldDefinition', id: field.id }) });
      cache.gc();
    },
  });
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <ConfirmButton
        label={t('customfields.remove', { label: field.label })}
        question={t('customfields.removeTheFieldRecordsKeep', { label: field.label, key: field.key })}
        confirmLabel={t('customfields.removeField')}
        busy={loading}
        onConfirm={async () => {
          setError(null);
          try {
            await removeField({ variables: { id: field.id } });
          } catch (e) {
            setError(e);
          }
        }}
      />
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </>
  );
}

function DefineFieldForm() {
  const me = useMe();
  // The answer is the new field: it joins the list of its entity that this page shows (every field an admin
  // defines is in their regions), last, as the server gives it the next position.
  const [defineField, { loading }] = useMutation(DEFINE_FIELD, {
    update(cache, { data }) {
      const field = data?.defineField;
      if (!field) return;
      cache.updateQuery({ query: FIELD_DEFINITIONS, variables: { entity: field.entity } }, (list) =>
        list && !list.fieldDefinitions.some((d) => d.id === field.id) ? { fieldDefinitions: [...list.fieldDefinitions, field] } : list,
      );
    },
  });
  const [entity, setEntity] = useState<FieldEntity>('PERSON');
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  const [keyTouched, setKeyTouched] = useState(false);
  const [type, setType] = useState<FieldType>('TEXT');
  const [choices, setChoices] = useState('');
  const [region, setRegion] = useState(me.allRegions ? ALL_REGIONS : (me.regions[0]?.id ?? ''));
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);
  const hasChoices = type === 'ONE_CHOICE' || type === 'SEVERAL_CHOICES';
  const regions = [...(me.allRegions ? [{ value: ALL_REGIONS, label: t('customfields.wholeCoalition') }] : []), ...me.regions.map((r) => ({ value: r.id, label: r.name }))];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setDone('');
    const input = {
      entity,
      key: (keyTouched ? key : keyFromLabel(label)).trim(),
      label: label.trim(),
      type,
      choices: hasChoices ? choices.split('\n').map((c) => c.trim()).filter(Boolean) : [],
      regionId: region === ALL_REGIONS ? null : region,
    };
    try {
      const { data } = await defineField({ variables: { input } });
      if (data) setDone(t('customfields.addedTheField', { label: data.defineField.label }));
      setLabel('');
      setKey('');
      setKeyTouched(false);
      setChoices('');
    } catch (err) {
      setError(err);
      focusInvalid();
    }
  }

  const placed = ['entity', 'label', 'key', 'type', 'choices', 'regionId'];
  const unplaced = error !== null && !placed.some((f) => fields[f]);
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={t('customfields.addACustomField')}>
      <h3>{t('customfields.addAField')}</h3>
      {unplaced && <Alert>{saveErrorMessage(error)}</Alert>}
      {done && <Alert kind="success">{done}</Alert>}
      <div className="form-row">
        <SelectField id="field-entity" label={t('customfields.for')} value={entity} onChange={setEntity} options={ENTITIES} error={fields.entity} />
        <SelectField id="field-region" label={t('customfields.where')} value={region} onChange={setRegion} options={regions} error={fields.regionId} />
      </div>
      <div className="form-row">
        <TextField id="field-label" label={t('customfields.label')} required autoComplete="off" value={label} onChange={setLabel} error={fields.label} />
        <TextField
          id="field-key"
          label={t('customfields.key')}
          hint={t('customfields.usedInImportsExportsAnd')}
          autoComplete="off"
          value={keyTouched ? key : keyFromLabel(label)}
          onChange={(v) => {
            setKeyTouched(true);
            setKey(v);
          }}
          error={fields.key}
        />
      </div>
      <SelectField id="field-type" label={t('customfields.type')} value={type} onChange={setType} options={TYPES} error={fields.type} />
      {hasChoices && (
        <TextAreaField id="field-choices" label={t('customfields.choices')} hint={t('customfields.oneChoicePerLine')} value={choices} onChange={setChoices} error={fields.choices} />
      )}
      <div className="actions">
        <button type="submit" className="button-secondary" disabled={loading}>
          {loading ? t('admin.adding') : t('customfields.addField')}
        </button>
      </div>
    </form>
  );
}
