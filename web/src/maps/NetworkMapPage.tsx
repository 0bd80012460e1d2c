import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { MeContext } from '../auth/MeContext';
import { CAMPAIGNS } from '../campaigns/queries';
import { Alert, Loading } from '../components/Alert';
import { SelectField, TextField } from '../components/Field';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { formatDate, formatStrength, formatNumber, labelOf, ORGANIZATION_TYPES, PERSON_KINDS } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { ORGANIZATIONS_SEARCH, PEOPLE_SEARCH, REGIONS } from '../people/queries';
import { TEAMS } from '../teams/queries';
import type { MapCanvasApi } from './MapCanvas';
import {
  CHANGE_COLOR, EDGE_LABEL, KIND_LABEL, NO_FILTERS, edgeChange, edgeKind, fetchMap, linksOf, MapError, nodeColors, nodeKind, nodeSizes, recordLink, roleLabel,
  search, str, strings, visibility, vocabulary, type ColorBy, type Filters, type NodeKind, type PackedMap, type ScopeKind, type SizeBy,
} from './packed';
import './maps.css';
import { t } from '../i18n/intl';
import type { OrganizationType, PersonKind } from '../types';

/** A record's type in the catalogue's words: a person's kinds, an organization's type (campaigns and teams have none shown). */
function typeLabel(kind: NodeKind, type: string): string {
  if (kind === 'PERSON') return labelOf(PERSON_KINDS, type as PersonKind);
  if (kind === 'ORGANIZATION') return labelOf(ORGANIZATION_TYPES, type as OrganizationType);
  return type;
}

const MapCanvas = lazy(() => import('./MapCanvas'));
/** How long after a draft map the page asks for the settled one, and how many times at most. */
const DRAFT_ASK_AGAIN_MS = 3000;
const DRAFT_ASKS = 20;

const SCOPE_LABEL: Record<ScopeKind, string> = {
  get MY_REGIONS() {
    return t('insights.allMyRegions');
  },
  get CAMPAIGN() {
    return t('networkmap.aCampaignSCoalition');
  },
  get TEAM() {
    return t('reach.aTeam');
  },
  get REGION() {
    return t('networkmap.aRegion');
  },
  get NEIGHBOURHOOD() {
    return t('networkmap.someoneSNeighbourhood');
  },
};
const DEFAULT_HOPS: Record<ScopeKind, number> = { MY_REGIONS: 0, CAMPAIGN: 1, TEAM: 1, REGION: 0, NEIGHBOURHOOD: 2 };
/** The side panel starts open where there is room beside the map. */
const WIDE = '(min-width: 960px)';
const SIZE_LABEL: Record<SizeBy, string> = { get degree() {
    return t('networkmap.connectionsDegree');
  }, get pagerank() {
    return t('networkmap.influencePagerank');
  }, get betweenness() {
    return t('networkmap.bridgingBetweenness');
  }, get none() {
    return t('networkmap.allTheSame');
  } };
const COLOR_LABEL: Record<ColorBy, string> = { get kind() {
    return t('interactions.kind');
  }, get role() {
    return t('admin.role');
  }, get cluster() {
    return t('networkmap.cluster');
  }, get region() {
    return t('campaigns.region');
  } };
const LINKS_SHOWN = 12;
/** What the scope is, as the exported picture's caption names it. */
const SCOPE_NOUN: Record<ScopeKind, string> = { get MY_REGIONS() {
    return t('networkmap.yourRegions');
  }, get CAMPAIGN() {
    return t('networkmap.campaignCoalition');
  }, get TEAM() {
    return t('networkmap.team');
  }, get REGION() {
    return t('networkmap.region');
  }, get NEIGHBOURHOOD() {
    return t('networkmap.neighbourhood');
  } };

/**
 * Network maps (/map): every region the user works in (the whole coalition for staff and admins: what the page
 * opens on, already drawn), a campaign's coalition, a team, a region or someone's neighbourhood, drawn with sigma.js
 * from positions the server computed. The map fills the screen; what to map, the view and the filters sit in a side
 * panel that folds away; the legend stays over the map. Size by a measure, colour by kind, role, cluster or region,
 * filter, search, hover and click, as of a date and what changed since another, and download the whole map as PNG.
 */
export function NetworkMapPage() {
  useTitle(t('nav.networkMap'));
  const me = useContext(MeContext);
  const [params, setParams] = useSearchParams();
  const scope = (params.get('scope') as ScopeKind | null) ?? 'MY_REGIONS';
  const needsId = scope !== 'MY_REGIONS';
  const id = params.get('id') ?? '';
  const hopsParam = params.get('hops');
  const hops = hopsParam === null ? DEFAULT_HOPS[scope] : Number(hopsParam);
  const asOf = params.get('asOf') ?? '';
  const compareTo = params.get('since') ?? '';
  const [targetKind, setTargetKind] = useState<'PERSON' | 'ORGANIZATION'>('PERSON');
  const campaigns = useQuery(CAMPAIGNS, { variables: {}, skip: scope !== 'CAMPAIGN' });
  const teams = useQuery(TEAMS, { variables: {}, skip: scope !== 'TEAM' });
  const regions = useQuery(REGIONS, { skip: scope !== 'REGION' });

  const [map, setMap] = useState<PackedMap | null>(null);
  const [error, setError] = useState<MapError | null>(null);
  const [loading, setLoading] = useState(false);
  const [sizeBy, setSizeBy] = useState<SizeBy>('degree');
  const [colorBy, setColorBy] = useState<ColorBy>('kind');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState<number | null>(null);
  const [focus, setFocus] = useState<{ node: number; seq: number } | null>(null);
  const [text, setText] = useState('');
  const api = useRef<MapCanvasApi | null>(null);
  const [canvasReady, setCanvasReady] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [panelOpen, setPanelOpen] = useState(() => window.matchMedia?.(WIDE).matches !== false);
  // The page fills the window below the app's header, whose height depends on how its links wrap.
  const pageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const fit = () => pageRef.current?.style.setProperty('--network-top', `${Math.max(0, pageRef.current.getBoundingClientRect().top + window.scrollY)}px`);
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);
  const mineLabel = me?.allRegions ? t('networkmap.wholeCoalition') : (me?.regions.length ?? 0) === 1 ? t('networkmap.myRegion') : SCOPE_LABEL.MY_REGIONS;

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };

  useEffect(() => {
    if (needsId && !id) {
      setMap(null);
      return;
    }
    const abort = new AbortController();
    const started = performance.now();
    const request = { scope, id: needsId ? id : '', hops: hopsParam === null ? null : hops, asOf, compareTo };
    let again: ReturnType<typeof setTimeout> | undefined;
    // A first map of a big scope comes as a draft (records around their clusters) while the server settles the
    // layout: ask again a little later, and put the records at their settled places (same records, same order).
    const settle = (asked: number) => {
      if (asked >= DRAFT_ASKS) return;
      again = setTimeout(() => {
        fetchMap(request, abort.signal)
          .then((m) => {
            setMap((shown) => (shown && shown.nodes.id.length === m.nodes.id.length ? m : shown));
            if (m.draft) settle(asked + 1);
          })
          // The draft stays on screen; a failed second look is not worth an error over a drawn map.
          .catch(() => undefined);
      }, DRAFT_ASK_AGAIN_MS);
    };
    setLoading(true);
    setError(null);
    fetchMap(request, abort.signal)
      .then((m) => {
        window.__mapTimings = { requested: started, received: performance.now() };
        setMap(m);
        setSelected(null);
        setFilters((f) => ({ ...f, changesOnly: f.changesOnly && !!m.compareTo }));
        if (m.draft) settle(0);
      })
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setError(e instanceof MapError ? e : new MapError(t('networkmap.couldNotLoad')));
      })
      .finally(() => {
        if (!abort.signal.aborted) setLoading(false);
      });
    return () => {
      abort.abort();
      clearTimeout(again);
    };
  }, [scope, needsId, id, hops, hopsParam, asOf, compareTo]);

  const sizes = useMemo(() => (map ? nodeSizes(map, sizeBy) : new Float32Array(0)), [map, sizeBy]);
  const painted = useMemo(() => (map ? nodeColors(map, colorBy) : { colors: [], legend: [] }), [map, colorBy]);
  const visible = useMemo(() => (map ? visibility(map, filters) : null), [map, filters]);
  const words = useMemo(() => (map ? vocabulary(map) : { roles: [], tags: [] }), [map]);
  const matches = useMemo(() => (map ? search(map, text) : []), [map, text]);

  const choose = (i: number) => {
    setSelected(i);
    setFocus((f) => ({ node: i, seq: (f?.seq ?? 0) + 1 }));
  };

  const pickTarget = (value: Pickable | null) => set({ id: value?.id ?? null });
  const scopeChoices =
    scope === 'CAMPAIGN'
      ? (campaigns.data?.campaigns ?? []).map((c) => ({ id: c.id, name: c.name }))
      : scope === 'TEAM'
        ? (teams.data?.teams ?? []).map((t) => ({ id: t.id, name: t.name }))
        : (regions.data?.regions ?? me?.regions ?? []).map((r) => ({ id: r.id, name: r.name }));

  async function download() {
    if (!api.current || !map) return;
    setDownloading(true);
    try {
      const changes = map.compareTo
        ? [
            { color: CHANGE_COLOR.ADDED, label: t('networkmap.linkAddedSince', { compareTo: formatDate(map.compareTo) }), line: true },
            { color: CHANGE_COLOR.REMOVED, label: t('networkmap.linkEndedSince', { compareTo: formatDate(map.compareTo) }), line: true },
          ]
        : [];
      await api.current.downloadPng({
        title: map.scope.name,
        subtitle: t('networkmap.imageSubtitle', {
          scope: map.scope.kind === 'MY_REGIONS' && me?.allRegions ? t('networkmap.everyRegion') : SCOPE_NOUN[map.scope.kind],
          date: formatDate(map.asOf),
          compare: map.compareTo ? t('networkmap.changesSince', { compareTo: formatDate(map.compareTo) }) : '',
          records: map.nodes.id.length,
          links: map.edges.source.length,
        }),
        legend: [...painted.legend.map((l) => ({ color: l.color, label: `${l.label} (${formatNumber(l.count)})` })), ...changes],
        note: t('networkmap.imageNote', { size: SIZE_LABEL[sizeBy].toLowerCase(), colour: COLOR_LABEL[colorBy].toLowerCase() }),
      });
    } finally {
      setDownloading(false);
    }
  }

  const fieldError = (field: string) => error?.fields.find((f) => f.field === field || f.field.endsWith(`.${field}`))?.message;

  return (
    <div ref={pageRef} className="page network-page">
      <div className="network-head">
        <h1>{t('nav.networkMap')}</h1>
        <button type="button" className="button-secondary" aria-expanded={panelOpen} aria-controls={panelOpen ? 'map-panel' : undefined} onClick={() => setPanelOpen((o) => !o)}>
          {panelOpen ? t('networkmap.hideFilters') : t('networkmap.showFilters')}
        </button>
        {map && visible && (
          <p className="muted small network-status" data-testid="map-status">
            {t('networkmap.asOf', { name: map.scope.name, asOf: formatDate(map.asOf) })}
            {map.compareTo ? t('networkmap.changesSince', { compareTo: formatDate(map.compareTo) }) : ''}{t('networkmap.showingOfRecordsAndOf', { visible: visible.nodeCount, map: map.nodes.id.length, visible2: visible.edgeCount, map2: map.edges.source.length })}
            {map.truncated ? t('networkmap.theMapStoppedAtIts') : ''}
          </p>
        )}
      </div>

      <div className="network-shell">
        {panelOpen && (
        <aside className="network-panel" id="map-panel" aria-label={t('networkmap.mapSettings')}>
          <section className="card network-scope" aria-label={t('networkmap.whatToMap')}>
            <div className="field">
              <label className="label" htmlFor="map-scope">
                {t('networkmap.map')}
              </label>
              <select id="map-scope" value={scope} onChange={(e) => set({ scope: e.target.value, id: null, hops: null })}>
                {(Object.keys(SCOPE_LABEL) as ScopeKind[]).map((k) => (
                  <option key={k} value={k}>
                    {k === 'MY_REGIONS' ? mineLabel : SCOPE_LABEL[k]}
                  </option>
                ))}
              </select>
            </div>
            {scope === 'MY_REGIONS' ? null : scope === 'NEIGHBOURHOOD' ? (
              id ? (
                <div className="field">
                  <span className="label">{t('networkmap.centre')}</span>
                  <div className="picked">
                    <strong>{map?.scope.id === id ? map.scope.name : t('common.symbol42')}</strong>
                    <button type="button" className="button-link" onClick={() => set({ id: null })}>
                      {t('components.change')}
                    </button>
                  </div>
                </div>
              ) : (
                <>
                  <fieldset className="field">
                    <legend className="label">{t('networkmap.centredOnA')}</legend>
                    <label>
                      <input type="radio" name="map-target" checked={targetKind === 'PERSON'} onChange={() => setTargetKind('PERSON')} />{' '}{t('networkmap.person')}
                    </label>{' '}
                    <label>
                      <input type="radio" name="map-target" checked={targetKind === 'ORGANIZATION'} onChange={() => setTargetKind('ORGANIZATION')} />{' '}{t('networkmap.organization')}
                    </label>
                  </fieldset>
                  {targetKind === 'PERSON' ? (
                    <RecordPicker id="map-person" label={t('events.person')} query={PEOPLE_SEARCH} nodesOf={(d) => d.people.nodes} value={null} onChange={pickTarget} />
                  ) : (
                    <RecordPicker id="map-organization" label={t('campaigns.organization')} query={ORGANIZATIONS_SEARCH} nodesOf={(d) => d.organizations.nodes} value={null} onChange={pickTarget} />
                  )}
                </>
              )
            ) : (
              <div className="field">
                <label className="label" htmlFor="map-id">
                  {scope === 'CAMPAIGN' ? t('campaigns.campaign') : scope === 'TEAM' ? t('insights.team') : t('campaigns.region')}
                </label>
                <select id="map-id" value={id} onChange={(e) => set({ id: e.target.value })}>
                  <option value="">{t('endorsements.choose')}</option>
                  {scopeChoices.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {scope !== 'REGION' && scope !== 'MY_REGIONS' && (
              <SelectField
                id="map-hops"
                label={t('networkmap.linksOut')}
                value={String(hops)}
                onChange={(v) => set({ hops: v })}
                options={(scope === 'NEIGHBOURHOOD' ? [1, 2, 3] : [0, 1, 2, 3]).map((h) => ({
                  value: String(h),
                  label: h === 0 ? t('networkmap.onlyItsOwnRecords') : t('networkmap.link', { h }),
                }))}
                error={fieldError('hops')}
              />
            )}
            <TextField id="map-asof" label={t('networkmap.asOf2')} type="date" value={asOf} onChange={(v) => set({ asOf: v })} error={fieldError('asOf')} />
            <TextField id="map-since" label={t('networkmap.changesSince2')} type="date" value={compareTo} onChange={(v) => set({ since: v })} error={fieldError('compareTo')} />
          </section>

          {map && visible && (
            <>
              <section className="card" aria-label={t('networkmap.view')}>
                <div className="field">
                  <label className="label" htmlFor="map-size">
                    {t('networkmap.sizeBy')}
                  </label>
                  <select id="map-size" value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeBy)}>
                    {(Object.keys(SIZE_LABEL) as SizeBy[]).map((k) => (
                      <option key={k} value={k} disabled={k === 'betweenness' && !map.betweennessComputed}>
                        {SIZE_LABEL[k]}
                        {k === 'betweenness' && !map.betweennessComputed ? t('networkmap.mapTooLarge') : ''}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label className="label" htmlFor="map-color">
                    {t('networkmap.colourBy')}
                  </label>
                  <select id="map-color" value={colorBy} onChange={(e) => setColorBy(e.target.value as ColorBy)}>
                    {(Object.keys(COLOR_LABEL) as ColorBy[]).map((k) => (
                      <option key={k} value={k}>
                        {COLOR_LABEL[k]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field network-search">
                  <label className="label" htmlFor="map-search">
                    {t('networkmap.findOnTheMap')}
                  </label>
                  <input id="map-search" type="search" value={text} placeholder={t('admin.name')} autoComplete="off" onChange={(e) => setText(e.target.value)} />
                  {matches.length > 0 && (
                    <ul className="network-matches" aria-label={t('networkmap.matches')}>
                      {matches.map((i) => (
                        <li key={i}>
                          <button type="button" className="button-link" onClick={() => choose(i)}>
                            {map.nodes.label[i]}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </section>
              {selected !== null && <Details map={map} node={selected} onChoose={choose} onClose={() => setSelected(null)} />}
              <FilterPanel map={map} filters={filters} roles={words.roles} tags={words.tags} onChange={setFilters} />
            </>
          )}
        </aside>
        )}

        <section className="network-main" aria-label={t('networkmap.theMap')}>
          {error && <Alert>{error.message}</Alert>}
          {needsId && !id && !error && <p className="muted network-empty">{t('networkmap.chooseWhatToMap')}</p>}
          {loading && <Loading label={t('networkmap.loadingTheMap')} />}
          {map && visible && (
            <div className="network-stage">
              <Suspense fallback={<Loading label={t('networkmap.drawing')} />}>
                <MapCanvas
                  map={map}
                  sizes={sizes}
                  colors={painted.colors}
                  visible={visible}
                  selected={selected}
                  focus={focus}
                  onSelect={setSelected}
                  onReady={(a) => {
                    api.current = a;
                    setCanvasReady(!!a);
                  }}
                />
              </Suspense>
              <div className="network-zoom">
                <button type="button" aria-label={t('networkmap.zoomIn')} onClick={() => api.current?.zoomIn()}>
                  {t('common.symbol43')}
                </button>
                <button type="button" aria-label={t('networkmap.zoomOut')} onClick={() => api.current?.zoomOut()}>
                  {t('common.symbol44')}
                </button>
                <button type="button" aria-label={t('networkmap.fitTheMap')} onClick={() => api.current?.reset()}>
                  {t('common.symbol45')}
                </button>
              </div>
              <section className="network-legend-box" aria-label={t('networkmap.legend')}>
                <h2>{t('networkmap.legend')}</h2>
                <ul className="network-legend">
                  {painted.legend.map((l) => (
                    <li key={l.label}>
                      <span className="swatch" style={{ background: l.color }} aria-hidden="true" /> {l.label} <span className="muted small">{t('common.symbol46', { l: l.count })}</span>
                    </li>
                  ))}
                  {map.compareTo && (
                    <>
                      <li>
                        <span className="swatch line" style={{ background: CHANGE_COLOR.ADDED }} aria-hidden="true" />{' '}{t('networkmap.linkAddedSince', { compareTo: formatDate(map.compareTo) })}
                      </li>
                      <li>
                        <span className="swatch line" style={{ background: CHANGE_COLOR.REMOVED }} aria-hidden="true" />{' '}{t('networkmap.linkEndedSince', { compareTo: formatDate(map.compareTo) })}
                      </li>
                    </>
                  )}
                </ul>
                <p className="muted small">{t('networkmap.sizeHoverARecordTo', { sizeBy: SIZE_LABEL[sizeBy].toLowerCase() })}</p>
                <button type="button" className="button-secondary" disabled={!canvasReady || downloading} onClick={() => void download()}>
                  {downloading ? t('networkmap.preparing') : t('networkmap.downloadPng')}
                </button>
              </section>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

function FilterPanel({ map, filters, roles, tags, onChange }: { map: PackedMap; filters: Filters; roles: string[]; tags: string[]; onChange: (f: Filters) => void }) {
  return (
    <section className="card" aria-label={t('networkmap.filters')}>
      <h2>{t('networkmap.filters')}</h2>
      <fieldset className="field">
        <legend className="label">{t('networkmap.show')}</legend>
        {(['PERSON', 'ORGANIZATION'] as NodeKind[]).map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={filters.kinds.length === 0 || filters.kinds.includes(k)}
              onChange={(e) => {
                const all: NodeKind[] = ['PERSON', 'ORGANIZATION', 'CAMPAIGN', 'TEAM'];
                const current = filters.kinds.length ? filters.kinds : all;
                const kinds = e.target.checked ? [...current, k] : current.filter((x) => x !== k);
                onChange({ ...filters, kinds: kinds.length === all.length ? [] : kinds });
              }}
            />{' '}
            {k === 'PERSON' ? t('nav.people') : t('nav.organizations')}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="label" htmlFor="map-role">
          {t('admin.role')}
        </label>
        <select id="map-role" value={filters.role} onChange={(e) => onChange({ ...filters, role: e.target.value })}>
          <option value="">{t('networkmap.any')}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor="map-tag">
          {t('networkmap.tagOrIssueArea')}
        </label>
        <select id="map-tag" value={filters.tag} onChange={(e) => onChange({ ...filters, tag: e.target.value })}>
          <option value="">{t('networkmap.any')}</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor="map-region">
          {t('networkmap.fromRegion')}
        </label>
        <select id="map-region" value={filters.region} onChange={(e) => onChange({ ...filters, region: e.target.value })}>
          <option value="">{t('networkmap.any')}</option>
          {map.dict.regions
            .filter((r) => r.id)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor="map-strength">
          {t('networkmap.tiesAtLeastThisStrong', { minStrength: formatStrength(filters.minStrength) })}
        </label>
        <input id="map-strength" type="range" min={1} max={5} step={0.5} value={filters.minStrength} onChange={(e) => onChange({ ...filters, minStrength: Number(e.target.value) })} />
      </div>
      {map.compareTo && (
        <label>
          <input type="checkbox" checked={filters.changesOnly} onChange={(e) => onChange({ ...filters, changesOnly: e.target.checked })} />{' '}{t('networkmap.onlyLinksAddedOrEnded')}
        </label>
      )}
      <button type="button" className="button-link" onClick={() => onChange(NO_FILTERS)}>
        {t('networkmap.clearFilters')}
      </button>
    </section>
  );
}

function Details({ map, node, onChoose, onClose }: { map: PackedMap; node: number; onChoose: (i: number) => void; onClose: () => void }) {
  const link = recordLink(map, node);
  const kind = nodeKind(map, node);
  const region = map.dict.regions[map.nodes.region[node]]?.name;
  const links = linksOf(map, node);
  const roles = strings(map, map.nodes.roles[node]);
  const tags = strings(map, map.nodes.tags[node]);
  const types = strings(map, map.nodes.types[node]);
  return (
    <section className="card network-details" aria-label={t('admin.details')}>
      <div className="network-details-head">
        <h2>{map.nodes.label[node]}</h2>
        <button type="button" className="button-link" onClick={onClose} aria-label={t('networkmap.closeDetails')}>
          {t('shell.closeMenu')}
        </button>
      </div>
      <p className="muted small">
        {KIND_LABEL[kind]}
        {region ? ' ' + t('common.dotThen', { value: region }) : ''}
        {types.length ? ' ' + t('common.dotThen', { value: types.map((type) => typeLabel(kind, type)).join(', ') }) : ''}
      </p>
      {link && (
        <p>
          <Link to={link}>{t('networkmap.openTheRecord')}</Link>
        </p>
      )}
      {map.nodes.hidden[node] === 1 && <p className="muted small">{t('networkmap.outsideYourRegionsShownWithout')}</p>}
      {roles.length > 0 && <p>{t('networkmap.roles', { roleLabel: roles.map(roleLabel).join(', ') })}</p>}
      {tags.length > 0 && <p>{t('networkmap.tags', { tags: tags.join(', ') })}</p>}
      <dl className="network-measures">
        <dt>{t('networkmap.connections')}</dt>
        <dd>{map.nodes.degree[node]}</dd>
        <dt>{t('networkmap.pagerank')}</dt>
        <dd>{map.nodes.pagerank[node].toFixed(4)}</dd>
        <dt>{t('networkmap.betweenness')}</dt>
        <dd>{map.nodes.betweenness ? map.nodes.betweenness[node].toFixed(3) : t('networkmap.notComputedLargeMap')}</dd>
        <dt>{t('networkmap.cluster')}</dt>
        <dd>{map.nodes.cluster[node]}</dd>
      </dl>
      <h3>{t('networkmap.links', { length: links.length })}</h3>
      <ul className="network-links">
        {links.slice(0, LINKS_SHOWN).map((e) => {
          const other = map.edges.source[e] === node ? map.edges.target[e] : map.edges.source[e];
          const since = str(map, map.edges.since[e]);
          const until = str(map, map.edges.until[e]);
          const detail = str(map, map.edges.detail[e]);
          const change = edgeChange(map, e);
          return (
            <li key={e}>
              <button type="button" className="button-link" onClick={() => onChoose(other)}>
                {map.nodes.label[other]}
              </button>{' '}
              <span className="muted small">
                {EDGE_LABEL[edgeKind(map, e)]}
                {detail ? ' ' + t('common.inParens', { value: edgeKind(map, e) === 'ROLE' ? roleLabel(detail) : detail.toLowerCase().replace(/_/g, ' ') }) : ''}
                {map.edges.strength[e] > 0 ? t('networkmap.strength', { e: formatStrength(map.edges.strength[e]) }) : ''}
                {since ? t('networkmap.since', { since: formatDate(since) }) : ''}
                {until ? t('networkmap.until', { until: formatDate(until) }) : ''}
                {change === 'ADDED' ? t('networkmap.added') : change === 'REMOVED' ? t('networkmap.ended') : ''}
              </span>
            </li>
          );
        })}
      </ul>
      {links.length > LINKS_SHOWN && <p className="muted small">{t('networkmap.andMore', { LINKS_SHOWN: links.length - LINKS_SHOWN })}</p>}
    </section>
  );
}
