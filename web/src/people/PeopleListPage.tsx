import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { formatDate, kindLabel, PERSON_KINDS, splitList } from '../lib/format';
import { useDebounced } from '../lib/useDebounced';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import type { PersonKind, Region } from '../types';
import { COLUMNS, columnsFromParams, filterFromParams, paramsWithFilter, type ColumnKey, type PeopleFilter, type SortBy } from './peopleFilter';
import { CustomFieldFilter } from './CustomFieldFilter';
import { BulkPeopleActions, ExportListButton } from './BulkPeopleActions';
import { REGIONS } from './queries';
import { graphql } from '../gql';
import { SavedListsBar } from '../lists/SavedListsBar';
import { UNDO_LAST_BULK_ACTION, undoOutcome, type BulkResult } from '../lists/bulk';
import { BulkProgress, finishedOutcome } from '../lists/BulkProgress';
import { t } from '../i18n/intl';

export interface PersonRow {
  id: string;
  name: string;
  emails: string[] | null;
  phones: string[] | null;
  contactHidden: boolean;
  zip: string | null;
  kinds: PersonKind[];
  tags: string[];
  createdAt: string;
  region: Region;
}

export const PAGE_SIZE = 25;

interface ListInput {
  filter: PeopleFilter;
  sortBy: SortBy;
  descending: boolean;
  first: number;
  offset: number;
}

export const PEOPLE_LIST = graphql(`
  query PeopleList($input: PeopleListArgsInput!, $withFacts: Boolean!) {
    peopleList(input: $input) {
      totalCount
      facts @include(if: $withFacts) {
        personId
        lastContact
        asks30Days
        leadershipLevel
      }
      nodes {
        id
        name
        emails
        phones
        contactHidden
        zip
        kinds
        tags
        createdAt
        region {
          id
          name
        }
      }
    }
  }
`);

export const BULK_PEOPLE = graphql(`
  mutation BulkPeople($input: BulkPeopleInput!) {
    bulkPeople(input: $input) {
      ...BulkResultFields
    }
  }
`);

export function PeopleListPage() {
  useTitle(t('nav.people'));
  const [params, setParams] = useSearchParams();
  const { setFilter: setParam } = useUrlFilters();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const [search, setSearch] = useState(filter.search ?? '');
  const settled = useDebounced(search.trim(), 300);
  const sortBy = (params.get('sort') as SortBy | null) ?? 'NAME';
  const descending = params.get('desc') === '1';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const columns = columnsFromParams(params);
  const regions = useQuery(REGIONS).data?.regions ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());

  useEffect(() => {
    if ((filter.search ?? '') !== settled) setParams(paramsWithFilter(params, { ...filter, search: settled }), { replace: true });
  }, [settled]); // eslint-disable-line react-hooks/exhaustive-deps

  const input: ListInput = { filter, sortBy, descending, first: PAGE_SIZE, offset: page * PAGE_SIZE };
  // Computed columns cost the server a read per page: asked for only when shown or sorted by.
  const withFacts = COLUMNS.some((c) => 'computed' in c && (columns.includes(c.key) || c.sort === sortBy));
  const { data, previousData, loading, error, refetch } = useQuery(PEOPLE_LIST, { variables: { input, withFacts }, fetchPolicy: 'cache-and-network' });
  const list = (data ?? previousData)?.peopleList;
  const facts = new Map((list?.facts ?? []).map((f) => [f.personId, f]));

  function setFilter(next: PeopleFilter) {
    setSelected(new Set());
    setParams(paramsWithFilter(params, next), { replace: true });
  }
  function sortOn(column: SortBy) {
    const next = new URLSearchParams(params);
    next.set('sort', column);
    if (column === sortBy && !descending) next.set('desc', '1');
    else next.delete('desc');
    next.delete('page');
    setParams(next, { replace: true });
  }
  function toggleColumn(key: ColumnKey) {
    const next = columns.includes(key) ? columns.filter((c) => c !== key) : COLUMNS.map((c) => c.key).filter((c) => c === key || columns.includes(c));
    setParam('cols', next.join(',') || 'none');
  }

  const shown = (key: ColumnKey) => columns.includes(key);
  const sortHeader = (label: string, column: SortBy) => (
    <th scope="col" aria-sort={sortBy === column ? (descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="link-button" onClick={() => sortOn(column)}>
        {label}
        {sortBy === column ? (descending ? t('common.symbol47') : t('common.symbol48')) : ''}
      </button>
    </th>
  );
  const pageIds = list?.nodes.map((p) => p.id) ?? [];
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('nav.people')}</h1>
        <Link to="/people/new" className="button button-primary">
          {t('people.addPerson')}
        </Link>
      </div>
      <Flash />
      <SavedListsBar
        view={{ entity: 'PEOPLE', filter, sortBy, descending, columns }}
        regions={regions}
        onOpen={(l) => {
          const next = paramsWithFilter(new URLSearchParams(), JSON.parse(l.filter) as PeopleFilter);
          next.set('sort', l.sortBy);
          if (l.descending) next.set('desc', '1');
          if (l.columns.length) next.set('cols', l.columns.join(','));
          next.set('list', l.id);
          setSearch((JSON.parse(l.filter) as PeopleFilter).search ?? '');
          setSelected(new Set());
          setParams(next, { replace: true });
        }}
      />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="people-search">{t('people.searchPeople')}</label>
          <input
            id="people-search"
            type="search"
            value={search}
            placeholder={t('people.nameEmailPhoneOrZip')}
            aria-describedby="people-search-hint"
            onChange={(e) => setSearch(e.target.value)}
          />
          <p className="field-hint" id="people-search-hint">
            {t('people.matchesNameZipAndEmail')}
          </p>
        </div>
        <RegionFilter id="people-region" value={filter.regionId ?? ''} onChange={(v) => setFilter({ ...filter, regionId: v })} />
        <div className="field">
          <label htmlFor="people-kind">{t('interactions.kind')}</label>
          <select
            id="people-kind"
            value={filter.kinds?.[0] ?? ''}
            onChange={(e) => setFilter({ ...filter, kinds: e.target.value ? [e.target.value as PersonKind] : [] })}
          >
            <option value="">{t('people.anyKind')}</option>
            {PERSON_KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <TextFilter
          id="people-tags"
          label={t('people.tagsAllOf')}
          value={(filter.tags ?? []).join(', ')}
          onCommit={(v) => setFilter({ ...filter, tags: splitList(v) })}
        />
        <TextFilter
          id="people-near"
          label={t('people.nearZip')}
          value={filter.nearZip ?? ''}
          onCommit={(v) => setFilter({ ...filter, nearZip: v, withinMiles: v ? (filter.withinMiles ?? 5) : undefined })}
        />
        {filter.nearZip && (
          <TextFilter
            id="people-miles"
            label={t('people.withinMiles')}
            type="number"
            value={String(filter.withinMiles ?? '')}
            onCommit={(v) => setFilter({ ...filter, withinMiles: v ? Number(v) : undefined })}
          />
        )}
        <TextFilter
          id="people-contact-after"
          label={t('people.lastContactOnOrAfter')}
          type="date"
          value={filter.lastContactAfter ?? ''}
          onCommit={(v) => setFilter({ ...filter, lastContactAfter: v })}
        />
        <TextFilter
          id="people-contact-before"
          label={t('people.lastContactBefore')}
          type="date"
          value={filter.lastContactBefore ?? ''}
          onCommit={(v) => setFilter({ ...filter, lastContactBefore: v })}
        />
        <TextFilter
          id="people-asks-max"
          label={t('people.atMostAsksIn30')}
          type="number"
          value={String(filter.maxAsks30Days ?? '')}
          onCommit={(v) => setFilter({ ...filter, maxAsks30Days: v === '' ? undefined : Number(v) })}
        />
        <div className="field">
          <label htmlFor="people-level">{t('people.leadershipLevel')}</label>
          <select
            id="people-level"
            value={String(filter.minLeadershipLevel ?? '')}
            onChange={(e) => setFilter({ ...filter, minLeadershipLevel: e.target.value ? Number(e.target.value) : undefined })}
          >
            <option value="">{t('networkmap.any')}</option>
            <option value="1">{t('people.1OrHigher')}</option>
            <option value="2">{t('people.2OrHigher')}</option>
            <option value="3">{t('common.3')}</option>
          </select>
        </div>
        <CustomFieldFilter entity="PERSON" value={filter.customFields ?? []} onChange={(customFields) => setFilter({ ...filter, customFields })} />
      </form>
      <details className="column-chooser">
        <summary>{t('people.columns')}</summary>
        {COLUMNS.map((c) => (
          <label key={c.key} className="checkbox">
            <input type="checkbox" checked={shown(c.key)} onChange={() => toggleColumn(c.key)} /> {c.label}
          </label>
        ))}
      </details>

      {error && <Alert>{errorMessage(error)}</Alert>}
      {!list && !error && <Loading />}
      {list && (
        <>
          <p className="count" aria-live="polite" data-testid="people-count">
            {!data && previousData ? (
              // The rows shown are the previous filter's: say so rather than count them as matching the new one.
              <span className="muted">
                {t('people.searching')}
                {filter.search ? t('people.for', { search: filter.search }) : ''}
                {t('common.symbol42')}
              </span>
            ) : (
              <>
                {t('count.person', { count: list.totalCount })}
                {filter.search ? t('people.matching', { search: filter.search }) : ''}
                {loading && <span className="muted"> {t('campaigns.updating')}</span>}
              </>
            )}
          </p>
          <BulkBar
            selected={[...selected]}
            filter={filter}
            total={list.totalCount}
            onDone={() => {
              setSelected(new Set());
              void refetch();
            }}
          />
          {list.nodes.length === 0 ? (
            <p className="empty">
              {t('people.noOneFound')} <Link to="/people/new">{t('people.addAPerson')}</Link>
            </p>
          ) : (
            <div className="table-scroll">
              <table className="list-table">
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label={t('people.selectEveryoneOnThisPage')}
                        checked={allOnPage}
                        onChange={() =>
                          setSelected(allOnPage ? new Set([...selected].filter((id) => !pageIds.includes(id))) : new Set([...selected, ...pageIds]))
                        }
                      />
                    </th>
                    {sortHeader('Name', 'NAME')}
                    {shown('kinds') && <th scope="col">{t('dedupe.kinds')}</th>}
                    {shown('tags') && <th scope="col">{t('dedupe.tags')}</th>}
                    {shown('email') && <th scope="col">{t('signIn.email')}</th>}
                    {shown('phone') && <th scope="col">{t('people.phone')}</th>}
                    {shown('zip') && sortHeader('ZIP', 'ZIP')}
                    {shown('region') && sortHeader('Region', 'REGION')}
                    {shown('added') && sortHeader('Added', 'ADDED')}
                    {shown('lastContact') && sortHeader(t('people.lastContact'), 'LAST_CONTACT')}
                    {shown('asks') && sortHeader(t('people.asksIn30Days'), 'ASKS_30_DAYS')}
                    {shown('level') && sortHeader(t('people.leadershipLevel'), 'LEADERSHIP_LEVEL')}
                  </tr>
                </thead>
                <tbody>
                  {list.nodes.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('people.select', { name: p.name })}
                          checked={selected.has(p.id)}
                          onChange={() => {
                            const next = new Set(selected);
                            if (next.has(p.id)) next.delete(p.id);
                            else next.add(p.id);
                            setSelected(next);
                          }}
                        />
                      </td>
                      <th scope="row" className="cell-title">
                        <Link to={`/people/${p.id}`}>{p.name}</Link>
                      </th>
                      {shown('kinds') && (
                        <td data-label={t('dedupe.kinds')}>{p.kinds.map(kindLabel).join(', ') || <span className="muted">{t('common.symbol')}</span>}</td>
                      )}
                      {shown('tags') && <td data-label={t('dedupe.tags')}>{p.tags.join(', ') || <span className="muted">{t('common.symbol')}</span>}</td>}
                      {shown('email') && <ContactCell label={t('signIn.email')} hidden={p.contactHidden} values={p.emails} />}
                      {shown('phone') && <ContactCell label={t('people.phone')} hidden={p.contactHidden} values={p.phones} />}
                      {shown('zip') && <td data-label={t('events.zip')}>{p.zip ?? <span className="muted">{t('common.symbol')}</span>}</td>}
                      {shown('region') && <td data-label={t('campaigns.region')}>{p.region.name}</td>}
                      {shown('added') && <td data-label={t('organizations.added')}>{formatDate(p.createdAt)}</td>}
                      {shown('lastContact') && (
                        <td data-label={t('people.lastContact')}>
                          {facts.get(p.id)?.lastContact ? formatDate(facts.get(p.id)!.lastContact!) : <span className="muted">{t('people.never')}</span>}
                        </td>
                      )}
                      {shown('asks') && <td data-label={t('people.asksIn30Days')}>{facts.get(p.id)?.asks30Days ?? 0}</td>}
                      {shown('level') && (
                        <td data-label={t('people.leadershipLevel')}>
                          {facts.get(p.id)?.leadershipLevel || <span className="muted">{t('common.symbol')}</span>}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {list.nodes.length > 0 && (
            <p className="muted small">
              {t('people.showingOf', { page: page * PAGE_SIZE + 1, length: page * PAGE_SIZE + list.nodes.length, list: list.totalCount })}
            </p>
          )}
          <div className="pager">
            {page > 0 && (
              <button type="button" className="button-secondary" onClick={() => setParam('page', page > 1 ? String(page - 1) : null)}>
                {t('people.previousPage')}
              </button>
            )}
            {(page + 1) * PAGE_SIZE < list.totalCount && (
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
function TextFilter({ id, label, value, onCommit, type = 'text' }: { id: string; label: string; value: string; onCommit: (v: string) => void; type?: string }) {
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

interface CallSheetRow {
  person: { id: string; name: string; notes: string | null };
  phone: string | null;
  lastContact: string | null;
  asks30Days: number;
}

export const CALL_SHEET = graphql(`
  query CallSheet($target: BulkTargetInput!) {
    callSheet(target: $target) {
      person {
        id
        name
        notes
      }
      phone
      lastContact
      asks30Days
    }
  }
`);

/** A spreadsheet cell: quoted, and never read as a formula by a spreadsheet program. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function callSheetCsv(rows: CallSheetRow[]): string {
  const lines = [
    [t('people.callSheetName'), t('people.callSheetPhone'), t('people.callSheetLastContact'), t('people.callSheetAsks'), t('people.callSheetNotes')],
  ];
  for (const r of rows) lines.push([r.person.name, r.phone ?? '', r.lastContact ?? '', String(r.asks30Days), r.person.notes ?? '']);
  return lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The call sheet of the chosen people: a printable table and a CSV download. */
function CallSheet({ rows }: { rows: CallSheetRow[] }) {
  const href = useMemo(() => URL.createObjectURL(new Blob([callSheetCsv(rows)], { type: 'text/csv' })), [rows]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <section className="call-sheet" aria-label={t('people.callSheet')}>
      <p>
        <a className="button button-secondary" href={href} download="call-sheet.csv">
          {t('people.downloadCallSheetCsv')}
        </a>{' '}
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {t('people.printCallSheet')}
        </button>
      </p>
      <table className="list-table">
        <thead>
          <tr>
            <th scope="col">{t('admin.name')}</th>
            <th scope="col">{t('people.phone')}</th>
            <th scope="col">{t('people.lastContact')}</th>
            <th scope="col">{t('people.asksIn30Days')}</th>
            <th scope="col">{t('dedupe.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.person.id}>
              <th scope="row">{r.person.name}</th>
              <td data-label={t('people.phone')}>{r.phone ?? <span className="muted">{t('people.hiddenOrNone')}</span>}</td>
              <td data-label={t('people.lastContact')}>{r.lastContact ? formatDate(r.lastContact) : <span className="muted">{t('people.never')}</span>}</td>
              <td data-label={t('people.asksIn30Days')}>{r.asks30Days}</td>
              <td data-label={t('dedupe.notes')}>{r.person.notes ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Tags, connectors and turnout asks for the chosen people, or for everyone the filter matches; the last bulk action can be undone. */
function BulkBar({ selected, filter, total, onDone }: { selected: string[]; filter: PeopleFilter; total: number; onDone: () => void }) {
  const [run, running] = useMutation(BULK_PEOPLE);
  const [undo, undoing] = useMutation(UNDO_LAST_BULK_ACTION);
  const [loadSheet, sheet] = useLazyQuery(CALL_SHEET, { fetchPolicy: 'network-only' });
  const [tags, setTags] = useState('');
  const [wholeList, setWholeList] = useState(false);
  const [outcome, setOutcome] = useState<string>('');
  const [failure, setFailure] = useState<unknown>(null);
  /** A large action running on the server in parts, and how to say what it did once it has finished. */
  const [job, setJob] = useState<{ started: BulkResult; describe: (r: BulkResult) => string } | null>(null);
  const count = wholeList ? total : selected.length;

  const target = wholeList ? { filter } : { personIds: selected };

  function track(r: BulkResult, describe: (r: BulkResult) => string) {
    if (r.status === 'RUNNING') setJob({ started: r, describe });
    else {
      setOutcome(describe(r));
      onDone();
    }
  }

  const busy = running.loading || !!job;

  async function act(action: 'ADD_TAGS' | 'REMOVE_TAGS' | 'ASSIGN_CONNECTOR' | 'UNASSIGN_CONNECTOR', accountId?: string) {
    setOutcome('');
    setFailure(null);
    try {
      const input = accountId ? { target, action, accountId } : { target, action, tags: splitList(tags) };
      const res = await run({ variables: { input } });
      track(res.data!.bulkPeople, (r) => r.summary);
    } catch (e) {
      setFailure(e);
    }
  }
  async function undoLast() {
    setOutcome('');
    setFailure(null);
    try {
      const res = await undo();
      setOutcome(undoOutcome(res.data!.undoLastBulkAction));
      onDone();
    } catch (e) {
      setFailure(e);
    }
  }

  return (
    <section className="bulk-bar" aria-label={t('people.bulkActions')}>
      <p>
        <strong>{t('count.person', { count: count })}</strong> {wholeList ? t('people.inThisList') : t('people.selected')}
        <label className="checkbox">
          <input type="checkbox" checked={wholeList} onChange={(e) => setWholeList(e.target.checked)} /> {t('people.actOnEveryoneInThis')}
        </label>
      </p>
      <div className="field">
        <label htmlFor="bulk-tags">{t('dedupe.tags')}</label>
        <input id="bulk-tags" value={tags} onChange={(e) => setTags(e.target.value)} placeholder={t('people.youthCanvass')} />
      </div>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void act('ADD_TAGS')}>
        {t('people.addTags')}
      </button>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void act('REMOVE_TAGS')}>
        {t('people.removeTags')}
      </button>
      <button type="button" className="link-button" disabled={undoing.loading || !!job} onClick={() => void undoLast()}>
        {t('people.undoMyLastBulkAction')}
      </button>
      <button
        type="button"
        className="button-secondary"
        disabled={sheet.loading}
        onClick={() => {
          setOutcome('');
          setFailure(null);
          loadSheet({ variables: { target } }).catch(setFailure);
        }}
      >
        {t('people.callSheet')}
      </button>
      <ExportListButton
        target={target}
        onFailure={(e) => {
          setOutcome('');
          setFailure(e);
        }}
      />
      <BulkPeopleActions
        target={target}
        count={count}
        busy={busy}
        assign={(action, accountId) => void act(action, accountId)}
        onResult={(r, describe) => {
          setFailure(null);
          track(r, describe);
        }}
      />
      {running.loading && <p role="status">{t('people.workingOn', { count: t('count.person', { count: count }) })}</p>}
      {job && (
        <BulkProgress
          started={job.started}
          onFinished={(r) => {
            setJob(null);
            setOutcome(finishedOutcome(r, job.describe));
            onDone();
          }}
        />
      )}
      {outcome && <p role="status">{outcome}</p>}
      {failure !== null && <Alert>{errorMessage(failure)}</Alert>}
      {sheet.data && !failure && <CallSheet rows={sheet.data.callSheet} />}
    </section>
  );
}

function ContactCell({ label, hidden, values }: { label: string; hidden: boolean; values: string[] | null }) {
  if (hidden) {
    return (
      <td data-label={label}>
        <span className="muted small">{t('people.hidden')}</span>
      </td>
    );
  }
  return (
    <td data-label={label} className="cell-contact">
      {values && values.length ? values[0] : <span className="muted">{t('common.symbol')}</span>}
      {values && values.length > 1 && <span className="muted small"> {t('common.symbol49', { values: values.length - 1 })}</span>}
    </td>
  );
}
