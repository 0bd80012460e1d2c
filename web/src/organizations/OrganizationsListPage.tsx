import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { LED_BY, ORGANIZATION_TYPES, labelOf } from '../lib/format';
import { useDebounced } from '../lib/useDebounced';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import type { OrganizationType } from '../types';
import { ORGANIZATIONS } from './queries';
import { t } from '../i18n/intl';

export function OrganizationsListPage() {
  useTitle(t('nav.organizations'));
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const regionId = params.get('region') ?? '';
  const type = (params.get('type') ?? '') as OrganizationType | '';
  const settled = useDebounced(search.trim(), 300);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const regions = useQuery(REGIONS).data?.regions ?? [];

  const { data, previousData, loading, error, fetchMore } = useQuery(ORGANIZATIONS, {
    variables: { first: 25, search: settled || null, regionId: regionId || null, type: type || null },
    fetchPolicy: 'cache-and-network',
  });
  const orgs = (data ?? previousData)?.organizations;

  function setParam(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

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
        <h1>{t('nav.organizations')}</h1>
        <Link to="/organizations/new" className="button button-primary">
          {t('organizations.addOrganization')}
        </Link>
      </div>
      <Flash />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="orgs-search">{t('organizations.searchOrganizations')}</label>
          <input
            id="orgs-search"
            type="search"
            value={search}
            placeholder={t('organizations.nameZipOrIssueArea')}
            onChange={(e) => {
              setSearch(e.target.value);
              setParam('q', e.target.value.trim());
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="orgs-type">{t('customfields.type')}</label>
          <select id="orgs-type" value={type} onChange={(e) => setParam('type', e.target.value)}>
            <option value="">{t('organizations.allTypes')}</option>
            {ORGANIZATION_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        {regions.length > 1 && (
          <div className="field">
            <label htmlFor="orgs-region">{t('campaigns.region')}</label>
            <select id="orgs-region" value={regionId} onChange={(e) => setParam('region', e.target.value)}>
              <option value="">{t('shell.allRegions')}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>

      {error && !orgs && <Alert>{errorMessage(error)}</Alert>}
      {!orgs && !error && <Loading />}
      {orgs && (
        <>
          <p className="count" aria-live="polite">
            {t('count.organization', { count: orgs.totalCount })}
            {settled ? t('organizations.matching', { settled }) : ''}
            {loading && <span className="muted">{' '}{t('campaigns.updating')}</span>}
          </p>
          {orgs.nodes.length === 0 ? (
            <p className="empty">
              {t('organizations.noOrganizationsFound')}{' '}<Link to="/organizations/new">{t('organizations.addOne')}</Link>
            </p>
          ) : (
            <table className="list-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.name')}</th>
                  <th scope="col">{t('customfields.type')}</th>
                  <th scope="col">{t('dedupe.issueAreas')}</th>
                  <th scope="col">{t('dedupe.ledBy')}</th>
                  <th scope="col">{t('events.zip')}</th>
                  <th scope="col">{t('campaigns.region')}</th>
                </tr>
              </thead>
              <tbody>
                {orgs.nodes.map((o) => (
                  <tr key={o.id}>
                    <th scope="row" className="cell-title">
                      <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                    </th>
                    <td data-label="Type">{labelOf(ORGANIZATION_TYPES, o.type)}</td>
                    <td data-label="Issue areas">{o.issueAreas.join(', ') || <span className="muted">{t('common.symbol')}</span>}</td>
                    <td data-label="Led by">
                      {o.ledBy.map((l) => labelOf(LED_BY, l)).join(', ') || <span className="muted">{t('common.symbol')}</span>}
                    </td>
                    <td data-label="ZIP">{o.zip ?? <span className="muted">{t('common.symbol')}</span>}</td>
                    <td data-label="Region">{o.region.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {orgs.nodes.length > 0 && (
            <p className="muted small">
              {t('organizations.showingOf', { length: orgs.nodes.length, totalCount: orgs.totalCount })}
            </p>
          )}
          {moreError !== null && <Alert>{errorMessage(moreError)}</Alert>}
          {orgs.pageInfo.hasNextPage && (
            <button type="button" className="button-secondary load-more" onClick={() => void loadMore()} disabled={loadingMore}>
              {loadingMore ? t('components.loading') : t('organizations.loadMoreOrganizations')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
