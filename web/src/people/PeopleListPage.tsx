import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { kindLabel, plural } from '../lib/format';
import { useDebounced } from '../lib/useDebounced';
import { useTitle } from '../lib/useTitle';
import type { Connection, PersonKind, Region } from '../types';
import { REGIONS } from './queries';

export interface PersonRow {
  id: string;
  name: string;
  emails: string[] | null;
  phones: string[] | null;
  contactHidden: boolean;
  zip: string | null;
  kinds: PersonKind[];
  region: Region;
}

export const PAGE_SIZE = 25;

export const PEOPLE: TypedDocumentNode<
  { people: Connection<PersonRow> },
  { first: number; after?: string | null; search?: string | null; regionId?: string | null }
> = gql`
  query People($first: Int!, $after: String, $search: String, $regionId: ID) {
    people(first: $first, after: $after, search: $search, regionId: $regionId) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        emails
        phones
        contactHidden
        zip
        kinds
        region {
          id
          name
        }
      }
    }
  }
`;

export function PeopleListPage() {
  useTitle('People');
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const regionId = params.get('region') ?? '';
  const settled = useDebounced(search.trim(), 300);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const regions = useQuery(REGIONS).data?.regions ?? [];

  const { data, previousData, loading, error, fetchMore } = useQuery(PEOPLE, {
    variables: { first: PAGE_SIZE, search: settled || null, regionId: regionId || null },
    fetchPolicy: 'cache-and-network',
  });
  const people = (data ?? previousData)?.people;

  function setParam(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  function onSearch(value: string) {
    setSearch(value);
    setParam('q', value.trim());
  }

  async function loadMore() {
    if (!people?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({ variables: { after: people.pageInfo.endCursor } });
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>People</h1>
        <Link to="/people/new" className="button button-primary">
          Add person
        </Link>
      </div>
      <Flash />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="people-search">Search people</label>
          <input
            id="people-search"
            type="search"
            value={search}
            placeholder="Name, email, phone or ZIP"
            aria-describedby="people-search-hint"
            onChange={(e) => onSearch(e.target.value)}
          />
          <p className="field-hint" id="people-search-hint">
            Matches name, ZIP, and email or phone where you can see them.
          </p>
        </div>
        {regions.length > 1 && (
          <div className="field">
            <label htmlFor="people-region">Region</label>
            <select id="people-region" value={regionId} onChange={(e) => setParam('region', e.target.value)}>
              <option value="">All regions</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>

      {error && !people && <Alert>{errorMessage(error)}</Alert>}
      {!people && !error && <Loading />}
      {people && (
        <>
          <p className="count" aria-live="polite" data-testid="people-count">
            {!data && previousData ? (
              // The list shown is the previous search's: say so rather than count it as matching the new one.
              <span className="muted">Searching{settled ? ` for “${settled}”` : ''}…</span>
            ) : (
              <>
                {plural(people.totalCount, 'person', 'people')}
                {settled ? ` matching “${settled}”` : ''}
                {loading && <span className="muted"> · updating…</span>}
              </>
            )}
          </p>
          {people.nodes.length === 0 ? (
            <p className="empty">
              No one found. <Link to="/people/new">Add a person</Link>
            </p>
          ) : (
            <table className="list-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kinds</th>
                  <th scope="col">Email</th>
                  <th scope="col">Phone</th>
                  <th scope="col">ZIP</th>
                  <th scope="col">Region</th>
                </tr>
              </thead>
              <tbody>
                {people.nodes.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className="cell-title">
                      <Link to={`/people/${p.id}`}>{p.name}</Link>
                    </th>
                    <td data-label="Kinds">{p.kinds.map(kindLabel).join(', ') || <span className="muted">—</span>}</td>
                    <ContactCell label="Email" hidden={p.contactHidden} values={p.emails} />
                    <ContactCell label="Phone" hidden={p.contactHidden} values={p.phones} />
                    <td data-label="ZIP">{p.zip ?? <span className="muted">—</span>}</td>
                    <td data-label="Region">{p.region.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {people.nodes.length > 0 && (
            <p className="muted small">
              Showing {people.nodes.length.toLocaleString('en-US')} of {people.totalCount.toLocaleString('en-US')}
            </p>
          )}
          {moreError !== null && <Alert>{errorMessage(moreError)}</Alert>}
          {people.pageInfo.hasNextPage && (
            <button type="button" className="button-secondary load-more" onClick={() => void loadMore()} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : `Load more people`}
            </button>
          )}
        </>
      )}
    </div>
  );
}

function ContactCell({ label, hidden, values }: { label: string; hidden: boolean; values: string[] | null }) {
  if (hidden) {
    return (
      <td data-label={label}>
        <span className="muted small">hidden</span>
      </td>
    );
  }
  return (
    <td data-label={label} className="cell-contact">
      {values && values.length ? values[0] : <span className="muted">—</span>}
      {values && values.length > 1 && <span className="muted small"> +{values.length - 1}</span>}
    </td>
  );
}
