import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { Alert, Loading } from '../components/Alert';
import { SelectField, TextField } from '../components/Field';
import { errorMessage, fieldErrors } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { ACCOUNTS } from './AdminPage';
import { graphql } from '../gql';

export type AuditAction =
  | 'ACCOUNT_CREATED' | 'ACCOUNT_CHANGED' | 'ACCOUNT_DISABLED' | 'ACCOUNT_ENABLED' | 'ROLE_CHANGED' | 'REGIONS_CHANGED' | 'PERMISSION_CHANGED'
  | 'SIGNED_IN' | 'SIGN_IN_FAILED' | 'EXPORTED' | 'MERGED' | 'MERGE_UNDONE' | 'IMPORT_STARTED' | 'IMPORT_ROLLED_BACK' | 'BULK_ACTION' | 'BULK_ACTION_UNDONE';

export const AUDIT_ACTIONS: ReadonlyArray<{ value: AuditAction; label: string }> = [
  { value: 'SIGNED_IN', label: 'Signed in' },
  { value: 'SIGN_IN_FAILED', label: 'Failed sign-in' },
  { value: 'ACCOUNT_CREATED', label: 'Account created' },
  { value: 'ACCOUNT_CHANGED', label: 'Account changed (name, password)' },
  { value: 'ACCOUNT_DISABLED', label: 'Account disabled' },
  { value: 'ACCOUNT_ENABLED', label: 'Account enabled' },
  { value: 'ROLE_CHANGED', label: 'Role changed' },
  { value: 'REGIONS_CHANGED', label: 'Regions changed' },
  { value: 'PERMISSION_CHANGED', label: 'Permission changed' },
  { value: 'EXPORTED', label: 'Export' },
  { value: 'MERGED', label: 'Merge' },
  { value: 'MERGE_UNDONE', label: 'Merge undone' },
  { value: 'IMPORT_STARTED', label: 'Import' },
  { value: 'IMPORT_ROLLED_BACK', label: 'Import rolled back' },
  { value: 'BULK_ACTION', label: 'Bulk action' },
  { value: 'BULK_ACTION_UNDONE', label: 'Bulk action undone' },
];

export interface AuditEntry {
  id: string;
  at: string;
  action: AuditAction;
  actorId: string | null;
  actorName: string | null;
  summary: string;
  clientAddress: string | null;
  changes: Array<{ field: string; from: string | null; to: string | null }>;
}

interface AuditFilter {
  accountId?: string | null;
  actions?: AuditAction[] | null;
  from?: string | null;
  to?: string | null;
}

export const AUDIT_LOG = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        at
        action
        actorId
        actorName
        summary
        clientAddress
        changes {
          field
          from
          to
        }
      }
    }
  }
`);

const PAGE = 50;
const actionLabel = (a: AuditAction) => AUDIT_ACTIONS.find((x) => x.value === a)?.label ?? a;

/**
 * The admins' audit log: newest first, filtered by who (an account, whether it acted or was acted on), what and
 * when; the filter lives in the URL. Read only: entries cannot be changed or deleted.
 */
export function AuditLogPage() {
  useTitle('Audit log');
  const me = useMe();
  const { params, setFilter: setParam } = useUrlFilters();
  const filter: AuditFilter = {
    accountId: params.get('who') || null,
    actions: params.get('what') ? [params.get('what') as AuditAction] : null,
    from: params.get('from') || null,
    to: params.get('to') || null,
  };
  // Cursors of the pages before this one, to go back.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const isAdmin = me.role === 'ADMIN';
  const { data, loading, error } = useQuery(AUDIT_LOG, { variables: { filter, first: PAGE, after }, skip: !isAdmin, fetchPolicy: 'network-only' });
  const accounts = useQuery(ACCOUNTS, { skip: !isAdmin }).data?.accounts ?? [];
  const fields = fieldErrors(error);

  if (!isAdmin) {
    return (
      <div className="page">
        <h1>Audit log</h1>
        <Alert>Only admins see the audit log.</Alert>
      </div>
    );
  }

  function setFilter(key: 'who' | 'what' | 'from' | 'to', value: string) {
    setParam(key, value);
    setCursors([null]);
  }

  const log = data?.auditLog;
  const first = (cursors.length - 1) * PAGE;
  return (
    <div className="page audit-page">
      <h1>Audit log</h1>
      <p>
        <Link to="/admin">Admin</Link>
      </p>
      <p className="muted small">Who did what, and when. The app never prunes entries, and no one can change or delete them.</p>
      <form className="form form-row audit-filters" aria-label="Filter the audit log" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="audit-who"
          label="Who"
          value={filter.accountId ?? ''}
          onChange={(v) => setFilter('who', v)}
          placeholder="Everyone"
          options={accounts.map((a) => ({ value: a.id, label: a.displayName }))}
          error={fields['filter.accountId']}
        />
        <SelectField
          id="audit-what"
          label="What"
          value={filter.actions?.[0] ?? ''}
          onChange={(v) => setFilter('what', v)}
          placeholder="Everything"
          options={AUDIT_ACTIONS}
          error={fields['filter.actions']}
        />
        <TextField id="audit-from" label="From" type="date" value={filter.from ?? ''} onChange={(v) => setFilter('from', v)} error={fields['filter.from']} />
        <TextField id="audit-to" label="To" type="date" value={filter.to ?? ''} onChange={(v) => setFilter('to', v)} error={fields['filter.to']} />
      </form>
      {error && Object.keys(fields).length === 0 && <Alert>{errorMessage(error)}</Alert>}
      {error && Object.keys(fields).length > 0 && <Alert>{Object.values(fields).join(' ')}</Alert>}
      {!log && loading && <Loading />}
      {log && (
        <>
          <p className="muted small" role="status">
            {log.totalCount === 0 ? 'No entries match.' : `${first + 1}–${first + log.nodes.length} of ${log.totalCount}`}
          </p>
          {log.nodes.length > 0 && (
            <table className="table audit-table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Details</th>
                  <th scope="col">Address</th>
                </tr>
              </thead>
              <tbody>
                {log.nodes.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                    </td>
                    <td>{e.actorName ?? (e.actorId ? 'A removed account' : 'Unknown')}</td>
                    <td>{actionLabel(e.action)}</td>
                    <td>
                      {e.summary}
                      {e.changes.filter((c) => c.from !== null || c.to !== null).length > 0 && (
                        <ul className="small muted">
                          {e.changes
                            .filter((c) => c.from !== null || c.to !== null)
                            .map((c) => (
                              <li key={c.field}>
                                {c.field}: {c.from ?? '—'} → {c.to ?? '—'}
                              </li>
                            ))}
                        </ul>
                      )}
                    </td>
                    <td>{e.clientAddress ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="actions">
            {cursors.length > 1 && (
              <button type="button" className="button-secondary" onClick={() => setCursors((c) => c.slice(0, -1))}>
                Newer entries
              </button>
            )}
            {log.pageInfo.hasNextPage && (
              <button type="button" className="button-secondary" onClick={() => setCursors((c) => [...c, log.pageInfo.endCursor])}>
                Older entries
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
