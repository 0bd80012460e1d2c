import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { formatDate, plural } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { ASSEMBLIES } from './queries';

export function AssembliesListPage() {
  useTitle('Issue Assemblies');
  const me = useMe();
  const { data, error } = useQuery(ASSEMBLIES, { variables: {}, fetchPolicy: 'cache-and-network' });
  const assemblies = data?.issueAssemblies;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/issues">Issues</Link>
      </p>
      <div className="page-head">
        <h1>Issue Assemblies</h1>
        {canManage(me) && (
          <Link to="/issues/assemblies/new" className="button button-primary">
            Record an assembly
          </Link>
        )}
      </div>
      <Flash />
      <p className="muted">Members decide together which issues to prioritize; only those are campaigned on.</p>
      {error && !assemblies && <Alert>{errorMessage(error)}</Alert>}
      {!assemblies && !error && <Loading />}
      {assemblies &&
        (assemblies.length === 0 ? (
          <p className="empty">No Issue Assemblies recorded yet.</p>
        ) : (
          <table className="list-table">
            <thead>
              <tr>
                <th scope="col">Assembly</th>
                <th scope="col">Date</th>
                <th scope="col">Prioritized</th>
                <th scope="col">Decisions</th>
                <th scope="col">Region</th>
              </tr>
            </thead>
            <tbody>
              {assemblies.map((a) => {
                const prioritized = a.decisions.filter((d) => d.outcome === 'PRIORITIZED');
                return (
                  <tr key={a.id}>
                    <th scope="row" className="cell-title">
                      <Link to={`/issues/assemblies/${a.id}`}>{a.name}</Link>
                    </th>
                    <td data-label="Date">{formatDate(a.date)}</td>
                    <td data-label="Prioritized">
                      {prioritized.map((d) => d.issue.name).join(', ') || <span className="muted">None</span>}
                    </td>
                    <td data-label="Decisions">{plural(a.decisions.length, 'decision')}</td>
                    <td data-label="Region">{a.region.name}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
    </div>
  );
}
