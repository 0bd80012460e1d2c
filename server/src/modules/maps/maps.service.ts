import { randomUUID } from 'node:crypto';
import type { UndirectedGraph } from 'graphology';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { badInput, notFound } from '../../common/app-error.js';
import { todayUtc } from '../../common/clock.js';
import { inRegion, regionScope, type Viewer } from '../../common/viewer.js';
import type { Committed } from '../../graph/changes.js';
import { GRAPH_STORE, type GraphStore, type Row } from '../../graph/graph-store.port.js';
import { registeredQueries } from '../../graph/query.js';
import { ReachIndex } from '../reach/reach-index.js';
import { activeOn, datedMap, simpleGraph, type MapChange, type Measures, type MapEdge, type MapEdgeKind, type MapNode, type MapNodeKind, type RawEdge, type RawMap, type RawNode, type RawRole } from './map-graph.js';
import { layOut, placeNew, type Positions } from './map-layout.js';
import { adjacencyOf, type WarmStart } from './map-measures.js';
import { MapScopeKind, type MapFiltersInput, type NetworkMap, type NetworkMapArgs } from './map.model.js';
import { MapQueries as Q } from './maps.queries.js';
import { hiddenName } from '../reach/shown-node.js';
import { t } from '../../i18n/i18n.js';
import { requestLocale } from '../../i18n/request-locale.js';

/** A neighbourhood walk stops here (the map says it was cut short). */
export const MAX_MAP_NODES = 25_000;
export const DEFAULT_HOPS: Record<MapScopeKind, number> = { CAMPAIGN: 1, TEAM: 1, REGION: 0, NEIGHBOURHOOD: 2, MY_REGIONS: 0 };
/** The id a MY_REGIONS map is kept under: the viewer's regions, so two viewers with the same regions share it. */
const ALL_REGIONS = '*';
/** Maps kept computed (by scope and dates, until a commit changes what they show), and scopes whose layout is kept. */
const RESULTS_KEPT = 8;
const LAYOUTS_KEPT = 32;
/** Records of a map with no position from earlier maps of its scope above this share: laid out afresh. */
const RELAYOUT_SHARE = 0.5;
/** Records plus links above which a first map answers with a draft layout (see MapsService.draftAbove). */
const DRAFT_ABOVE = 3_000;
/** On Neo4j other app instances write too: a computed map is reused for at most this long. */
const NEO4J_FRESH_MS = 10_000;
/**
 * Maps opened in the last half hour (up to 3) are computed again in the background once writes pause for 2 s, so
 * the next open after a write finds them ready (at 10,000 records / 89,000 links a map takes seconds to compute).
 */
const RECOMPUTE_RECENT = 3;
const RECOMPUTE_WITHIN_MS = 30 * 60_000;
const RECOMPUTE_AFTER_MS = 2_000;

/**
 * What a map shows beyond the reach index's records, ties and affiliations: a campaign's partners, roles and
 * endorsement asks, roles, regions. Writes of these declare no record to the change feed (the index does not need
 * them), so one of them makes every kept map out of date.
 */
const BEYOND_INDEX = /:(Campaign|EndorsementAsk|Region)\b|\b(PARTNER_IN|HOLDS_ROLE|TO_ENDORSE|ASKS|ASKED_BY)\b/;
/** A record's fields a map shows (name, region, kinds, tags, type, issue areas), set by a write that names no record (a bulk tag). */
const RECORD = /:(Person|Organization|Team)\b/;
const SHOWN_FIELD_SET = /\.(name|region|kinds|tags|type|issueAreas)\s*=/;

/** Kinds (a person) or type (an organization), and tags (a person) or issue areas (an organization). */
interface RecordFields {
  types: string[];
  tags: string[];
}

/** Records whose kinds, tags, types and roles are kept (as read for maps) before the kept ones are let go. */
const ATTRIBUTES_KEPT = 200_000;

/** A record of a computed map: as map-graph.ts dates and measures it. */
export type BuiltNode = MapNode;

/** A link of a computed map, its two records by their index in the map's nodes. */
export type BuiltEdge = Omit<MapEdge, 'source' | 'target'> & { source: number; target: number };

/** One map as computed, before it is shown to a viewer (redaction, filters). */
export interface ComputedMap {
  scopeKind: MapScopeKind;
  scopeName: string;
  hops: number;
  asOf: string;
  compareTo: string | null;
  truncated: boolean;
  betweennessComputed: boolean;
  nodes: BuiltNode[];
  edges: BuiltEdge[];
  /** Which computation this is (an ETag for the packed form): another one after every change it shows. */
  version: string;
  /** How it was made: positions from a fresh layout or reused from an earlier map of the scope, and times (ms). */
  layout: 'fresh' | 'reused';
  /**
   * Whether the positions are a draft: a big first map of a scope answers at once with its records around their
   * clusters' places while ForceAtlas2 settles them in the background; the settled map replaces it (see settle()).
   */
  draft: boolean;
  timings: { extract: number; measure: number; layout: number; total: number };
  /** PageRank's iterations and whether clusters came from a full Louvain or local moves from the scope's last map. */
  measured: Measures['how'];
}

/** The packed form for the web app and large maps: parallel arrays, records by index, strings in dictionaries. */
export interface PackedMap {
  scope: { kind: MapScopeKind; id: string; name: string; hops: number };
  asOf: string;
  compareTo: string | null;
  truncated: boolean;
  betweennessComputed: boolean;
  version: string;
  layout: 'fresh' | 'reused';
  /** The positions are a draft: ask again shortly for the settled ones. */
  draft: boolean;
  timings: ComputedMap['timings'];
  dict: { nodeKinds: MapNodeKind[]; edgeKinds: MapEdgeKind[]; changes: MapChange[]; regions: Array<{ id: string; name: string }>; strings: string[] };
  nodes: {
    /** '' when hidden (outside the viewer's regions). */
    id: string[];
    label: string[];
    hidden: number[];
    kind: number[];
    region: number[];
    /** Indices into dict.strings. */
    types: number[][];
    tags: number[][];
    roles: number[][];
    cluster: number[];
    x: number[];
    y: number[];
    degree: number[];
    pagerank: number[];
    /** Null when not computed. */
    betweenness: number[] | null;
  };
  edges: {
    source: number[];
    target: number[];
    kind: number[];
    /** 0: no strength (not a tie). */
    strength: number[];
    /** Indices into dict.strings; -1: none (or hidden). */
    since: number[];
    until: number[];
    detail: number[];
    change: number[];
  };
}

interface Scope {
  kind: MapScopeKind;
  id: string;
  hops: number;
}

/** A computed map as kept: with what it was computed on, to tell which commits change it. */
interface KeptMap {
  map: ComputedMap;
  at: number;
  /** The reach index's whole loads when computed (a load may bring any change). */
  loads: number;
  scope: Scope;
  /** Its records' ids (the scope's own record too). */
  records: Set<string>;
}

const NODE_KINDS: MapNodeKind[] = ['PERSON', 'ORGANIZATION', 'CAMPAIGN', 'TEAM'];
const EDGE_KINDS: MapEdgeKind[] = ['KNOWS', 'MEMBER_OF', 'WORKS_AT', 'LEADS', 'TEAM_MEMBER', 'ROLE', 'PARTNER', 'ENDORSEMENT'];
const CHANGES: MapChange[] = ['SAME', 'ADDED', 'REMOVED'];

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const dayOf = (v: unknown): string | null => str(v)?.slice(0, 10) ?? null;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** A small map with least-recently-used eviction. */
class Lru<K, V> {
  private readonly m = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(k: K): V | undefined {
    const v = this.m.get(k);
    if (v !== undefined) {
      this.m.delete(k);
      this.m.set(k, v);
    }
    return v;
  }
  set(k: K, v: V): void {
    this.m.delete(k);
    this.m.set(k, v);
    while (this.m.size > this.max) this.m.delete(this.m.keys().next().value as K);
  }
  delete(k: K): void {
    this.m.delete(k);
  }
  keys(): K[] {
    return [...this.m.keys()];
  }
  peek(k: K): V | undefined {
    return this.m.get(k);
  }
  /** Least recently used first. */
  values(): IterableIterator<V> {
    return this.m.values();
  }
}

/**
 * Network maps: a campaign's coalition, a team, a region, or anyone's k-hop neighbourhood, as of a date and
 * with what changed since another. The ties and affiliations come from the in-memory reach index; the
 * scope's own records and the records' kinds, tags and roles from keyed reads. Measures by graphology;
 * positions by ForceAtlas2 on the server, kept per scope. A computed map is kept by (scope, dates) until the
 * change feed says a commit changed what it shows: a record on it or, for a region's map, in that region; a
 * campaign's partners, roles or asks; or the reach index read everything again. Other writes (a sign-in, a note,
 * an event) leave it kept.
 */
@Injectable()
export class MapsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Maps');
  private readonly results = new Lru<string, KeptMap>(RESULTS_KEPT);
  private readonly inFlight = new Map<string, { work: Promise<ComputedMap>; outdated: boolean }>();
  /** Write queries by name: whether they change what a map shows without naming a record (see BEYOND_INDEX). */
  private readonly beyondIndex = new Map<string, boolean>();
  private readonly boot = randomUUID().slice(0, 8);
  /** Records' kinds, tags, types and roles as last read (see attributes()), and a count of commits that may have changed them. */
  private readonly fields = new Map<string, RecordFields>();
  private readonly roleRows = new Map<string, Row[]>();
  private attributesChanged = 0;
  private computed = 0;
  private readonly layouts = new Lru<string, Positions>(LAYOUTS_KEPT);
  /** Layouts being settled in the background after a draft, by scope (one at a time per scope). */
  private readonly settling = new Map<string, Promise<void>>();
  private closed = false;
  /**
   * A first map with more records and links than this answers with a draft layout and settles it in the background;
   * smaller ones are laid out in full at once (ForceAtlas2 on 3,000 records and links takes well under a second here).
   */
  draftAbove = DRAFT_ABOVE;
  /** The last PageRank and clusters of a scope: the next map of it starts from them (map-measures.ts). */
  private readonly warmStarts = new Lru<string, WarmStart>(RESULTS_KEPT);
  private regionNames = new Map<string, string>();
  /** Maps opened lately (asOf null: today, whichever day that is when computed again), by scope and dates. */
  private readonly recent = new Lru<string, { scope: Scope; scopeName: string; asOf: string | null; compareTo: string | null; at: number }>(RECOMPUTE_RECENT);
  private recomputeTimer: NodeJS.Timeout | null = null;
  private recomputing: Promise<void> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly index: ReachIndex,
  ) {
    // The change feed (heard after the reach index followed the commit): kept maps the commit changed are dropped,
    // and the maps opened lately among them computed again (not waited for by the write).
    this.unsubscribe = store.onCommit?.((c) => this.heard(c)) ?? (() => undefined);
  }

  onApplicationShutdown(): void {
    this.closed = true;
    this.unsubscribe();
    if (this.recomputeTimer) clearTimeout(this.recomputeTimer);
    this.recomputeTimer = null;
  }

  /** After a commit: drops the kept maps it changed (and computations under way, which may have read before it). */
  private heard(c: Committed): void {
    const everything = c.many || c.written.length > 0 || !c.queries || [...c.queries].some((name) => this.changesBeyondIndex(name));
    const records = [...c.people, ...c.organizations, ...c.teams];
    if (!everything && records.length === 0) return;
    this.forget(everything, records);
    for (const [key, running] of this.inFlight) {
      running.outdated = true;
      this.inFlight.delete(key);
    }
    for (const key of this.results.keys()) {
      if (everything || this.shows(this.results.peek(key)!, records)) this.results.delete(key);
    }
    this.recomputeSoon();
  }

  /** Drops the kept attributes a commit may have changed (all of them, or those of these records and roles at them). */
  private forget(everything: boolean, records: readonly string[]): void {
    this.attributesChanged++;
    if (everything) {
      this.fields.clear();
      this.roleRows.clear();
      return;
    }
    const named = new Set(records);
    for (const id of named) {
      this.fields.delete(id);
      this.roleRows.delete(id);
    }
    // A person's roles at an organization or team that was changed or deleted.
    for (const [person, rows] of this.roleRows) {
      if (rows.some((r) => named.has(String(r.targetId)) || named.has(String(r.forOrganizationId)))) this.roleRows.delete(person);
    }
  }

  /** Whether a write query changes what a map shows without declaring the records (unknown queries: yes). */
  private changesBeyondIndex(name: string): boolean {
    let beyond = this.beyondIndex.get(name);
    if (beyond === undefined) {
      for (const q of registeredQueries()) {
        const text = `${q.embedded}\n${q.neo4j}`;
        const named = !!(q.changes?.people?.length || q.changes?.organizations?.length || q.changes?.teams?.length);
        this.beyondIndex.set(q.name, BEYOND_INDEX.test(text) || (!named && RECORD.test(text) && SHOWN_FIELD_SET.test(text)));
      }
      beyond = this.beyondIndex.get(name) ?? true;
    }
    return beyond;
  }

  /** Whether changes to these records (people, organizations, teams, as the index now holds them) can change this map. */
  private shows(kept: KeptMap, records: readonly string[]): boolean {
    if (kept.map.truncated) return true;
    const regions = kept.scope.kind === MapScopeKind.REGION || kept.scope.kind === MapScopeKind.MY_REGIONS ? kept.scope.id.split(',') : null;
    for (const id of records) {
      if (id === kept.scope.id || kept.records.has(id)) return true;
      if (!regions) continue;
      // A region's map holds every record of the region: a new one, or one moved into it, changes it.
      const region = this.index.info(id)?.region;
      if (region && (kept.scope.id === ALL_REGIONS || regions.includes(region))) return true;
    }
    return false;
  }

  private recomputeSoon(): void {
    if (this.recomputeTimer) clearTimeout(this.recomputeTimer);
    this.recomputeTimer = setTimeout(() => void this.recomputeRecent(), RECOMPUTE_AFTER_MS).unref();
  }

  /**
   * Computes the maps opened lately again on the current data (one at a time, most recent first); a request
   * meanwhile shares the computation. Resolves when done (tests call it instead of waiting for the timer).
   */
  recomputeRecent(): Promise<void> {
    if (this.recomputeTimer) clearTimeout(this.recomputeTimer);
    this.recomputeTimer = null;
    this.recomputing = this.recomputing.then(async () => {
      const now = Date.now();
      for (const r of [...this.recent.values()].reverse()) {
        if (now - r.at > RECOMPUTE_WITHIN_MS) continue;
        try {
          await this.kept(r.scope, r.scopeName, r.asOf ?? todayUtc(), r.compareTo);
        } catch (e) {
          // The scope may be gone (a deleted team): the next request says so.
          this.logger.warn(`A map was not computed again after a write: ${(e as Error).message}`);
        }
      }
    });
    return this.recomputing;
  }

  async networkMap(viewer: Viewer, args: NetworkMapArgs): Promise<NetworkMap> {
    const map = await this.compute(viewer, args);
    const names = await this.regions(map.nodes.map((n) => n.region));
    const shown = this.filter(map, args.filters ?? null, viewer);
    return {
      scopeKind: map.scopeKind,
      scopeName: map.scopeName,
      hops: map.hops,
      asOf: map.asOf,
      compareTo: map.compareTo,
      truncated: map.truncated,
      betweennessComputed: map.betweennessComputed,
      totalNodes: map.nodes.length,
      totalEdges: map.edges.length,
      nodes: shown.nodes.map((i, index) => {
        const n = map.nodes[i];
        const hidden = this.hidden(viewer, n);
        return {
          index,
          id: hidden ? null : n.id,
          kind: n.kind as never,
          label: hidden ? this.hiddenLabel(n, names) : n.label,
          hidden,
          regionId: n.region || null,
          regionName: names.get(n.region) ?? null,
          types: hidden ? [] : n.types,
          tags: hidden ? [] : n.tags,
          roles: hidden ? [] : n.roles,
          cluster: n.cluster,
          x: n.x,
          y: n.y,
          degree: n.degree,
          pagerank: n.pagerank,
          betweenness: n.betweenness,
        };
      }),
      edges: shown.edges.map((e) => {
        const hidden = this.hidden(viewer, map.nodes[e.source]) || this.hidden(viewer, map.nodes[e.target]);
        return {
          source: shown.position.get(e.source)!,
          target: shown.position.get(e.target)!,
          kind: e.kind as never,
          strength: e.strength,
          since: hidden ? null : e.since,
          until: hidden ? null : e.until,
          detail: hidden ? null : e.detail,
          change: e.change as never,
        };
      }),
    };
  }

  /** The whole map (no filters: the web app filters as you click) in the packed form. */
  async packed(viewer: Viewer, args: NetworkMapArgs): Promise<PackedMap> {
    const map = await this.compute(viewer, args);
    const names = await this.regions(map.nodes.map((n) => n.region));
    const strings: string[] = [];
    const stringIds = new Map<string, number>();
    const s = (v: string | null): number => {
      if (v === null) return -1;
      let i = stringIds.get(v);
      if (i === undefined) {
        i = strings.length;
        strings.push(v);
        stringIds.set(v, i);
      }
      return i;
    };
    const regionIds = new Map<string, number>();
    const regionList: Array<{ id: string; name: string }> = [];
    const region = (id: string) => {
      let i = regionIds.get(id);
      if (i === undefined) {
        i = regionList.length;
        regionList.push({ id, name: names.get(id) ?? '' });
        regionIds.set(id, i);
      }
      return i;
    };
    const n = map.nodes.length;
    const nodes: PackedMap['nodes'] = {
      id: new Array(n), label: new Array(n), hidden: new Array(n), kind: new Array(n), region: new Array(n), types: new Array(n), tags: new Array(n), roles: new Array(n),
      cluster: new Array(n), x: new Array(n), y: new Array(n), degree: new Array(n), pagerank: new Array(n), betweenness: map.betweennessComputed ? new Array(n) : null,
    };
    const hiddenAt: boolean[] = new Array(n);
    map.nodes.forEach((node, i) => {
      const hidden = this.hidden(viewer, node);
      hiddenAt[i] = hidden;
      nodes.id[i] = hidden ? '' : node.id;
      nodes.label[i] = hidden ? this.hiddenLabel(node, names) : node.label;
      nodes.hidden[i] = hidden ? 1 : 0;
      nodes.kind[i] = NODE_KINDS.indexOf(node.kind);
      nodes.region[i] = region(node.region);
      nodes.types[i] = hidden ? [] : node.types.map(s);
      nodes.tags[i] = hidden ? [] : node.tags.map(s);
      nodes.roles[i] = hidden ? [] : node.roles.map(s);
      nodes.cluster[i] = node.cluster;
      nodes.x[i] = node.x;
      nodes.y[i] = node.y;
      nodes.degree[i] = node.degree;
      nodes.pagerank[i] = node.pagerank;
      if (nodes.betweenness) nodes.betweenness[i] = node.betweenness ?? 0;
    });
    const m = map.edges.length;
    const edges: PackedMap['edges'] = {
      source: new Array(m), target: new Array(m), kind: new Array(m), strength: new Array(m), since: new Array(m), until: new Array(m), detail: new Array(m), change: new Array(m),
    };
    map.edges.forEach((e, i) => {
      const hidden = hiddenAt[e.source] || hiddenAt[e.target];
      edges.source[i] = e.source;
      edges.target[i] = e.target;
      edges.kind[i] = EDGE_KINDS.indexOf(e.kind);
      edges.strength[i] = e.strength ?? 0;
      edges.since[i] = hidden ? -1 : s(e.since);
      edges.until[i] = hidden ? -1 : s(e.until);
      edges.detail[i] = hidden ? -1 : s(e.detail);
      edges.change[i] = CHANGES.indexOf(e.change);
    });
    return {
      scope: { kind: map.scopeKind, id: args.scope.id, name: map.scopeName, hops: map.hops },
      asOf: map.asOf,
      compareTo: map.compareTo,
      truncated: map.truncated,
      betweennessComputed: map.betweennessComputed,
      version: map.version,
      layout: map.layout,
      draft: map.draft,
      timings: map.timings,
      dict: { nodeKinds: NODE_KINDS, edgeKinds: EDGE_KINDS, changes: CHANGES, regions: regionList, strings },
      nodes,
      edges,
    };
  }

  /** Checks the request, then answers from the kept maps or computes it (one computation per map at a time). */
  async compute(viewer: Viewer, args: NetworkMapArgs): Promise<ComputedMap> {
    const mine = args.scope.kind === MapScopeKind.MY_REGIONS;
    const scope: Scope = {
      kind: args.scope.kind,
      id: mine ? (viewer.allRegions ? ALL_REGIONS : [...viewer.regions].sort().join(',')) : args.scope.id,
      hops: args.scope.hops ?? DEFAULT_HOPS[args.scope.kind],
    };
    const asOf = args.asOf ?? todayUtc();
    const compareTo = args.compareTo ?? null;
    if ((scope.kind === MapScopeKind.REGION || mine) && scope.hops !== 0) throw badInput('scope.hops', 'A region’s map has all of its records: hops is 0.');
    if (scope.kind === MapScopeKind.NEIGHBOURHOOD && scope.hops < 1) throw badInput('scope.hops', 'A neighbourhood reaches 1 to 3 links out.');
    await this.index.ensureLoaded();
    const scopeName = await this.checkScope(viewer, scope);
    this.recent.set(`${scope.kind}|${scope.id}|${scope.hops}|${args.asOf ?? ''}|${compareTo ?? ''}`, { scope, scopeName, asOf: args.asOf ?? null, compareTo, at: Date.now() });
    return this.kept(scope, scopeName, asOf, compareTo);
  }

  /** The map from the kept ones, or computed (one computation per map at a time). */
  private async kept(scope: Scope, scopeName: string, asOf: string, compareTo: string | null): Promise<ComputedMap> {
    const key = `${scope.kind}|${scope.id}|${scope.hops}|${asOf}|${compareTo ?? ''}`;
    const loads = this.index.loads();
    const kept = this.results.get(key);
    if (kept && kept.loads === loads && (this.store.capabilities.soleWriter || Date.now() - kept.at < NEO4J_FRESH_MS)) return kept.map;
    const running = this.inFlight.get(key);
    if (running) return running.work;
    const entry = { work: this.build(scope, scopeName, asOf, compareTo, `${this.boot}.${++this.computed}`), outdated: false };
    this.inFlight.set(key, entry);
    try {
      const map = await entry.work;
      // Kept unless a commit it may not show came in meanwhile (the next request computes it again).
      // A draft is kept only while its layout is settling (the settled one replaces it); otherwise the next
      // request computes the map again on the positions the scope now has.
      const draftLeft = map.draft && !this.settling.has(`${scope.kind}|${scope.id}|${scope.hops}`);
      if (!entry.outdated && !draftLeft && this.index.loads() === loads) this.results.set(key, { map, at: Date.now(), loads, scope, records: new Set(map.nodes.map((n) => n.id)) });
      return map;
    } finally {
      if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
    }
  }

  /** The scope's record must be in the viewer's regions; answers its name. */
  private async checkScope(viewer: Viewer, scope: Scope): Promise<string> {
    const scopeParams = { ...regionScope(viewer), id: scope.id };
    switch (scope.kind) {
      case MapScopeKind.CAMPAIGN: {
        const [c] = await this.store.read(Q.campaign, scopeParams);
        if (!c) throw notFound('That campaign');
        return String(c.name);
      }
      case MapScopeKind.TEAM: {
        const [t] = await this.store.read(Q.team, scopeParams);
        if (!t) throw notFound('That team');
        return String(t.name);
      }
      case MapScopeKind.REGION: {
        if (!inRegion(viewer, scope.id)) throw notFound('That region');
        const names = await this.regions([scope.id]);
        if (!names.has(scope.id)) throw notFound('That region');
        return names.get(scope.id)!;
      }
      case MapScopeKind.MY_REGIONS:
        return scope.id === ALL_REGIONS
          ? t(requestLocale(), 'maps.wholeCoalition')
          : viewer.regions.length === 1
            ? ((await this.regions(viewer.regions)).get(viewer.regions[0]) ?? t(requestLocale(), 'maps.yourRegion'))
            : t(requestLocale(), 'maps.allYourRegions');
      default: {
        const info = this.index.info(scope.id);
        if (!info || !inRegion(viewer, info.region)) throw notFound('That person or organization');
        return info.name;
      }
    }
  }

  private async build(scope: Scope, scopeName: string, asOf: string, compareTo: string | null, version: string): Promise<ComputedMap> {
    const t0 = performance.now();
    const raw = await this.extract(scope, scopeName, asOf, compareTo);
    const t1 = performance.now();
    const layoutKey = `${scope.kind}|${scope.id}|${scope.hops}`;
    const dated = datedMap(raw, asOf, compareTo, this.warmStarts.get(layoutKey) ?? null);
    this.warmStarts.set(layoutKey, dated.measures.warm);
    const t2 = performance.now();
    // Positions: every link of the map, removed ones too, so a comparison is drawn in one picture (without any,
    // the links measured are those; a graphology graph is built only for a fresh layout, see map-measures.ts).
    const removed = dated.edges.some((e) => e.change === 'REMOVED');
    const ids = dated.nodes.map((n) => n.id);
    const previous = this.layouts.get(layoutKey);
    let known = 0;
    if (previous) for (const id of ids) if (previous.has(id)) known++;
    const reuse = !!previous && ids.length > 0 && known / ids.length >= 1 - RELAYOUT_SHARE;
    // A big first map answers with the draft (records around their clusters' places) and is settled in the background.
    const drafted = !reuse && ids.length + dated.edges.length > this.draftAbove && !this.closed;
    const graph = reuse ? null : removed ? simpleGraph(ids, dated.edges) : dated.graph();
    const positions = reuse
      ? placeNew(removed ? adjacencyOf(ids, dated.edges) : dated.adjacency, previous)
      : await layOut(graph!, dated.measures.cluster, drafted ? 0 : undefined);
    // Keep every position seen for this scope (a later date may bring back records this one lacks).
    const merged: Positions = previous && reuse ? new Map(previous) : new Map();
    for (const [id, p] of positions) merged.set(id, p);
    this.layouts.set(layoutKey, merged);
    if (drafted) this.settle(layoutKey, graph!, dated.measures.cluster);
    const t3 = performance.now();

    const at = new Map<string, number>();
    const m = dated.measures;
    const nodes: BuiltNode[] = dated.nodes.map((n, i) => {
      at.set(n.id, i);
      const p = positions.get(n.id) ?? [0, 0];
      return {
        id: n.id, kind: n.kind, label: n.label, region: n.region, types: n.types, tags: n.tags,
        roles: [...new Set(n.roles.filter((r) => activeOn(r, asOf)).map((r) => r.role))].sort(),
        cluster: m.cluster.get(n.id) ?? -1,
        x: round(p[0], 2),
        y: round(p[1], 2),
        degree: m.degree.get(n.id) ?? 0,
        pagerank: round(m.pagerank.get(n.id) ?? 0, 6),
        betweenness: m.betweenness ? round(m.betweenness.get(n.id) ?? 0, 6) : null,
      };
    });
    const edges: BuiltEdge[] = dated.edges.map((e) => ({
      source: at.get(e.source)!, target: at.get(e.target)!, kind: e.kind, strength: e.strength, since: e.since, until: e.until, detail: e.detail, change: e.change,
    }));
    const t4 = performance.now();
    return {
      scopeKind: scope.kind, scopeName, hops: scope.hops, asOf, compareTo, truncated: raw.truncated, betweennessComputed: m.betweenness !== null || nodes.length === 0,
      nodes, edges, version, layout: reuse ? 'reused' : 'fresh',
      // Placed from a draft still settling: the settled positions replace these when it ends.
      draft: drafted || (reuse && this.settling.has(layoutKey)),
      timings: { extract: ms(t1 - t0), measure: ms(t2 - t1), layout: ms(t3 - t2), total: ms(t4 - t0) },
      measured: m.how,
    };
  }

  /**
   * Runs the whole ForceAtlas2 layout of a drafted map in the background (on a worker thread, see map-layout.ts),
   * then keeps its positions for the scope and puts them in the kept
   * maps of the scope that were drafted, as a new version (so the web app's next request gets them, not a 304).
   */
  private settle(layoutKey: string, graph: UndirectedGraph, cluster: ReadonlyMap<string, number>): void {
    if (this.settling.has(layoutKey)) return;
    const work = (async () => {
      try {
        // After the draft is answered and kept (layOut runs synchronously on a small map).
        await new Promise<void>((resolve) => setImmediate(resolve));
        const settled = await layOut(graph, cluster, undefined, () => this.closed, true);
        if (this.closed) return;
        // Records placed beside the draft's since (a later map of the scope) keep their places.
        const merged: Positions = new Map(this.layouts.get(layoutKey) ?? []);
        for (const [id, p] of settled) merged.set(id, p);
        this.layouts.set(layoutKey, merged);
        for (const key of this.results.keys()) {
          const kept = this.results.peek(key)!;
          if (!kept.map.draft || `${kept.scope.kind}|${kept.scope.id}|${kept.scope.hops}` !== layoutKey) continue;
          const nodes = kept.map.nodes.map((n) => {
            const p = merged.get(n.id);
            return p ? { ...n, x: round(p[0], 2), y: round(p[1], 2) } : n;
          });
          this.results.set(key, { ...kept, map: { ...kept.map, nodes, draft: false, version: `${this.boot}.${++this.computed}` } });
        }
      } catch (e) {
        // The draft stays; the scope is laid out afresh when its positions are next missing.
        this.logger.warn(`A map's layout was not settled: ${(e as Error).message}`);
      } finally {
        this.settling.delete(layoutKey);
      }
    })();
    this.settling.set(layoutKey, work);
  }

  /** Resolves when the layouts being settled in the background are done (tests and benchmarks wait on it). */
  async layoutsSettled(): Promise<void> {
    while (this.settling.size) await Promise.all([...this.settling.values()]);
  }

  /** Records and links of the scope, on either date (undated here: datedMap picks). */
  async extract(scope: Scope, scopeName: string, asOf: string, compareTo: string | null): Promise<RawMap> {
    const nodes = new Map<string, RawNode>();
    const edges: RawEdge[] = [];
    const seeds = new Set<string>();
    let seedsCut = false;
    const extraRoles = new Map<string, RawRole[]>();
    const follow = (since: string | null, until: string | null) => activeOn({ since, until }, asOf) || (!!compareTo && activeOn({ since, until }, compareTo));
    const hub = (kind: MapNodeKind, region: string) => nodes.set(scope.id, { id: scope.id, kind, label: scopeName, region, types: [], tags: [], roles: [], seed: true });
    const addRole = (personId: string, role: RawRole) => extraRoles.set(personId, [...(extraRoles.get(personId) ?? []), role]);

    if (scope.kind === MapScopeKind.CAMPAIGN) {
      const [[c], partners, roles, asks] = await Promise.all([
        this.store.read(Q.campaign, { allRegions: true, regions: [], id: scope.id }),
        this.store.read(Q.campaignPartners, { id: scope.id }),
        this.store.read(Q.campaignRoles, { id: scope.id }),
        this.store.read(Q.campaignAsks, { id: scope.id }),
      ]);
      hub('CAMPAIGN', str(c?.region) ?? '');
      for (const p of partners) {
        seeds.add(String(p.id));
        edges.push({ source: String(p.id), target: scope.id, kind: 'PARTNER', strength: null, since: dayOf(p.createdAt), until: null, detail: null });
      }
      for (const r of roles) {
        const person = String(r.personId);
        seeds.add(person);
        const role = { role: String(r.role), since: str(r.startDate), until: str(r.endDate) };
        addRole(person, role);
        edges.push({ source: person, target: scope.id, kind: 'ROLE', strength: null, since: role.since, until: role.until, detail: role.role });
      }
      for (const a of asks) {
        const org = String(a.organizationId);
        seeds.add(org);
        if (a.askerId) seeds.add(String(a.askerId));
        edges.push({
          source: org, target: scope.id, kind: 'ENDORSEMENT', strength: null, since: dayOf(a.askedOn) ?? dayOf(a.createdAt),
          until: a.status === 'DECLINED' ? dayOf(a.decidedOn) : null, detail: str(a.status),
        });
      }
    } else if (scope.kind === MapScopeKind.TEAM) {
      const [[t], members, roles] = await Promise.all([
        this.store.read(Q.team, { allRegions: true, regions: [], id: scope.id }),
        this.store.read(Q.teamMembers, { id: scope.id }),
        this.store.read(Q.teamRoles, { id: scope.id }),
      ]);
      hub('TEAM', str(t?.region) ?? '');
      for (const m of members) {
        seeds.add(String(m.id));
        edges.push({ source: String(m.id), target: scope.id, kind: 'TEAM_MEMBER', strength: null, since: dayOf(m.since), until: dayOf(m.until), detail: null });
      }
      for (const r of roles) {
        const person = String(r.personId);
        seeds.add(person);
        const role = { role: String(r.role), since: str(r.startDate), until: str(r.endDate) };
        addRole(person, role);
        edges.push({ source: person, target: scope.id, kind: 'ROLE', strength: null, since: role.since, until: role.until, detail: role.role });
      }
    } else if (scope.kind === MapScopeKind.REGION) {
      for (const id of this.index.inRegion(scope.id)) seeds.add(id);
    } else if (scope.kind === MapScopeKind.MY_REGIONS) {
      const regions = scope.id === ALL_REGIONS ? (await this.store.read(Q.regions)).map((r) => String(r.id)) : scope.id.split(',').filter(Boolean);
      // The whole coalition can be far bigger than a map can show: it stops at the size limit and says so.
      for (const region of regions) {
        for (const id of this.index.inRegion(region)) {
          if (seeds.size >= MAX_MAP_NODES) {
            seedsCut = true;
            break;
          }
          seeds.add(id);
        }
      }
    } else {
      seeds.add(scope.id);
    }

    // The walk over ties and affiliations (the reach index), then every link among the records reached.
    const reached = this.index.neighbourhood([...seeds], scope.hops, MAX_MAP_NODES, follow);
    const ids = reached.ids;
    const people: string[] = [];
    const orgs: string[] = [];
    for (const id of ids) {
      const info = this.index.info(id)!;
      (info.kind === 'person' ? people : orgs).push(id);
      nodes.set(id, { id, kind: info.kind === 'person' ? 'PERSON' : 'ORGANIZATION', label: info.name, region: info.region, types: [], tags: [], roles: [], seed: seeds.has(id) });
    }
    const today = todayUtc();
    for (const l of this.index.linksAmong(ids, today)) {
      edges.push({ source: l.a, target: l.b, kind: l.kind, strength: l.strength, since: l.since, until: l.until, detail: null });
    }
    // The scope's own records the index does not hold (an organization with no tie or affiliation yet).
    const missing = [...seeds].filter((id) => id !== scope.id && !nodes.has(id));
    if (missing.length) {
      const [p, o] = await Promise.all([this.store.read(Q.people, { ids: missing }), this.store.read(Q.organizations, { ids: missing })]);
      for (const r of p) people.push(String(r.id));
      for (const r of o) orgs.push(String(r.id));
      for (const [rows, kind] of [[p, 'PERSON'], [o, 'ORGANIZATION']] as const) {
        for (const r of rows) nodes.set(String(r.id), { id: String(r.id), kind, label: str(r.name) ?? '', region: str(r.region) ?? '', types: [], tags: [], roles: [], seed: true });
      }
    }
    // Kinds, tags, types and roles (the index holds none of them).
    const { fields, roles: roleRows } = await this.attributes(people, orgs);
    for (const [id, f] of fields) {
      const n = nodes.get(id);
      if (n) Object.assign(n, f);
    }
    for (const r of roleRows) {
      const person = String(r.personId);
      const role = { role: String(r.role), since: str(r.startDate), until: str(r.endDate) };
      const n = nodes.get(person);
      if (!n) continue;
      // Roles on this map's own campaign or team were added above, with their link to it.
      if (!(r.targetId === scope.id && (scope.kind === MapScopeKind.CAMPAIGN || scope.kind === MapScopeKind.TEAM))) n.roles.push(role);
      // A point of contact for an organization, a connector for a partner: a link to that organization.
      const org = r.targetType === 'Organization' ? String(r.targetId) : str(r.forOrganizationId);
      if (org && nodes.has(org)) edges.push({ source: person, target: org, kind: 'ROLE', strength: null, since: role.since, until: role.until, detail: role.role });
    }
    for (const [person, roles] of extraRoles) nodes.get(person)?.roles.push(...roles);
    return { nodes, edges, truncated: reached.truncated || seedsCut };
  }

  /**
   * The kinds, tags, types and roles of these records: from those kept, the rest read (keyed) and kept until a
   * commit names the record or may change any (see heard). After a write on a map, only what it changed is read.
   */
  private async attributes(people: readonly string[], orgs: readonly string[]): Promise<{ fields: Map<string, RecordFields>; roles: Row[] }> {
    const changed = this.attributesChanged;
    // What is kept is taken now: a commit during the reads below may drop it (and the map being computed then is not kept).
    const all = new Map<string, RecordFields>();
    const keptRoles = new Map<string, Row[]>();
    const newPeople: string[] = [];
    const newOrgs: string[] = [];
    for (const id of people) {
      const f = this.fields.get(id);
      const r = this.roleRows.get(id);
      if (f && r) {
        all.set(id, f);
        keptRoles.set(id, r);
      } else newPeople.push(id);
    }
    for (const id of orgs) {
      const f = this.fields.get(id);
      if (f) all.set(id, f);
      else newOrgs.push(id);
    }
    const [personRows, orgRows, roleRows] = await Promise.all([
      newPeople.length ? this.store.read(Q.people, { ids: newPeople }) : ([] as Row[]),
      newOrgs.length ? this.store.read(Q.organizations, { ids: newOrgs }) : ([] as Row[]),
      newPeople.length ? this.store.read(Q.roles, { ids: newPeople }) : ([] as Row[]),
    ]);
    const fields = new Map<string, RecordFields>();
    for (const r of personRows) fields.set(String(r.id), { types: list(r.kinds), tags: list(r.tags) });
    for (const r of orgRows) fields.set(String(r.id), { types: str(r.type) ? [String(r.type)] : [], tags: list(r.issueAreas) });
    const roles = new Map<string, Row[]>(newPeople.map((id) => [id, []]));
    for (const r of roleRows) roles.get(String(r.personId))?.push(r);
    const allRoles: Row[] = [];
    for (const [id, f] of fields) all.set(id, f);
    for (const id of people) for (const r of roles.get(id) ?? keptRoles.get(id) ?? []) allRoles.push(r);
    // What was read is kept only if no commit came in meanwhile.
    if (changed === this.attributesChanged) {
      if (this.fields.size > ATTRIBUTES_KEPT) this.forget(true, []);
      for (const [id, f] of fields) this.fields.set(id, f);
      for (const [id, r] of roles) this.roleRows.set(id, r);
    }
    return { fields: all, roles: allRoles };
  }

  /** Region names, read again only when one is missing (regions are created, never renamed). */
  private async regions(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.some((id) => id && !this.regionNames.has(id))) {
      this.regionNames = new Map((await this.store.read(Q.regions)).map((r) => [String(r.id), String(r.name)]));
    }
    return this.regionNames;
  }

  private hidden(viewer: Viewer, n: BuiltNode): boolean {
    return (n.kind === 'PERSON' || n.kind === 'ORGANIZATION') && !inRegion(viewer, n.region);
  }

  private hiddenLabel(n: BuiltNode, names: Map<string, string>): string {
    return hiddenName(n.kind === 'PERSON' ? 'person' : 'organization', names.get(n.region) ?? null);
  }

  /** Filters for the GraphQL form: which records (by index) and links remain, and each record's new index. */
  private filter(map: ComputedMap, f: MapFiltersInput | null, viewer: Viewer): { nodes: number[]; edges: BuiltEdge[]; position: Map<number, number> } {
    const nodeKinds = f?.nodeKinds?.length ? new Set<string>(f.nodeKinds) : null;
    const edgeKinds = f?.edgeKinds?.length ? new Set<string>(f.edgeKinds) : null;
    const roles = f?.roles?.length ? new Set(f.roles) : null;
    const tags = f?.tags?.length ? new Set(f.tags) : null;
    const regions = f?.regionIds?.length ? new Set(f.regionIds) : null;
    const minStrength = f?.minStrength ?? null;
    const position = new Map<number, number>();
    const nodes: number[] = [];
    map.nodes.forEach((n, i) => {
      const hidden = this.hidden(viewer, n);
      if (nodeKinds && !nodeKinds.has(n.kind)) return;
      if (roles && (hidden || !n.roles.some((r) => roles.has(r)))) return;
      if (tags && (hidden || !n.tags.some((t) => tags.has(t)))) return;
      if (regions && !regions.has(n.region)) return;
      position.set(i, nodes.length);
      nodes.push(i);
    });
    const edges = map.edges.filter(
      (e) => position.has(e.source) && position.has(e.target) && (!edgeKinds || edgeKinds.has(e.kind)) && (minStrength === null || e.strength === null || e.strength >= minStrength),
    );
    return { nodes, edges, position };
  }
}

const ms = (x: number) => Math.round(x * 10) / 10;
