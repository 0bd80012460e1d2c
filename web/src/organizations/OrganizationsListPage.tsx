import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { CAMPAIGN_OPTIONS } from '../events/queries';
import { errorMessage } from '../lib/errors';
import { formatDate, LED_BY, ORGANIZATION_TYPES, labelOf, splitList } from '../lib/format';
import { useDebounced } from '../lib/useDebounced';
import { useTitle } from '../lib/useTitle';
import { CustomFieldFilter } from '../people/CustomFieldFilter';
import { REGIONS } from '../people/queries';
import type { LedBy, OrganizationType } from '../types';
import {
  BULK_ENDORSEMENT_PIPELINE,
  ORG_COLUMNS,
  ORGANIZATIONS_LIST,
  orgColumnsFromParams,
  orgFilterFromParams,
  paramsWithOrgFilter,
  type OrganizationsFilter,
  type OrganizationsSortBy,
  type OrgColumnKey,
} from './organizationsFilter';
import { t } from '../i18n/intl';
import { SavedListsBar } from '../lists/SavedListsBar';
import { UNDO_LAST_BULK_ACTION, undoOutcome, type BulkResult } from '../lists/bulk';
import { BulkProgress, finishedOutcome } from '../lists/BulkProgress';

const PAGE_SIZE = 25;

/**
 * Organizations by any field (kinds, led-by, issue areas, region, distance from a ZIP), sorted by a column, with
 * the columns chosen; the URL holds it all. Bulk: add the chosen organizations, or the whole list, to a
 * campaign's endorsement pipeline, and undo that.
 */
export function OrganizationsListPage() {
  useTitle(t('nav.organizations'));
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => orgFilterFromParams(params), [params]);
  const [search, setSearch] = useState(filter.search ?? '');
  const settled = useDebounced(search.trim(), 300);
  const sortBy = (params.get('sort') as OrganizationsSortBy | null) ?? 'NAME';
  const descending = params.get('desc') === '1';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const columns = orgColumnsFromParams(params);
  const regions = useQuery(REGIONS).data?.regions ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());

  useEffect(() => {
    if ((filter.search ?? '') !== settled) setParams(paramsWithOrgFilter(params, { ...filter, search: settled }), { replace: true });
  }, [settled]); // eslint-disable-line react-hooks/exhaustive-deps

  // Computed columns cost the server a read per page: asked for only when shown or sorted by.
  const withFacts = columns.includes('lastContact') || columns.includes('members') || sortBy === 'LAST_CONTACT' || sortBy === 'MEMBERS';
  const { data, previousData, loading, error, refetch } = useQuery(ORGANIZATIONS_LIST, {
    variables: { input: { filter, sortBy, descending, first: PAGE_SIZE, offset: page * PAGE_SIZE }, withFacts },
    fetchPolicy: 'cache-and-network',
  });
  const orgs = (data ?? previousData)?.organizationsList;
  const facts = new Map((orgs?.facts ?? []).map((f) => [f.organizationId, f]));

  function setFilter(next: OrganizationsFilter) {
    setSelected(new Set());
    setParams(paramsWithOrgFilter(params, next), { replace: true });
  }
  function setParam(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }
  function sortOn(column: OrganizationsSortBy) {
    const next = new URLSearchParams(params);
    next.set('sort', column);
    if (column === sortBy && !descending) next.set('desc', '1');
    else next.delete('desc');
    next.delete('page');
    setParams(next, { replace: true });
  }
  function toggleColumn(key: OrgColumnKey) {
    const next = columns.includes(key) ? columns.filter((c) => c !== key) : ORG_COLUMNS.map((c) => c.key).filter((c) => c === key || columns.includes(c));
    setParam('cols', next.join(',') || 'none');
  }
  const shown = (key: OrgColumnKey) => columns.includes(key);
  const sortHeader = (label: string, column: OrganizationsSortBy) => (
    <th scope="col" aria-sort={sortBy === column ? (descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="link-button" onClick={() => sortOn(column)}>
        {label}
        {sortBy === column ? (descending ? t('common.symbol47') : t('common.symbol48')) : ''}
      </button>
    </th>
  );
  const pageIds = orgs?.nodes.map((o) => o.id) ?? [];
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('nav.organizations')}</h1>
        <Link to="/organizations/new" className="button button-primary">
          {t('organizations.addOrganization')}
        </Link>
      </div>
      <Flash />
      <SavedListsBar
        view={{ entity: 'ORGANIZATIONS', filter, sortBy, descending, columns }}
        regions={regions}
        onOpen={(l) => {
          const saved = JSON.parse(l.filter) as OrganizationsFilter;
          const next = paramsWithOrgFilter(new URLSearchParams(), saved);
          next.set('sort', l.organizationsSortBy ?? 'NAME');
          if (l.descending) next.set('desc', '1');
          if (l.columns.length) next.set('cols', l.columns.join(','));
          next.set('list', l.id);
          setSearch(saved.search ?? '');
          setSelected(new Set());
          setParams(next, { replace: true });
        }}
      />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="orgs-search">{t('organizations.searchOrganizations')}</label>
          <input
            id="orgs-search"
            type="search"
            value={search}
            placeholder={t('organizations.nameZipOrIssueArea')}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="orgs-type">{t('customfields.type')}</label>
          <select
            id="orgs-type"
            value={filter.types?.[0] ?? ''}
            onChange={(e) => setFilter({ ...filter, types: e.target.value ? [e.target.value as OrganizationType] : [] })}
          >
            <option value="">{t('organizations.allTypes')}</option>
            {ORGANIZATION_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="orgs-led-by">{t('dedupe.ledBy')}</label>
          <select
            id="orgs-led-by"
            value={filter.ledBy?.[0] ?? ''}
            onChange={(e) => setFilter({ ...filter, ledBy: e.target.value ? [e.target.value as LedBy] : [] })}
          >
            <option value="">{t('organizations.anyone')}</option>
            {LED_BY.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        {regions.length > 1 && (
          <div className="field">
            <label htmlFor="orgs-region">{t('campaigns.region')}</label>
            <select id="orgs-region" value={filter.regionId ?? ''} onChange={(e) => setFilter({ ...filter, regionId: e.target.value })}>
              <option value="">{t('shell.allRegions')}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <CommitField
          id="orgs-issues"
          label={t('organizations.issueAreasAllOf')}
          value={(filter.issueAreas ?? []).join(', ')}
          onCommit={(v) => setFilter({ ...filter, issueAreas: splitList(v) })}
        />
        <CommitField
          id="orgs-near"
          label={t('people.nearZip')}
          value={filter.nearZip ?? ''}
          onCommit={(v) => setFilter({ ...filter, nearZip: v, withinMiles: v ? (filter.withinMiles ?? 5) : undefined })}
        />
        {filter.nearZip && (
          <CommitField
            id="orgs-miles"
            label={t('people.withinMiles')}
            type="number"
            value={String(filter.withinMiles ?? '')}
            onCommit={(v) => setFilter({ ...filter, withinMiles: v ? Number(v) : undefined })}
          />
        )}
        <CustomFieldFilter entity="ORGANIZATION" value={filter.customFields ?? []} onChange={(customFields) => setFilter({ ...filter, customFields })} />
      </form>
      <details className="column-chooser">
        <summary>{t('people.columns')}</summary>
        {ORG_COLUMNS.map((c) => (
          <label key={c.key} className="checkbox">
            <input type="checkbox" checked={shown(c.key)} onChange={() => toggleColumn(c.key)} /> {c.label}
          </label>
        ))}
      </details>

      {error && <Alert>{errorMessage(error)}</Alert>}
      {!orgs && !error && <Loading />}
      {orgs && (
        <>
          <p className="count" aria-live="polite" data-testid="organizations-count">
            {t('count.organization', { count: orgs.totalCount })}
            {filter.search ? t('people.matching', { search: filter.search }) : ''}
            {loading && <span className="muted"> {t('campaigns.updating')}</span>}
          </p>
          <PipelineBar
            selected={[...selected]}
            filter={filter}
            total={orgs.totalCount}
            onDone={() => {
              setSelected(new Set());
              void refetch();
            }}
          />
          {orgs.nodes.length === 0 ? (
            <p className="empty">
              {t('organizations.noOrganizationsFound')} <Link to="/organizations/new">{t('organizations.addOne')}</Link>
            </p>
          ) : (
            <div className="table-scroll">
              <table className="list-table">
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label={t('organizations.selectEveryOrganizationOnThis')}
                        checked={allOnPage}
                        onChange={() =>
                          setSelected(allOnPage ? new Set([...selected].filter((id) => !pageIds.includes(id))) : new Set([...selected, ...pageIds]))
                        }
                      />
                    </th>
                    {sortHeader('Name', 'NAME')}
                    {shown('type') && sortHeader('Type', 'TYPE')}
                    {shown('issueAreas') && <th scope="col">{t('dedupe.issueAreas')}</th>}
                    {shown('ledBy') && <th scope="col">{t('dedupe.ledBy')}</th>}
                    {shown('zip') && sortHeader('ZIP', 'ZIP')}
                    {shown('region') && sortHeader('Region', 'REGION')}
                    {shown('lastContact') && sortHeader(t('people.lastContact'), 'LAST_CONTACT')}
                    {shown('members') && sortHeader(t('organizations.members'), 'MEMBERS')}
                  </tr>
                </thead>
                <tbody>
                  {orgs.nodes.map((o) => (
                    <tr key={o.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('people.select', { name: o.name })}
                          checked={selected.has(o.id)}
                          onChange={() => {
                            const next = new Set(selected);
                            if (next.has(o.id)) next.delete(o.id);
                            else next.add(o.id);
                            setSelected(next);
                          }}
                        />
                      </td>
                      <th scope="row" className="cell-title">
                        <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                      </th>
                      {shown('type') && <td data-label={t('customfields.type')}>{labelOf(ORGANIZATION_TYPES, o.type)}</td>}
                      {shown('issueAreas') && (
                        <td data-label={t('dedupe.issueAreas')}>{o.issueAreas.join(', ') || <span className="muted">{t('common.symbol')}</span>}</td>
                      )}
                      {shown('ledBy') && (
                        <td data-label={t('dedupe.ledBy')}>
                          {o.ledBy.map((l) => labelOf(LED_BY, l)).join(', ') || <span className="muted">{t('common.symbol')}</span>}
                        </td>
                      )}
                      {shown('zip') && <td data-label={t('events.zip')}>{o.zip ?? <span className="muted">{t('common.symbol')}</span>}</td>}
                      {shown('region') && <td data-label={t('campaigns.region')}>{o.region.name}</td>}
                      {shown('lastContact') && (
                        <td data-label={t('people.lastContact')}>
                          {facts.get(o.id)?.lastContact ? formatDate(facts.get(o.id)!.lastContact!) : <span className="muted">{t('people.never')}</span>}
                        </td>
                      )}
                      {shown('members') && <td data-label={t('organizations.members')}>{facts.get(o.id)?.members ?? 0}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {orgs.nodes.length > 0 && (
            <p className="muted small">
              {t('organizations.showingOf2', { page: page * PAGE_SIZE + 1, length: page * PAGE_SIZE + orgs.nodes.length, totalCount: orgs.totalCount })}
            </p>
          )}
          <div className="pager">
            {page > 0 && (
              <button type="button" className="button-secondary" onClick={() => setParam('page', page > 1 ? String(page - 1) : null)}>
                {t('people.previousPage')}
              </button>
            )}
            {(page + 1) * PAGE_SIZE < orgs.totalCount && (
              <button type="button" className="button-secondary" onClick={() => setParam('page', String(page + 1))}>
                {t('people.nextPage')}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}

/** A filter field that applies when the user leaves it or presses Enter, not on every key. */
function CommitField({
  id,
  label,
  value,
  onCommit,
  type = 'text',
}: {
  id: string;
  label: string;
  value: string;
  onCommit: (v: string) => void;
  type?: string;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text.trim() !== value) onCommit(text.trim());
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
    </div>
  );
}

/** Adds the chosen organizations, or everyone in the list, to a campaign's endorsement pipeline; undoes the last bulk action. */
function PipelineBar({ selected, filter, total, onDone }: { selected: string[]; filter: OrganizationsFilter; total: number; onDone: () => void }) {
  const campaigns = useQuery(CAMPAIGN_OPTIONS, { variables: {} });
  const [run, running] = useMutation(BULK_ENDORSEMENT_PIPELINE);
  const [undo, undoing] = useMutation(UNDO_LAST_BULK_ACTION);
  const [campaignId, setCampaignId] = useState('');
  const [wholeList, setWholeList] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  /** A large addition running on the server in parts (more than 500 organizations). */
  const [job, setJob] = useState<BulkResult | null>(null);
  const count = wholeList ? total : selected.length;
  const said = (r: BulkResult) => (r.unchanged ? t('organizations.summaryAlreadyIn', { summary: r.summary, count: r.unchanged }) : r.summary);

  async function act(work: () => Promise<string | BulkResult>) {
    setOutcome('');
    setFailure(null);
    try {
      const r = await work();
      if (typeof r !== 'string' && r.status === 'RUNNING') return setJob(r);
      setOutcome(typeof r === 'string' ? r : said(r));
      onDone();
    } catch (e) {
      setFailure(e);
    }
  }

  return (
    <section className="bulk-bar" aria-label={t('people.bulkActions')}>
      <p>
        <strong>{t('count.organization', { count })}</strong> {wholeList ? t('people.inThisList') : t('people.selected')}
        <label className="checkbox">
          <input type="checkbox" checked={wholeList} onChange={(e) => setWholeList(e.target.checked)} /> {t('organizations.actOnEveryOrganizationIn')}
        </label>
      </p>
      <div className="field">
        <label htmlFor="bulk-campaign">{t('campaigns.campaign')}</label>
        <select id="bulk-campaign" value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
          <option value="">{t('organizations.chooseACampaign')}</option>
          {(campaigns.data?.campaigns ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button-secondary"
        disabled={running.loading || !!job || !campaignId}
        onClick={() =>
          void act(async () => {
            const target = wholeList ? { filter } : { organizationIds: selected };
            return (await run({ variables: { input: { campaignId, target } } })).data!.bulkEndorsementPipeline;
          })
        }
      >
        {t('organizations.addToEndorsementPipeline')}
      </button>
      <button
        type="button"
        className="link-button"
        disabled={undoing.loading || !!job}
        onClick={() =>
          void act(async () => {
            return undoOutcome((await undo()).data!.undoLastBulkAction);
          })
        }
      >
        {t('people.undoMyLastBulkAction')}
      </button>
      {running.loading && <p role="status">{t('organizations.adding', { count })}</p>}
      {job && (
        <BulkProgress
          started={job}
          onFinished={(r) => {
            setJob(null);
            setOutcome(finishedOutcome(r, said));
            onDone();
          }}
        />
      )}
      {outcome && <p role="status">{outcome}</p>}
      {failure !== null && <Alert>{errorMessage(failure)}</Alert>}
      {campaigns.error && <Alert>{errorMessage(campaigns.error)}</Alert>}
    </section>
  );
}
