import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../lib/errors';
import { formatDate } from '../lib/format';
import { useDebounced } from '../lib/useDebounced';
import type { Region } from '../types';
import { FieldError, describedBy } from './Field';
import { t } from '../i18n/intl';

export interface Pickable {
  id: string;
  name: string;
  zip: string | null;
  region: Region;
  /** People: the organizations they belong to or work at, to tell apart two people of one name. */
  affiliations?: ReadonlyArray<{ organization: { name: string } }>;
  createdAt?: string;
}

/**
 * What tells a match apart from the others: region, zip code and organization; when two matches of the same name still
 * look the same, the day each record was added.
 */
export function pickerDetails(m: Pickable, all: readonly Pickable[]): string {
  const base = [m.region.name, m.zip, m.affiliations?.[0]?.organization.name].filter(Boolean).join(' · ');
  const twins = all.filter((o) => o.id !== m.id && o.name === m.name && [o.region.name, o.zip, o.affiliations?.[0]?.organization.name].filter(Boolean).join(' · ') === base);
  return twins.length && m.createdAt ? t('components.pickerDetailsAdded', { details: base, date: formatDate(m.createdAt.slice(0, 10)) }) : base;
}

/**
 * Pick one person or organization by typing part of a name: matches appear as buttons below the box.
 * `query` must take `$search` and return `{ <listField>: { nodes } }`.
 */
export function RecordPicker<TData>({
  id,
  label,
  query,
  nodesOf,
  value,
  onChange,
  excludeId,
  error,
  hint,
}: {
  id: string;
  label: string;
  /** Said before "Type at least two letters of the name, then choose." */
  hint?: string;
  query: TypedDocumentNode<TData, { search: string }>;
  nodesOf: (data: TData) => Pickable[];
  value: Pickable | null;
  onChange: (value: Pickable | null) => void;
  excludeId?: string;
  error?: string;
}) {
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const { data, loading, error: queryError } = useQuery(query, {
    variables: { search },
    skip: search.length < 2 || value !== null,
    fetchPolicy: 'no-cache',
  });
  const matches = data ? nodesOf(data).filter((n) => n.id !== excludeId) : [];
  const hintId = `${id}-hint`;

  if (value) {
    return (
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <span className="label" id={`${id}-label`}>
          {label}
        </span>
        <div className="picked" aria-labelledby={`${id}-label`}>
          <strong>{value.name}</strong>
          <span className="muted small">{pickerDetails(value, [])}</span>
          <button
            type="button"
            id={id}
            className="button-quiet"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, error)}
            onClick={() => onChange(null)}
          >
            {t('components.change')}
          </button>
        </div>
        <FieldError id={id} error={error} />
      </div>
    );
  }

  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={hintId}>
        {hint && hint + ' '}{t('components.typeAtLeastTwoLetters')}
      </p>
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, 'hint')}
        onChange={(e) => setText(e.target.value)}
      />
      <div aria-live="polite" className="picker-results">
        {search.length >= 2 && loading && <p className="muted small">{t('components.searching')}</p>}
        {queryError && <p className="field-error">{errorMessage(queryError)}</p>}
        {search.length >= 2 && !loading && data && matches.length === 0 && (
          <p className="muted small">{t('components.noMatchesFor', { search })}</p>
        )}
        {matches.length > 0 && (
          <ul className="picker-list" aria-label={t('components.matchesFor', { label: label.toLowerCase() })}>
            {matches.map((m) => (
              <li key={m.id}>
                <button type="button" className="picker-option" onClick={() => onChange(m)}>
                  <span>{m.name}</span>
                  <span className="muted small">{pickerDetails(m, matches)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}
