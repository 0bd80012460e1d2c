import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { ASSEMBLY_OUTCOMES, ISSUE_SCOPES } from '../campaigns/options';
import { Loading } from '../components/Alert';
import { HistoryList } from '../components/HistoryList';
import { QueryError } from '../components/QueryError';
import { formatDate, labelOf } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { PrioritizedBadge } from './IssuesListPage';
import { ISSUE } from './queries';
import { t } from '../i18n/intl';

export function IssuePage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { data, loading, error } = useQuery(ISSUE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const issue = data?.issue;
  useTitle(issue?.name ?? t('campaigns.issue'));
  if (!issue && loading) return <Loading />;
  if (!issue) return <QueryError error={error} backTo="/issues" backLabel={t('issues.backToIssues')} />;
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/issues">{t('nav.issues')}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{issue.name}</h1>
          <p className="record-sub">
            <span className="badge badge-soft">{labelOf(ISSUE_SCOPES, issue.scope)}</span>
            <PrioritizedBadge prioritized={issue.prioritized} />
            <span className="muted">{issue.region.name}</span>
          </p>
        </div>
        {canManage(me) && (
          <div className="record-actions">
            <Link to={`/issues/${issue.id}/edit`} className="button button-primary">
              {t('admin.edit')}
            </Link>
          </div>
        )}
      </div>
      <div className="record-grid">
        <section className="card" aria-labelledby="issue-details-h">
          <h2 id="issue-details-h">{t('admin.details')}</h2>
          <dl className="details">
            <dt>{t('interactions.kind')}</dt>
            <dd>{labelOf(ISSUE_SCOPES, issue.scope)}</dd>
            {issue.scope === 'SPECIFIC_ISSUE' && (
              <>
                <dt>{t('issues.narrows')}</dt>
                <dd>
                  {issue.narrows ? (
                    <Link to={`/issues/${issue.narrows.id}`}>{issue.narrows.name}</Link>
                  ) : (
                    <span className="muted">{t('issues.noBroadArea')}</span>
                  )}
                </dd>
              </>
            )}
            <dt>{t('issues.description')}</dt>
            <dd className="notes">{issue.description || <span className="muted">{t('common.symbol')}</span>}</dd>
            <dt>{t('campaigns.region')}</dt>
            <dd>{issue.region.name}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="issue-decisions-h">
          <h2 id="issue-decisions-h">{t('issues.issueAssemblyDecisions')}</h2>
          {issue.decisions.length === 0 ? (
            <p className="muted">
              {t(issue.scope === 'SPECIFIC_ISSUE' ? 'issues.noDecisionOnItOrAreaYet' : 'issues.noDecisionOnItYet', {
                link: (words) => <Link to="/issues/assemblies">{words}</Link>,
              })}
            </p>
          ) : (
            <ul className="rows">
              {issue.decisions.map((d, i) => (
                <li key={`${d.assembly.id}-${i}`} className="row">
                  <div className="row-main">
                    <span className={`badge ${d.outcome === 'PRIORITIZED' ? 'badge-go' : 'badge-stop'}`}>
                      {labelOf(ASSEMBLY_OUTCOMES, d.outcome)}
                    </span>
                    <Link to={`/issues/assemblies/${d.assembly.id}`}>{d.assembly.name}</Link>
                    <span className="muted small">{formatDate(d.assembly.date)}</span>
                  </div>
                  {d.notes && <p className="small row-note">{d.notes}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
        {issue.scope === 'BROAD_AREA' && (
          <section className="card" aria-labelledby="issue-specific-h">
            <div className="card-head">
              <h2 id="issue-specific-h">{t('issues.specificIssues')}</h2>
              {canManage(me) && (
                <Link to={`/issues/new?narrows=${issue.id}`} className="button button-secondary">
                  {t('issues.addASpecificIssue')}
                </Link>
              )}
            </div>
            {issue.specificIssues.length === 0 ? (
              <p className="muted">{t('issues.noneNarrowedFromThisArea')}</p>
            ) : (
              <ul className="rows">
                {issue.specificIssues.map((s) => (
                  <li key={s.id} className="row">
                    <div className="row-main">
                      <Link to={`/issues/${s.id}`}>{s.name}</Link>
                      <PrioritizedBadge prioritized={s.prioritized} />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        <section className="card card-wide" aria-labelledby="issue-history-h">
          <h2 id="issue-history-h">{t('campaigns.history')}</h2>
          <HistoryList history={issue.history} />
        </section>
      </div>
    </div>
  );
}
