import { formatDateTime } from '../lib/format';
import type { Change } from '../types';

const FIELD_LABEL: Record<string, string> = { regionId: 'region', ledBy: 'led by', issueAreas: 'issue areas' };

/** "Who changed what, and when" for a record; contact values and notes are never kept, only that they changed. */
export function HistoryList({ history }: { history: Change[] }) {
  if (!history.length) return <p className="muted">No changes recorded yet.</p>;
  return (
    <ol className="history">
      {history.map((c) => (
        <li key={c.id}>
          <p className="history-summary">{c.summary}</p>
          <p className="muted small">
            {c.byName ?? 'A former account'} · <time dateTime={c.at}>{formatDateTime(c.at)}</time>
          </p>
          {c.changes.length > 0 && (
            <ul className="history-fields">
              {c.changes.map((f) => (
                <li key={f.field}>
                  <span className="history-field">{FIELD_LABEL[f.field] ?? f.field}</span>
                  {f.from !== null || f.to !== null ? (
                    <>
                      : <span className="history-from">{f.from || '(empty)'}</span> →{' '}
                      <span className="history-to">{f.to || '(empty)'}</span>
                    </>
                  ) : (
                    ' changed'
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
