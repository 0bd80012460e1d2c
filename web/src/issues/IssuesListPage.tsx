import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { ASSEMBLY_OUTCOMES } from '../campaigns/options';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { formatDate, labelOf } from '../lib/format';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { REGIONS } from '../people/queries';
import { ISSUES, type IssueRow } from './queries';
import { t } from '../i18n/intl';

export function PrioritizedBadge({ prioritized }: { prioritized: boolean }) {
  return (
    <span className={`badge ${prioritized ? 'badge-go' : 'badge-stop'}`}>{prioritized ? t('campaigns.prioritized') : t('campaigns.notPrioritized')}</span>
  );
}

/** "Prioritized at Spring Issue Assembly, Mar 8, 2025", or that no assembly decided yet. */
function LatestDecision({ issue }: { issue: IssueRow }) {
  const d = issue.decisions[0];
  if (!d) return <span className="muted small">{t('issues.noIssueAssemblyHasDecided2')}</span>;
  return (
    <span className="small">
      {t('issues.decidedAt', {
        outcome: labelOf(ASSEMBLY_OUTCOMES, d.outcome),
        assembly: d.assembly.name,
        date: formatDate(d.assembly.date),
        link: (words) => <Link to={`/issues/assemblies/${d.assembly.id}`}>{words}</Link>,
      })}
      {d.notes ? <span className="muted">{' '}{t('common.symbol37', { notes: d.notes })}</span> : null}
    </span>
  );
}

export function IssuesListPage() {
  useTitle(t('nav.issues'));
  const me = useMe();
  const { params, setFilter } = useUrlFilters();
  const regionId = params.get('region') ?? '';
  const regions = useQuery(REGIONS).data?.regions ?? [];
  const { data, previousData, error } = useQuery(ISSUES, {
    variables: { regionId: regionId || null },
    fetchPolicy: 'cache-and-network',
  });
  const issues = (data ?? previousData)?.issues;
  const areas = issues?.filter((i) => i.scope === 'BROAD_AREA') ?? [];
  const areaIds = new Set(areas.map((a) => a.id));
  const loose = issues?.filter((i) => i.scope === 'SPECIFIC_ISSUE' && !(i.narrows && areaIds.has(i.narrows.id))) ?? [];

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('nav.issues')}</h1>
        <div className="actions">
          <Link to="/issues/assemblies" className="button button-secondary">
            {t('issues.issueAssemblies')}
          </Link>
          {canManage(me) && (
            <Link to="/issues/new" className="button button-primary">
              {t('issues.addAnIssue')}
            </Link>
          )}
        </div>
      </div>
      <Flash />
      <p className="muted">
        {t('issues.broadProblemAreasAndThe')}
      </p>
      {regions.length > 1 && (
        <form className="filters filters-compact" onSubmit={(e) => e.preventDefault()} aria-label={t('issues.filterIssues')}>
          <RegionFilter id="issues-region" value={regionId} onChange={(v) => setFilter('region', v)} />
        </form>
      )}
      {error && !issues && <Alert>{errorMessage(error)}</Alert>}
      {!issues && !error && <Loading />}
      {issues && (
        <>
          <p className="count">{t('common.symbol38', { length: t('count.broadArea', { count: areas.length }), plural: t('count.specificIssue', { count: issues.length - areas.length }) })}</p>
          {issues.length === 0 && <p className="empty">{t('issues.noIssuesYet')}</p>}
          <div className="issue-areas">
            {areas.map((area) => {
              const specific = issues.filter((i) => i.narrows?.id === area.id);
              return (
                <section key={area.id} className="card issue-area" aria-labelledby={`area-${area.id}-h`}>
                  <div className="card-head">
                    <h2 id={`area-${area.id}-h`}>
                      <Link to={`/issues/${area.id}`}>{area.name}</Link>
                    </h2>
                    <PrioritizedBadge prioritized={area.prioritized} />
                  </div>
                  <p className="muted small">
                    {t('issues.broadArea')}{regions.length > 1 ? ' ' + t('common.dotThen', { value: area.region.name }) : ''}
                  </p>
                  <LatestDecision issue={area} />
                  <h3 className="section-subhead">{t('issues.specificIssues')}</h3>
                  {specific.length === 0 ? (
                    <p className="muted small">{t('issues.noneNarrowedFromThisArea')}</p>
                  ) : (
                    <ul className="rows">
                      {specific.map((i) => (
                        <li key={i.id} className="row">
                          <div className="row-main">
                            <Link to={`/issues/${i.id}`}>{i.name}</Link>
                            <PrioritizedBadge prioritized={i.prioritized} />
                          </div>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
            {loose.length > 0 && (
              <section className="card issue-area" aria-labelledby="loose-h">
                <h2 id="loose-h">{t('issues.specificIssuesWithoutABroad')}</h2>
                <ul className="rows">
                  {loose.map((i) => (
                    <li key={i.id} className="row">
                      <div className="row-main">
                        <Link to={`/issues/${i.id}`}>{i.name}</Link>
                        <PrioritizedBadge prioritized={i.prioritized} />
                      </div>
                      <LatestDecision issue={i} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        </>
      )}
    </div>
  );
}
