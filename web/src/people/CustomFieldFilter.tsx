import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../components/Alert';
import { FIELD_DEFINITIONS } from '../customfields/queries';
import { errorMessage } from '../lib/errors';
import type { CustomFieldCondition } from './peopleFilter';
import { t } from '../i18n/intl';

/**
 * Custom field conditions of a list: those applied, each removable, and a field and value to add. Choice fields
 * offer their choices; the others take text (a date as YYYY-MM-DD, a number as typed).
 */
export function CustomFieldFilter({
  entity,
  value,
  onChange,
}: {
  entity: 'PERSON' | 'ORGANIZATION';
  value: readonly CustomFieldCondition[];
  onChange: (next: CustomFieldCondition[]) => void;
}) {
  const definitions = useQuery(FIELD_DEFINITIONS, { variables: { entity } });
  const [key, setKey] = useState('');
  const [text, setText] = useState('');
  const fields = definitions.data?.fieldDefinitions ?? [];
  if (definitions.error) return <Alert>{errorMessage(definitions.error)}</Alert>;
  if (!fields.length && !value.length) return null;
  const field = fields.find((f) => f.key === key);
  const labelOf = (k: string) => fields.find((f) => f.key === k)?.label ?? k;
  const id = `${entity.toLowerCase()}-custom-field`;

  return (
    <fieldset className="custom-field-filter">
      <legend>{t('customfields.customFields')}</legend>
      {value.map((c) => (
        <span key={`${c.key}:${c.value}`} className="chip">
          {t('common.symbol61', { key: labelOf(c.key), value: c.value })}{' '}
          <button
            type="button"
            className="button-quiet"
            aria-label={t('people.removeTheFilter', { key: labelOf(c.key), value: c.value })}
            onClick={() => onChange(value.filter((x) => x !== c))}
          >
            {t('common.symbol36')}
          </button>
        </span>
      ))}
      <div className="field">
        <label htmlFor={id}>{t('dedupe.field')}</label>
        <select
          id={id}
          value={key}
          onChange={(e) => {
            setKey(e.target.value);
            setText('');
          }}
        >
          <option value="">{t('people.chooseAField')}</option>
          {fields.map((f) => (
            <option key={f.id} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      {field && (
        <div className="field">
          <label htmlFor={`${id}-value`}>{t('people.value')}</label>
          {field.choices.length ? (
            <select id={`${id}-value`} value={text} onChange={(e) => setText(e.target.value)}>
              <option value="">{t('endorsements.choose')}</option>
              {field.choices.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          ) : (
            <input id={`${id}-value`} value={text} onChange={(e) => setText(e.target.value)} />
          )}
        </div>
      )}
      <button
        type="button"
        className="button-secondary"
        disabled={!field || !text.trim()}
        onClick={() => {
          onChange([...value, { key, value: text.trim() }]);
          setKey('');
          setText('');
        }}
      >
        {t('people.addFieldFilter')}
      </button>
    </fieldset>
  );
}
