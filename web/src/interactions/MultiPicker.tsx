import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { FieldError, describedBy } from '../components/Field';
import type { Pickable } from '../components/RecordPicker';
import { errorMessage } from '../lib/errors';
import { useDebounced } from '../lib/useDebounced';
import { t } from '../i18n/intl';

/**
 * Pick several people or organizations by typing part of a name: matches appear as buttons below the box,
 * chosen ones as chips above it (each with a remove button). Focus stays in the box to add the next one.
 * `query` must take `$search` and return `{ <listField>: { nodes } }`.
 */
export function MultiPicker<TData>({
  id,
  label,
  hint = t('interactions.typeTwoLettersThenTap'),
  query,
  nodesOf,
  value,
  onChange,
  excludeIds = [],
  required,
  error,
}: {
  id: string;
  label: string;
  hint?: string;
  query: TypedDocumentNode<TData, { search: string }>;
  nodesOf: (data: TData) => Pickable[];
  value: Pickable[];
  onChange: (value: Pickable[]) => void;
  excludeIds?: string[];
  required?: boolean;
  error?: string;
}) {
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const search = useDebounced(text.trim(), 250);
  const { data, loading, error: queryError } = useQuery(query, {
    variables: { search },
    skip: search.length < 2,
    fetchPolicy: 'no-cache',
  });
  const chosen = new Set([...value.map((v) => v.id), ...excludeIds]);
  // Results show only for what is in the box now (not for a name just added and cleared).
  const active = search.length >= 2 && text.trim().length >= 2;
  const matches = active && data ? nodesOf(data).filter((n) => !chosen.has(n.id)) : [];

  function add(item: Pickable) {
    onChange([...value, item]);
    setText('');
    inputRef.current?.focus();
  }

  function remove(item: Pickable) {
    onChange(value.filter((v) => v.id !== item.id));
    inputRef.current?.focus();
  }

  return (
    <div className={`field multi-picker${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required" aria-hidden="true">{' '}{t('common.symbol7')}</span>}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {value.length > 0 && (
        <ul className="chips" aria-label={t('interactions.chosen', { label: label.toLowerCase() })}>
          {value.map((v) => (
            <li key={v.id} className="chip">
              <span className="chip-name">{v.name}</span>
              <button type="button" className="chip-remove" aria-label={t('interactions.remove', { name: v.name })} onClick={() => remove(v)}>
                <span aria-hidden="true">{t('common.symbol36')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={inputRef}
        id={id}
        type="search"
        autoComplete="off"
        enterKeyHint="search"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, 'hint')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter adds the only match instead of submitting the form half-filled.
          if (e.key === 'Enter' && text.trim()) {
            e.preventDefault();
            if (matches.length === 1) add(matches[0]);
          }
        }}
      />
      <div aria-live="polite" className="picker-results">
        {active && loading && <p className="muted small">{t('components.searching')}</p>}
        {active && queryError && <p className="field-error">{errorMessage(queryError)}</p>}
        {active && !loading && data && matches.length === 0 && (
          <p className="muted small">{t(value.length ? 'interactions.noOtherMatchesFor' : 'interactions.noMatchesFor', { search })}</p>
        )}
        {matches.length > 0 && (
          <ul className="picker-list" aria-label={t('components.matchesFor', { label: label.toLowerCase() })}>
            {matches.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="picker-option"
                  aria-label={t('interactions.add', { name: m.name, name2: m.region.name, m: m.zip ? ` ${m.zip}` : '' })}
                  onClick={() => add(m)}
                >
                  <span>{m.name}</span>
                  <span className="muted small">
                    {m.region.name}
                    {m.zip ? ' ' + t('common.dotThen', { value: m.zip }) : ''}
                  </span>
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
