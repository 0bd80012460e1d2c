import { useQuery } from '@apollo/client/react';
import { CheckboxGroup, SelectField, TextField } from '../components/Field';
import { FIELD_DEFINITIONS, type CustomFieldInput, type CustomFieldValue, type FieldDefinition, type FieldEntity } from './queries';
import { t } from '../i18n/intl';

/** What a form holds per custom field key: one value as text, or the choices made. */
export type CustomFieldFormValues = Record<string, string | string[]>;

export function toCustomFieldFormValues(values: readonly CustomFieldValue[] | undefined): CustomFieldFormValues {
  return Object.fromEntries((values ?? []).map((v) => [v.key, v.type === 'SEVERAL_CHOICES' ? v.values : (v.value ?? '')]));
}

/** Every value the form holds: an empty one clears the field on the server. */
export function toCustomFieldInputs(values: CustomFieldFormValues): CustomFieldInput[] {
  return Object.entries(values).map(([key, v]) => (Array.isArray(v) ? { key, values: v } : { key, value: v.trim() || null }));
}

/** The form fields an input for this custom field is, by its type. */
export function CustomFieldInputsView({
  definitions,
  idPrefix,
  values,
  onChange,
  errors,
}: {
  definitions: readonly FieldDefinition[];
  idPrefix: string;
  values: CustomFieldFormValues;
  onChange: (values: CustomFieldFormValues) => void;
  /** The server's field messages, by `customFields.<key>`. */
  errors: Record<string, string>;
}) {
  if (!definitions.length) return null;
  const set = (key: string) => (v: string | string[]) => onChange({ ...values, [key]: v });
  return (
    <fieldset className="custom-fields">
      <legend>{t('customfields.moreAboutThem')}</legend>
      {definitions.map((d) => {
        const id = `${idPrefix}-custom-${d.key}`;
        const error = errors[`customFields.${d.key}`];
        const value = values[d.key];
        const text = typeof value === 'string' ? value : '';
        switch (d.type) {
          case 'SEVERAL_CHOICES':
            return (
              <CheckboxGroup
                key={d.key}
                id={id}
                legend={d.label}
                options={d.choices.map((c) => ({ value: c, label: c }))}
                value={Array.isArray(value) ? value : []}
                onChange={set(d.key)}
                error={error}
              />
            );
          case 'ONE_CHOICE':
            return (
              <SelectField
                key={d.key}
                id={id}
                label={d.label}
                value={text}
                onChange={set(d.key)}
                options={d.choices.map((c) => ({ value: c, label: c }))}
                placeholder={t('common.symbol')}
                error={error}
              />
            );
          default:
            return (
              <TextField
                key={d.key}
                id={id}
                label={d.label}
                type={d.type === 'DATE' ? 'date' : 'text'}
                inputMode={d.type === 'NUMBER' ? 'decimal' : undefined}
                autoComplete="off"
                value={text}
                onChange={set(d.key)}
                error={error}
              />
            );
        }
      })}
    </fieldset>
  );
}

/** The custom fields a record in `regionId` has (coalition-wide and the region's own), as form fields. */
export function CustomFieldInputs(props: {
  entity: FieldEntity;
  regionId: string;
  idPrefix: string;
  values: CustomFieldFormValues;
  onChange: (values: CustomFieldFormValues) => void;
  errors: Record<string, string>;
}) {
  const { entity, regionId, ...rest } = props;
  const { data } = useQuery(FIELD_DEFINITIONS, { variables: { entity, regionId: regionId || null } });
  return <CustomFieldInputsView definitions={data?.fieldDefinitions ?? []} {...rest} />;
}

/** A record page's custom fields, label and value. */
export function CustomFieldDetails({ values }: { values: readonly CustomFieldValue[] }) {
  if (!values.length) return null;
  return (
    <>
      {values.map((v) => {
        const shown = v.type === 'SEVERAL_CHOICES' ? v.values.join(', ') : (v.value ?? '');
        return (
          <div key={v.key} className="details-pair">
            <dt>{v.label}</dt>
            <dd>{shown || <span className="muted">{t('common.symbol')}</span>}</dd>
          </div>
        );
      })}
    </>
  );
}
