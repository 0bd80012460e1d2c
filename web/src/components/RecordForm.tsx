import { useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { errorCode, errorMessage, fieldErrors, outcomeUnknown, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { useSubmissionKey } from '../lib/submission';
import { Alert } from './Alert';
import { t } from '../i18n/intl';

export interface RecordFormState<V> {
  values: V;
  setValues: (update: V | ((v: V) => V)) => void;
  /** A setter for one field, for `onChange={set('name')}`. */
  set: <K extends keyof V>(key: K) => (value: V[K]) => void;
  error: unknown;
  setError: (error: unknown) => void;
  /** The server's message for each input field (BAD_USER_INPUT). */
  fields: Record<string, string>;
  saving: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  /** Moves focus to the first invalid field (or the alert) once the errors have rendered. */
  focusInvalid: () => void;
  /**
   * The form's onSubmit: runs `save` (which throws the API error when refused). A refusal is kept in `error`,
   * shown beside its fields, and focus moves to the first of them; the values typed stay in the form.
   * `save` gets the submission's idempotency key for a create mutation: a new one for new values, the same one
   * when Save is pressed again with the same values after a save whose outcome is unknown (network, 5xx), so the
   * server answers the first save instead of creating the record twice.
   */
  submit: (save: (idempotencyKey: string) => Promise<void>) => (e: FormEvent) => void;
  /** After a CONFLICT: replaces the values with the latest saved ones `load` gives (what was typed is dropped). */
  reload: (load: () => Promise<V>) => void;
  reloading: boolean;
}

/** The state every record form has: its values, the last refusal, saving, focus on the first invalid field. */
export function useRecordForm<V>(initial: V): RecordFormState<V> {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const submission = useSubmissionKey();
  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const submit = (save: (idempotencyKey: string) => Promise<void>) => (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaving(true);
    save(submission.keyFor(values))
      .then(() => submission.settled())
      .catch((err: unknown) => {
        submission.settled(err);
        setError(err);
        focusInvalid();
      })
      .finally(() => setSaving(false));
  };
  const reload = (load: () => Promise<V>) => {
    setReloading(true);
    load()
      .then((latest) => {
        setValues(latest);
        setError(null);
      })
      .catch((err: unknown) => setError(err))
      .finally(() => setReloading(false));
  };
  return {
    values, setValues, set, error, setError, fields: fieldErrors(error), saving, formRef, focusInvalid, submit, reload, reloading,
  };
}

/**
 * A record form's refusal, above its fields: for a CONFLICT (someone saved in between), that nothing was saved
 * and what was typed is still there, with a way to load their version; otherwise the server's message and any
 * field messages that have no field of their own in this form (`placed` lists the fields that do).
 */
export function FormErrorAlert({
  error,
  what,
  placed,
  onReloadLatest,
  reloading = false,
  reloadLabel,
}: {
  error: unknown;
  /** "this person", "this campaign"… */
  what: string;
  placed: readonly string[];
  onReloadLatest?: () => void;
  reloading?: boolean;
  reloadLabel?: string;
}): ReactNode {
  if (error === null || error === undefined) return null;
  if (errorCode(error) === 'CONFLICT') {
    return (
      <Alert>
        <p>
          <strong>{t('components.someoneElseChangedWhileYou', { what })}</strong>{' '}{t('components.nothingWasSavedYourChanges')}
        </p>
        {onReloadLatest ? (
          <button type="button" className="button-secondary" onClick={onReloadLatest} disabled={reloading}>
            {reloading ? t('components.loading') : (reloadLabel ?? t('components.loadTheirLatestVersion'))}
          </button>
        ) : (
          <p>{t('components.openTheRecordInAnother')}</p>
        )}
      </Alert>
    );
  }
  return <ErrorAlert error={error} placed={placed} />;
}

/**
 * A refused save above its form: the server's message, and the field messages that have no field of their own
 * in this form (`placed` names, or matches, the fields that do; those show beside their fields). When the
 * outcome is unknown (no answer, a 5xx), that it may have been saved, never "please try again".
 */
export function ErrorAlert({ error, placed }: { error: unknown; placed: readonly string[] | RegExp }): ReactNode {
  if (error === null || error === undefined) return null;
  if (outcomeUnknown(error)) {
    return (
      <Alert>
        <p>{saveErrorMessage(error)}</p>
      </Alert>
    );
  }
  const isPlaced = (f: string) => (placed instanceof RegExp ? placed.test(f) : placed.includes(f));
  const unplaced = Object.entries(fieldErrors(error)).filter(([f]) => !isPlaced(f));
  return (
    <Alert>
      <p>{errorMessage(error)}</p>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map(([f, m]) => (
            <li key={f}>{m}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/** A record form's buttons: save (saying so while it saves) and cancel. */
export function FormActions({ saving, submitLabel, onCancel }: { saving: boolean; submitLabel: string; onCancel: () => void }) {
  return (
    <div className="actions form-actions">
      <button type="submit" className="button-primary" disabled={saving}>
        {saving ? t('admin.saving') : submitLabel}
      </button>
      <button type="button" className="button-secondary" onClick={onCancel}>
        {t('admin.cancel')}
      </button>
    </div>
  );
}
