import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { LED_BY, ORGANIZATION_TYPES, labelOf, plural } from '../lib/format';
import { useDebounced } from '../lib/useDebounced';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import type { OrganizationType } from '../types';
import { ORGANIZATIONS } from './queries';

export function OrganizationsListPage() {
  useTitle('Organizations');
  const { params, setFilter: setParam } = useUrlFilters();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const regionId = params.get('region') ?? '';
  const type = (params.get('type') ?? '') as OrganizationType | '';
  const settled = useDebounced(search.trim(), 300);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  const { data, previousData, loading, error, fetchMore } = useQuery(ORGANIZATIONS, {
    variables: { first: 25, search: settled || null, regionId: regionId || null, type: type || null },
    fetchPolicy: 'cache-and-network',
  });
  const orgs = (data ?? previousData)?.organizations;


  async function loadMore() {
    if (!orgs?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({ variables: { after: orgs.pageInfo.endCursor } });
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>Organizations</h1>
        <Link to="/organizations/new" className="button button-primary">
          Add organization
        </Link>
      </div>
      <Flash />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="orgs-search">Search organizations</label>
          <input
            id="orgs-search"
            type="search"
            value={search}
            placeholder="Name, ZIP or issue area"
            onChange={(e) => {
              setSearch(e.target.value);
              setParam('q', e.target.value.trim());
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="orgs-type">Type</label>
          <select id="orgs-type" value={type} onChange={(e) => setParam('type', e.target.value)}>
            <option value="">All types</option>
            {ORGANIZATION_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <RegionFilter id="orgs-region" value={regionId} onChange={(v) => setParam('region', v)} />
      </form>

      {error && !orgs && <Alert>{errorMessage(error)}</Alert>}
      {!orgs && !error && <Loading />}
      {orgs && (
        <>
          <p className="count" aria-live="polite">
            {plural(orgs.totalCount, 'organization')}
            {settled ? ` matching “${settled}”` : ''}
            {loading && <span className="muted"> · updating…</span>}
          </p>
          {orgs.nodes.length === 0 ? (
            <p className="empty">
              No organizations found. <Link to="/organizations/new">Add one</Link>
            </p>
          ) : (
            <table className="list-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Issue areas</th>
                  <th scope="col">Led by</th>
                  <th scope="col">ZIP</th>
                  <th scope="col">Region</th>
                </tr>
              </thead>
              <tbody>
                {orgs.nodes.map((o) => (
                  <tr key={o.id}>
                    <th scope="row" className="cell-title">
                      <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                    </th>
                    <td data-label="Type">{labelOf(ORGANIZATION_TYPES, o.type)}</td>
                    <td data-label="Issue areas">{o.issueAreas.join(', ') || <span className="muted">—</span>}</td>
                    <td data-label="Led by">
                      {o.ledBy.map((l) => labelOf(LED_BY, l)).join(', ') || <span className="muted">—</span>}
                    </td>
                    <td data-label="ZIP">{o.zip ?? <span className="muted">—</span>}</td>
                    <td data-label="Region">{o.region.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {orgs.nodes.length > 0 && (
            <p className="muted small">
              Showing {orgs.nodes.length} of {orgs.totalCount}
            </p>
          )}
          {moreError !== null && <Alert>{errorMessage(moreError)}</Alert>}
          {orgs.pageInfo.hasNextPage && (
            <button type="button" className="button-secondary load-more" onClick={() => void loadMore()} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Load more organizations'}
            </button>
          )}
        </>
      )}
    </div>
  );
}
