import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { formatDate } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { ASSEMBLIES } from './queries';
import { t } from '../i18n/intl';

export function AssembliesListPage() {
  useTitle(t('issues.issueAssemblies'));
  const me = useMe();
  const { data, error } = useQuery(ASSEMBLIES, { variables: {}, fetchPolicy: 'cache-and-network' });
  const assemblies = data?.issueAssemblies;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/issues">{t('nav.issues')}</Link>
      </p>
      <div className="page-head">
        <h1>{t('issues.issueAssemblies')}</h1>
        {canManage(me) && (
          <Link to="/issues/assemblies/new" className="button button-primary">
            {t('issues.recordAnAssembly')}
          </Link>
        )}
      </div>
      <Flash />
      <p className="muted">{t('issues.membersDecideTogetherWhichIssues')}</p>
      {error && !assemblies && <Alert>{errorMessage(error)}</Alert>}
      {!assemblies && !error && <Loading />}
      {assemblies &&
        (assemblies.length === 0 ? (
          <p className="empty">{t('issues.noIssueAssembliesRecordedYet')}</p>
        ) : (
          <table className="list-table">
            <thead>
              <tr>
                <th scope="col">{t('issues.assembly')}</th>
                <th scope="col">{t('events.date')}</th>
                <th scope="col">{t('campaigns.prioritized')}</th>
                <th scope="col">{t('issues.decisions')}</th>
                <th scope="col">{t('campaigns.region')}</th>
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
                    <td data-label={t('events.date')}>{formatDate(a.date)}</td>
                    <td data-label={t('campaigns.prioritized')}>
                      {prioritized.map((d) => d.issue.name).join(', ') || <span className="muted">{t('endorsements.none')}</span>}
                    </td>
                    <td data-label={t('issues.decisions')}>{t('count.decision', { count: a.decisions.length })}</td>
                    <td data-label={t('campaigns.region')}>{a.region.name}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
    </div>
  );
}
