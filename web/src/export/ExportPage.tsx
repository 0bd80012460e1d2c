import { useQuery } from '@apollo/client/react';
import { useMe } from '../auth/MeContext';
import { Alert, Loading } from '../components/Alert';
import { errorMessage } from '../lib/errors';
import { formatDateTime, formatNumber } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { graphql } from '../gql';
import { t } from '../i18n/intl';

export const EXPORT_PERMISSION = graphql(`
  query ExportPermission {
    me {
      id
      canExport
    }
  }
`);

export const EXPORT_LOG = graphql(`
  query ExportLog {
    exportLog(limit: 50) {
      at
      what
      rows
      byName
      regions
    }
  }
`);

const FILES = [
  { what: 'people', get label() {
    return t('nav.people');
  }, get detail() {
    return t('export.namesContactDetailsHiddenOnes');
  } },
  { what: 'organizations', get label() {
    return t('nav.organizations');
  }, get detail() {
    return t('export.typeIssueAreasLedBy');
  } },
  { what: 'ties', get label() {
    return t('export.ties');
  }, get detail() {
    return t('export.whoKnowsWhomStrengthSet');
  } },
  { what: 'interactions', get label() {
    return t('export.meetings');
  }, get detail() {
    return t('export.oneToOnesAndOther');
  } },
] as const;

/** What the server records for a download ("people", or "people (a list)" from the lists page) in the language on screen. */
function whatWasExported(what: string): string {
  if (what === 'people (a list)') return t('export.peopleFromAList');
  if (what === 'people (a selection)') return t('export.peopleSelected');
  return FILES.find((f) => f.what === what)?.label ?? what;
}

/** CSV downloads of what the user may see, for admins and accounts with the export permission; admins see the export log. */
export function ExportPage() {
  useTitle(t('nav.export'));
  const me = useMe();
  const { data, loading, error } = useQuery(EXPORT_PERMISSION, { fetchPolicy: 'network-only' });
  const allowed = !!data?.me?.canExport;
  return (
    <div className="page page-narrow">
      <h1>{t('nav.export')}</h1>
      {loading && <Loading />}
      {error && <Alert>{errorMessage(error)}</Alert>}
      {data && !allowed && <Alert kind="info">{t('export.exportingNeedsTheExportPermission')}</Alert>}
      {allowed && (
        <section className="card" aria-labelledby="downloads-h">
          <h2 id="downloads-h">{t('export.downloadCsv')}</h2>
          <p className="muted">
            {t('export.eachFileHoldsOnlyWhat')}
          </p>
          <ul className="rows">
            {FILES.map((f) => (
              <li key={f.what} className="row">
                <a href={`/export/${f.what}.csv`} download className="button button-secondary">
                  {t('export.csv', { label: f.label })}
                </a>
                <span className="muted small"> {f.detail}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {me.role === 'ADMIN' && <ExportLogSection />}
    </div>
  );
}

function ExportLogSection() {
  const { data, error } = useQuery(EXPORT_LOG, { fetchPolicy: 'network-only' });
  return (
    <section className="card" aria-labelledby="export-log-h">
      <h2 id="export-log-h">{t('export.exportLog')}</h2>
      {error && <Alert>{errorMessage(error)}</Alert>}
      {data && data.exportLog.length === 0 && <p className="muted">{t('export.noExportsYet')}</p>}
      {data && data.exportLog.length > 0 && (
        <table className="list-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.when')}</th>
              <th scope="col">{t('admin.who')}</th>
              <th scope="col">{t('admin.what')}</th>
              <th scope="col">{t('export.rows')}</th>
            </tr>
          </thead>
          <tbody>
            {data.exportLog.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td data-label={t('admin.when')}>{formatDateTime(e.at)}</td>
                <td data-label={t('admin.who')}>{e.byName ?? t('admin.unknown')}</td>
                <td data-label={t('admin.what')}>{whatWasExported(e.what)}</td>
                <td data-label={t('export.rows')}>{formatNumber(e.rows)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
