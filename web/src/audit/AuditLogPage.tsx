import { useQuery } from '@apollo/client/react';
import type { AuditLogQuery } from '../gql/graphql';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { Alert, Loading } from '../components/Alert';
import { SelectField, TextField } from '../components/Field';
import { errorMessage, fieldErrors } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { ACCOUNTS } from '../accounts/AdminPage';
import { graphql } from '../gql';
import { t } from '../i18n/intl';

export type AuditAction =
  | 'ACCOUNT_CREATED' | 'ACCOUNT_CHANGED' | 'ACCOUNT_DISABLED' | 'ACCOUNT_ENABLED' | 'ROLE_CHANGED' | 'REGIONS_CHANGED' | 'PERMISSION_CHANGED'
  | 'SIGNED_IN' | 'SIGN_IN_FAILED' | 'EXPORTED' | 'MERGED' | 'MERGE_UNDONE' | 'IMPORT_STARTED' | 'IMPORT_ROLLED_BACK' | 'BULK_ACTION' | 'BULK_ACTION_UNDONE';

export const AUDIT_ACTIONS: ReadonlyArray<{ value: AuditAction; label: string }> = [
  { value: 'SIGNED_IN', get label() {
    return t('admin.signedIn');
  } },
  { value: 'SIGN_IN_FAILED', get label() {
    return t('admin.failedSignIn');
  } },
  { value: 'ACCOUNT_CREATED', get label() {
    return t('admin.accountCreated');
  } },
  { value: 'ACCOUNT_CHANGED', get label() {
    return t('admin.accountChangedNamePassword');
  } },
  { value: 'ACCOUNT_DISABLED', get label() {
    return t('admin.accountDisabled');
  } },
  { value: 'ACCOUNT_ENABLED', get label() {
    return t('admin.accountEnabled');
  } },
  { value: 'ROLE_CHANGED', get label() {
    return t('admin.roleChanged');
  } },
  { value: 'REGIONS_CHANGED', get label() {
    return t('admin.regionsChanged');
  } },
  { value: 'PERMISSION_CHANGED', get label() {
    return t('admin.permissionChanged');
  } },
  { value: 'EXPORTED', get label() {
    return t('nav.export');
  } },
  { value: 'MERGED', get label() {
    return t('admin.merge');
  } },
  { value: 'MERGE_UNDONE', get label() {
    return t('admin.mergeUndone');
  } },
  { value: 'IMPORT_STARTED', get label() {
    return t('nav.import');
  } },
  { value: 'IMPORT_ROLLED_BACK', get label() {
    return t('admin.importRolledBack');
  } },
  { value: 'BULK_ACTION', get label() {
    return t('admin.bulkAction');
  } },
  { value: 'BULK_ACTION_UNDONE', get label() {
    return t('admin.bulkActionUndone');
  } },
];

export type AuditEntry = AuditLogQuery['auditLog']['nodes'][number];

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
  useTitle(t('admin.auditLog'));
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
        <h1>{t('admin.auditLog')}</h1>
        <Alert>{t('admin.onlyAdminsSeeTheAudit')}</Alert>
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
      <h1>{t('admin.auditLog')}</h1>
      <p>
        <Link to="/admin">{t('role.admin')}</Link>
      </p>
      <p className="muted small">{t('admin.whoDidWhatAndWhen')}</p>
      <form className="form form-row audit-filters" aria-label={t('admin.filterTheAuditLog')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="audit-who"
          label={t('admin.who')}
          value={filter.accountId ?? ''}
          onChange={(v) => setFilter('who', v)}
          placeholder={t('admin.everyone')}
          options={accounts.map((a) => ({ value: a.id, label: a.displayName }))}
          error={fields['filter.accountId']}
        />
        <SelectField
          id="audit-what"
          label={t('admin.what')}
          value={filter.actions?.[0] ?? ''}
          onChange={(v) => setFilter('what', v)}
          placeholder={t('admin.everything')}
          options={AUDIT_ACTIONS}
          error={fields['filter.actions']}
        />
        <TextField id="audit-from" label={t('admin.from')} type="date" value={filter.from ?? ''} onChange={(v) => setFilter('from', v)} error={fields['filter.from']} />
        <TextField id="audit-to" label={t('admin.to')} type="date" value={filter.to ?? ''} onChange={(v) => setFilter('to', v)} error={fields['filter.to']} />
      </form>
      {error && Object.keys(fields).length === 0 && <Alert>{errorMessage(error)}</Alert>}
      {error && Object.keys(fields).length > 0 && <Alert>{Object.values(fields).join(' ')}</Alert>}
      {!log && loading && <Loading />}
      {log && (
        <>
          <p className="muted small" role="status">
            {log.totalCount === 0 ? t('admin.noEntriesMatch') : t('admin.of', { first: first + 1, length: first + log.nodes.length, totalCount: log.totalCount })}
          </p>
          {log.nodes.length > 0 && (
            <table className="table audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.when')}</th>
                  <th scope="col">{t('admin.who')}</th>
                  <th scope="col">{t('admin.what')}</th>
                  <th scope="col">{t('admin.details')}</th>
                  <th scope="col">{t('admin.address')}</th>
                </tr>
              </thead>
              <tbody>
                {log.nodes.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                    </td>
                    <td>{e.actorName ?? (e.actorId ? t('admin.aRemovedAccount') : t('admin.unknown'))}</td>
                    <td>{actionLabel(e.action)}</td>
                    <td>
                      {e.summary}
                      {e.changes.filter((c) => c.from !== null || c.to !== null).length > 0 && (
                        <ul className="small muted">
                          {e.changes
                            .filter((c) => c.from !== null || c.to !== null)
                            .map((c) => (
                              <li key={c.field}>
                                {t('common.symbol2', { field: c.field })}{' '}{c.from ?? t('common.symbol')}{' '}{t('common.symbol3')}{' '}{c.to ?? t('common.symbol')}
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
                {t('admin.newerEntries')}
              </button>
            )}
            {log.pageInfo.hasNextPage && (
              <button type="button" className="button-secondary" onClick={() => setCursors((c) => [...c, log.pageInfo.endCursor])}>
                {t('admin.olderEntries')}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
