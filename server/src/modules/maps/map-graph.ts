import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { BETWEENNESS_MAX_PEOPLE, communities } from '../insights/network-measures.js';
import { adjacency, adjacencyOf, clustersFrom, neighbourPrints, pagerankFrom, type Adjacency, type WarmStart } from './map-measures.js';

/**
 * The network map's graph work, on plain data (the service reads it; tests feed small graphs):
 * which ties and affiliations exist on a date, what changed between two dates, and the measures
 * (degree, PageRank, betweenness from graphology-metrics; Louvain clusters as the insights compute them).
 */

export type MapNodeKind = 'PERSON' | 'ORGANIZATION' | 'CAMPAIGN' | 'TEAM';
export type MapEdgeKind = 'KNOWS' | 'MEMBER_OF' | 'WORKS_AT' | 'LEADS' | 'TEAM_MEMBER' | 'ROLE' | 'PARTNER' | 'ENDORSEMENT';
export type MapChange = 'SAME' | 'ADDED' | 'REMOVED';

export interface Dated {
  /** YYYY-MM-DD it began, or null (unknown: taken as always). */
  since: string | null;
  /** YYYY-MM-DD it ended, or null (it has not). */
  until: string | null;
}

export interface RawRole extends Dated {
  role: string;
}

export interface RawNode {
  id: string;
  kind: MapNodeKind;
  label: string;
  /** Region id ('' when none). */
  region: string;
  /** People: their kinds (member, leader...); organizations: their type. */
  types: string[];
  /** People: tags; organizations: issue areas. */
  tags: string[];
  roles: RawRole[];
  /** The scope's own records (a campaign's partners, a team's members, a region's records, the person whose neighbourhood): shown on every date. */
  seed: boolean;
}

export interface RawEdge extends Dated {
  source: string;
  target: string;
  kind: MapEdgeKind;
  /** KNOWS: 1 to 5; null for the others. */
  strength: number | null;
  /** A role's name, an endorsement's status, an affiliation's title. */
  detail: string | null;
}

export interface RawMap {
  nodes: Map<string, RawNode>;
  edges: RawEdge[];
  /** The neighbourhood walk stopped at the size limit. */
  truncated: boolean;
}

export interface MapNode {
  id: string;
  kind: MapNodeKind;
  label: string;
  region: string;
  types: string[];
  tags: string[];
  /** Roles held on the map's date. */
  roles: string[];
  cluster: number;
  x: number;
  y: number;
  /** Distinct neighbours on the map's date. */
  degree: number;
  pagerank: number;
  /** Normalized betweenness (0 to 1), or null on maps over BETWEENNESS_MAX_NODES records. */
  betweenness: number | null;
}

export interface MapEdge extends Dated {
  source: string;
  target: string;
  kind: MapEdgeKind;
  strength: number | null;
  detail: string | null;
  change: MapChange;
}

export interface Measures {
  degree: Map<string, number>;
  pagerank: Map<string, number>;
  betweenness: Map<string, number> | null;
  cluster: Map<string, number>;
  /** What the next map of the scope starts from. */
  warm: WarmStart;
  /** How it was computed: PageRank's iterations, clusters by a full Louvain or by local moves from the previous ones. */
  how: { pagerankIterations: number; clusters: 'full' | 'local'; touched: number };
}

/**
 * Clusters by local moves while the map's links changed around at most this share of its records (a map as of a
 * month earlier than the last one: about 15% at 10,000 records / 89,000 links), and this many times in a row;
 * then a full Louvain.
 */
const LOCAL_MOVES_SHARE = 0.25;
const LOCAL_RUNS_MAX = 50;

/** Exact betweenness is O(records × links): above this many records on a map it is not computed (see README). */
export const BETWEENNESS_MAX_NODES = BETWEENNESS_MAX_PEOPLE;

// CommonJS packages: under Node's ESM the default import is module.exports itself.
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

const day = (d: string | null) => (d ? d.slice(0, 10) : null);

/** It existed on `date`: began on or before it (or no start known) and had not ended before it. */
export function activeOn(x: Dated, date: string): boolean {
  const since = day(x.since);
  const until = day(x.until);
  return (!since || since <= date) && (!until || until >= date);
}

/**
 * The edges of the map on `asOf`; with `compareTo`, also those that existed on `compareTo` and no longer do
 * (REMOVED), and those that exist now and did not then are ADDED.
 */
export function datedEdges<E extends Dated, T = E & { change: MapChange }>(
  edges: readonly E[],
  asOf: string,
  compareTo: string | null,
  // A spread copy of each of 89,000 links took 0.8 to 1.5 s at load 20 here; datedMap names the fields instead.
  make: (e: E, change: MapChange) => T = (e, change) => ({ ...e, change }) as T,
): T[] {
  const out: T[] = [];
  for (const e of edges) {
    const now = activeOn(e, asOf);
    const then = compareTo ? activeOn(e, compareTo) : now;
    if (now && then) out.push(make(e, 'SAME'));
    else if (now) out.push(make(e, 'ADDED'));
    else if (then) out.push(make(e, 'REMOVED'));
  }
  return out;
}

const mapEdge = (e: RawEdge, change: MapChange): MapEdge => ({
  source: e.source,
  target: e.target,
  kind: e.kind,
  strength: e.strength,
  detail: e.detail,
  since: e.since,
  until: e.until,
  change,
});

/**
 * The simple undirected graph of these records and links (parallel links merged, self-links dropped): records in
 * the order given, links in the order of their ends, so a stable record order (see contentOrder) gives the same
 * clusters and layout whatever order the links were read in.
 */
export function simpleGraph(nodeIds: Iterable<string>, links: Iterable<{ source: string; target: string }>): UndirectedGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const id of nodeIds) graph.mergeNode(id);
  const rank = new Map<string, number>();
  graph.forEachNode((id) => void rank.set(id, rank.size));
  const pairs: Array<[number, number]> = [];
  for (const l of links) {
    const x = rank.get(l.source);
    const y = rank.get(l.target);
    if (x === undefined || y === undefined || x === y) continue;
    pairs.push(x < y ? [x, y] : [y, x]);
  }
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const ids = [...rank.keys()];
  for (const [x, y] of pairs) graph.mergeEdge(ids[x], ids[y]);
  return graph;
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Records in an order that comes from what they are (label, kind, region, types, tags), their random ids only
 * breaking ties: Louvain and the layout depend on the order they meet records, and the same coalition entered
 * twice must give the same clusters.
 */
export function contentOrder(nodes: readonly RawNode[]): RawNode[] {
  const key = (n: RawNode) => `${n.label.trim().toLowerCase()}\u0001${n.kind}\u0001${n.region}\u0001${n.types.join(',')}\u0001${n.tags.join(',')}`;
  const keyed = nodes.map((n) => ({ n, k: key(n) }));
  keyed.sort((x, y) => cmp(x.k, y.k) || cmp(x.n.id, y.n.id));
  return keyed.map((x) => x.n);
}

/**
 * Degree, PageRank, betweenness (exact, on maps up to BETWEENNESS_MAX_NODES records) and Louvain clusters. With
 * the scope's previous map (`warm`), PageRank starts from its scores and clusters from its partition (see
 * map-measures.ts); a full Louvain when too much changed.
 */
export function measure(graph: UndirectedGraph, warm: WarmStart | null = null): Measures {
  return measureAdjacency(adjacency(graph), warm, () => graph);
}

/** As measure, on the map's adjacency; `graph` builds the graphology graph only if a full Louvain or betweenness needs it. */
export function measureAdjacency(adj: Adjacency, warm: WarmStart | null, graph: () => UndirectedGraph): Measures {
  const order = adj.ids.length;
  const size = adj.neighbours.length / 2;
  const degree = new Map<string, number>();
  adj.ids.forEach((id, i) => degree.set(id, adj.starts[i + 1] - adj.starts[i]));
  const prints = neighbourPrints(adj);
  const ranked = pagerankFrom(adj, warm?.pagerank ?? null);
  const pr = new Map<string, number>();
  adj.ids.forEach((id, i) => pr.set(id, ranked.scores[i]));
  let betweenness: Map<string, number> | null = null;
  if (order <= BETWEENNESS_MAX_NODES) {
    const g = graph();
    const b = new Map(Object.entries(size ? betweennessCentrality(g, { normalized: true }) : {}));
    for (const id of adj.ids) if (!b.has(id)) b.set(id, 0);
    betweenness = b;
  }
  let touched = order;
  let cluster: Map<string, number> | null = null;
  let localRuns = 0;
  if (warm && size > 0 && warm.localRuns < LOCAL_RUNS_MAX) {
    const local = clustersFrom(adj, warm, prints);
    touched = local.touched;
    if (local.touched <= LOCAL_MOVES_SHARE * order) {
      cluster = local.cluster;
      localRuns = warm.localRuns + 1;
    }
  }
  const how = { pagerankIterations: ranked.iterations, clusters: cluster ? ('local' as const) : ('full' as const), touched };
  // Louvain needs links; records without any each get a cluster of their own.
  cluster ??= size > 0 ? communities(graph()) : new Map<string, number>();
  let next = 0;
  for (const c of cluster.values()) next = Math.max(next, c + 1);
  for (const id of adj.ids) {
    if (!cluster.has(id) || (how.clusters === 'full' && degree.get(id) === 0)) cluster.set(id, next++);
  }
  return { degree, pagerank: pr, betweenness, cluster, warm: { pagerank: pr, cluster, neighbours: prints, localRuns }, how };
}

/**
 * The map on `asOf` (and its changes since `compareTo`): the scope's own records always, other records when a
 * link of the map touches them; measures over the links of `asOf`.
 */
export function datedMap(
  raw: RawMap,
  asOf: string,
  compareTo: string | null,
  warm: WarmStart | null = null,
): { nodes: RawNode[]; edges: MapEdge[]; measures: Measures; adjacency: Adjacency; graph: () => UndirectedGraph } {
  const edges = datedEdges(raw.edges, asOf, compareTo, mapEdge).filter((e) => raw.nodes.has(e.source) && raw.nodes.has(e.target));
  const keep = new Set<string>();
  for (const n of raw.nodes.values()) if (n.seed) keep.add(n.id);
  for (const e of edges) keep.add(e.source).add(e.target);
  const nodes = contentOrder([...raw.nodes.values()].filter((n) => keep.has(n.id)));
  const ids = nodes.map((n) => n.id);
  const present = edges.filter((e) => e.change !== 'REMOVED');
  const adj = adjacencyOf(ids, present);
  let built: UndirectedGraph | null = null;
  const graph = () => (built ??= simpleGraph(ids, present));
  return { nodes, edges, measures: measureAdjacency(adj, warm, graph), adjacency: adj, graph };
}
