import type { ChangeEvent, InputHTMLAttributes, ReactNode } from 'react';
import { t } from '../i18n/intl';

/** Props a form control needs to be tied to its label, hint and error text. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function controlProps(id: string, error?: string, hint?: string): ControlProps {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, error, hint) };
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {error}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  className?: string;
  /** Renders the control with the props that tie it to the label, hint and error. */
  children: (control: ControlProps) => ReactNode;
}

/** A label, a control, an optional hint, and the server's message for this field right below it. */
export function Field({ id, label, error, hint, required, className, children }: FieldProps) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required" aria-hidden="true">{' '}{t('common.symbol7')}</span>}
      </label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children(controlProps(id, error, hint))}
      <FieldError id={id} error={error} />
    </div>
  );
}

type TextFieldProps = Omit<FieldProps, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function TextField({ id, label, error, hint, required, className, value, onChange, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint} required={required} className={className}>
      {(control) => (
        <input
          {...input}
          {...control}
          required={required}
          value={value}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function TextAreaField({
  id,
  label,
  error,
  hint,
  value,
  onChange,
  rows = 4,
}: Omit<FieldProps, 'children'> & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(control) => <textarea {...control} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export function SelectField<T extends string>({
  id,
  label,
  error,
  hint,
  required,
  value,
  onChange,
  options,
  placeholder,
}: Omit<FieldProps, 'children'> & {
  value: T | '';
  onChange: (value: T) => void;
  options: ReadonlyArray<{ value: T; label: string }>;
  placeholder?: string;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint} required={required}>
      {(control) => (
        <select {...control} required={required} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A group of checkboxes (e.g. kinds) with one legend and one error. */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  error,
  hint,
  options,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  error?: string;
  hint?: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: readonly T[];
  onChange: (value: T[]) => void;
}) {
  const described = describedBy(id, error, hint);
  return (
    <fieldset className={`field checkbox-group${error ? ' field-invalid' : ''}`} id={id} aria-describedby={described}>
      <legend>{legend}</legend>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="checkboxes">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              name={id}
              value={o.value}
              checked={value.includes(o.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={described}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))
              }
            />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** Several values of one kind (emails, phones): one input each, add and remove. */
export function MultiValueField({
  id,
  legend,
  itemLabel,
  addLabel,
  error,
  hint,
  type = 'text',
  autoComplete,
  inputMode,
  values,
  onChange,
}: {
  id: string;
  legend: string;
  itemLabel: string;
  addLabel: string;
  error?: string;
  hint?: string;
  type?: string;
  autoComplete?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  values: string[];
  onChange: (values: string[]) => void;
}) {
  const shown = values.length ? values : [''];
  const described = describedBy(id, error, hint);
  return (
    <fieldset className={`field multi-value${error ? ' field-invalid' : ''}`} aria-describedby={described}>
      <legend>{legend}</legend>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {shown.map((v, i) => {
        const itemId = i === 0 ? id : `${id}-${i}`;
        const label = shown.length > 1 ? `${itemLabel} ${i + 1}` : itemLabel;
        return (
          <div className="multi-value-row" key={i}>
            <label htmlFor={itemId} className="visually-hidden">
              {label}
            </label>
            <input
              id={itemId}
              type={type}
              autoComplete={autoComplete}
              inputMode={inputMode}
              value={v}
              aria-invalid={error ? true : undefined}
              aria-describedby={described}
              onChange={(e) => onChange(shown.map((x, j) => (j === i ? e.target.value : x)))}
            />
            {shown.length > 1 && (
              <button
                type="button"
                className="button-quiet"
                aria-label={t('components.remove', { label: label.toLowerCase(), v: v ? ` ${v}` : '' })}
                onClick={() => onChange(shown.filter((_, j) => j !== i))}
              >
                {t('campaigns.remove')}
              </button>
            )}
          </div>
        );
      })}
      <FieldError id={id} error={error} />
      <button type="button" className="button-quiet add-value" onClick={() => onChange([...shown, ''])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
