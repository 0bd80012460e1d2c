import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Alert } from '../components/Alert';
import { t } from '../i18n/intl';
import { errorMessage } from '../lib/errors';
import { BULK_ACTION, type BulkResult } from './bulk';

/** How often the page asks how far a running bulk action is. */
const POLL_MS = 1000;

/**
 * A large bulk action running on the server in parts: a progress bar asked for every second, until it has
 * finished (or stopped), when `onFinished` gets what it did.
 */
export function BulkProgress({ started, onFinished }: { started: BulkResult; onFinished: (r: BulkResult) => void }) {
  const { data, error } = useQuery(BULK_ACTION, { variables: { id: started.id! }, pollInterval: POLL_MS, fetchPolicy: 'network-only' });
  const now = data?.bulkAction ?? started;
  const told = useRef(false);
  useEffect(() => {
    if (now.status !== 'RUNNING' && !told.current) {
      told.current = true;
      onFinished(now);
    }
  }, [now, onFinished]);
  if (now.status !== 'RUNNING') return null;
  return (
    <div className="bulk-progress">
      <p role="status">{t('lists.bulkProgress', { done: now.done, total: now.total })}</p>
      <progress value={now.done} max={now.total} aria-label={t('lists.bulkProgressLabel')} />
      {error && <Alert>{errorMessage(error)}</Alert>}
    </div>
  );
}

/** What a finished bulk action says: its summary, and why it stopped if it did not finish. */
export function finishedOutcome(r: BulkResult, describe: (r: BulkResult) => string): string {
  if (r.status === 'FAILED') return t('lists.bulkStopped', { summary: r.summary, error: r.error ?? '' });
  if (r.status === 'STOPPED') return t('lists.bulkStoppedWithServer', { summary: r.summary });
  return describe(r);
}
