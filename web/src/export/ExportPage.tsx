import { useQuery } from '@apollo/client/react';
import { useMe } from '../auth/MeContext';
import { Alert, Loading } from '../components/Alert';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { graphql } from '../gql';

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
  { what: 'people', label: 'People', detail: 'Names, contact details (hidden ones stay hidden), zip, region, kinds, tags, notes.' },
  { what: 'organizations', label: 'Organizations', detail: 'Type, issue areas, led-by, zip, region, website, notes.' },
  { what: 'ties', label: 'Ties', detail: 'Who knows whom: strength set by hand, context, since, last contact, meetings.' },
  { what: 'interactions', label: 'Meetings', detail: 'One-to-ones and other meetings: kind, date, host, participants, notes.' },
] as const;

/** CSV downloads of what the user may see, for admins and accounts with the export permission; admins see the export log. */
export function ExportPage() {
  useTitle('Export');
  const me = useMe();
  const { data, loading, error } = useQuery(EXPORT_PERMISSION, { fetchPolicy: 'network-only' });
  const allowed = !!data?.me?.canExport;
  return (
    <div className="page page-narrow">
      <h1>Export</h1>
      {loading && <Loading />}
      {error && <Alert>{errorMessage(error)}</Alert>}
      {data && !allowed && <Alert kind="info">Exporting needs the export permission. An admin can grant it on the Admin page.</Alert>}
      {allowed && (
        <section className="card" aria-labelledby="downloads-h">
          <h2 id="downloads-h">Download CSV</h2>
          <p className="muted">
            Each file holds only what you can see in the app, and every download is recorded (who, when, what). The files hold
            personal data: keep them safe and delete them when done.
          </p>
          <ul className="rows">
            {FILES.map((f) => (
              <li key={f.what} className="row">
                <a href={`/export/${f.what}.csv`} download className="button button-secondary">
                  {f.label} (CSV)
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
      <h2 id="export-log-h">Export log</h2>
      {error && <Alert>{errorMessage(error)}</Alert>}
      {data && data.exportLog.length === 0 && <p className="muted">No exports yet.</p>}
      {data && data.exportLog.length > 0 && (
        <table className="list-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Rows</th>
            </tr>
          </thead>
          <tbody>
            {data.exportLog.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td data-label="When">{formatDateTime(e.at)}</td>
                <td data-label="Who">{e.byName ?? 'Unknown'}</td>
                <td data-label="What">{e.what}</td>
                <td data-label="Rows">{e.rows}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
