import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { ASSEMBLY_OUTCOMES } from '../campaigns/options';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { formatDate, labelOf, plural } from '../lib/format';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { REGIONS } from '../people/queries';
import { ISSUES, type IssueRow } from './queries';

export function PrioritizedBadge({ prioritized }: { prioritized: boolean }) {
  return (
    <span className={`badge ${prioritized ? 'badge-go' : 'badge-stop'}`}>{prioritized ? 'Prioritized' : 'Not prioritized'}</span>
  );
}

/** "Prioritized at Spring Issue Assembly, Mar 8, 2025", or that no assembly decided yet. */
function LatestDecision({ issue }: { issue: IssueRow }) {
  const d = issue.decisions[0];
  if (!d) return <span className="muted small">No Issue Assembly has decided on it yet.</span>;
  return (
    <span className="small">
      {labelOf(ASSEMBLY_OUTCOMES, d.outcome)} at{' '}
      <Link to={`/issues/assemblies/${d.assembly.id}`}>{d.assembly.name}</Link>, {formatDate(d.assembly.date)}
      {d.notes ? <span className="muted"> · {d.notes}</span> : null}
    </span>
  );
}

export function IssuesListPage() {
  useTitle('Issues');
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
        <h1>Issues</h1>
        <div className="actions">
          <Link to="/issues/assemblies" className="button button-secondary">
            Issue Assemblies
          </Link>
          {canManage(me) && (
            <Link to="/issues/new" className="button button-primary">
              Add an issue
            </Link>
          )}
        </div>
      </div>
      <Flash />
      <p className="muted">
        Broad problem areas, and the specific, immediate, winnable issues narrowed from them. Members are mobilized only
        on issues an Issue Assembly prioritized.
      </p>
      {regions.length > 1 && (
        <form className="filters filters-compact" onSubmit={(e) => e.preventDefault()} aria-label="Filter issues">
          <RegionFilter id="issues-region" value={regionId} onChange={(v) => setFilter('region', v)} />
        </form>
      )}
      {error && !issues && <Alert>{errorMessage(error)}</Alert>}
      {!issues && !error && <Loading />}
      {issues && (
        <>
          <p className="count">{plural(areas.length, 'broad area')}, {plural(issues.length - areas.length, 'specific issue')}</p>
          {issues.length === 0 && <p className="empty">No issues yet.</p>}
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
                    Broad area{regions.length > 1 ? ` · ${area.region.name}` : ''}
                  </p>
                  <LatestDecision issue={area} />
                  <h3 className="section-subhead">Specific issues</h3>
                  {specific.length === 0 ? (
                    <p className="muted small">None narrowed from this area yet.</p>
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
                <h2 id="loose-h">Specific issues without a broad area</h2>
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
