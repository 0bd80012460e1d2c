import { useMemo, useRef } from 'react';
import { outcomeUnknown } from './errors';

/**
 * One idempotency key per submission of a create form. Pressing Save again with the same values after a save
 * whose outcome is unknown (no answer, a 5xx) sends the same key, so the server answers the first save instead
 * of creating the record twice; new values, a refusal (nothing was saved) or a success start a new submission.
 */
export function useSubmissionKey() {
  const attempt = useRef<{ key: string; sent: string } | null>(null);
  return useMemo(
    () => ({
      keyFor(values: unknown): string {
        const sent = JSON.stringify(values);
        if (attempt.current?.sent !== sent) attempt.current = { key: crypto.randomUUID(), sent };
        return attempt.current.key;
      },
      settled(error?: unknown): void {
        if (!error || !outcomeUnknown(error)) attempt.current = null;
      },
    }),
    [],
  );
}
