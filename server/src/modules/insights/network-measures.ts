import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { LeaderSignal, type Evidence } from './leader-score.js';

/**
 * Clusters and bridges over people and their KNOWS ties, with graphology's maintained algorithms:
 * Louvain communities (graphology-communities-louvain) and betweenness centrality (graphology-metrics).
 * Inputs are sorted by the records' content (see KeyOf) and Louvain gets a seeded random source, so the same
 * network always gives the same answer, whatever its records' ids.
 */

/** Betweenness is O(people × ties): 5,000 people with 25,000 ties took about 20 s here (bench/leaders.mjs), 1,000 well under a second. Above this many people with ties, bridges are ranked by ties into other clusters. */
export const BETWEENNESS_MAX_PEOPLE = 1_000;

export interface Tie {
  a: string;
  b: string;
  /** YYYY-MM-DD the tie started. */
  start: string;
}

export interface Bridge {
  personId: string;
  community: number;
  /** Normalized betweenness (0 to 1), or null on graphs too large to compute it. */
  betweenness: number | null;
  /** Ties into other clusters, and how many other clusters they reach. */
  outsideTies: number;
  otherClusters: number;
  degree: number;
}

export interface Cluster {
  community: number;
  size: number;
  /** Members with the most ties first. */
  memberIds: string[];
  bridges: Bridge[];
}

export interface NetworkMeasures {
  community: Map<string, number>;
  clusters: Cluster[];
  /** Everyone with at least one tie into another cluster, best bridge first. */
  bridges: Bridge[];
}

// CommonJS packages: under Node's ESM the default import is module.exports itself.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

/** A small deterministic random source (mulberry32) for Louvain. */
export function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * A person's place in the order graphs are built in: their key (e.g. the sort key of their name), then their id.
 * Louvain's result depends on the order it meets nodes and links, so that order must come from the records'
 * content, not from their random ids: the same network entered twice (other ids, other creation order) then
 * gives the same clusters.
 */
export type KeyOf = (id: string) => string;

/** Ids in the order of their keys (ids only break ties between equal keys). */
export function stableOrder(ids: Iterable<string>, keyOf: KeyOf): string[] {
  const keyed = [...ids].map((id) => ({ id, key: keyOf(id) }));
  keyed.sort((x, y) => byId(x.key, y.key) || byId(x.id, y.id));
  return keyed.map((k) => k.id);
}

export function peopleGraph(ties: readonly Tie[], keyOf: KeyOf = (id) => id): UndirectedGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  const people = new Set<string>();
  for (const t of ties) if (t.a !== t.b) people.add(t.a).add(t.b);
  const order = stableOrder(people, keyOf);
  const rank = new Map(order.map((id, i) => [id, i]));
  // One link per pair (either direction), from its earlier end; nodes and links both in key order.
  const pairs = new Set<number>();
  const n = order.length;
  for (const t of ties) {
    if (t.a === t.b) continue;
    const x = rank.get(t.a)!;
    const y = rank.get(t.b)!;
    pairs.add(x < y ? x * n + y : y * n + x);
  }
  for (const id of order) graph.addNode(id);
  for (const key of [...pairs].sort((p, q) => p - q)) graph.addEdge(order[Math.floor(key / n)], order[key % n]);
  return graph;
}

export function communities(graph: UndirectedGraph): Map<string, number> {
  if (graph.order === 0) return new Map();
  const mapping = louvain(graph, { rng: seeded(42), getEdgeWeight: null });
  return new Map(Object.entries(mapping));
}

/** Clusters with their sizes and the people who bridge them. */
export function measureNetwork(ties: readonly Tie[], options: { membersPerCluster?: number; bridgesPerCluster?: number; keyOf?: KeyOf } = {}): NetworkMeasures {
  const keyOf = options.keyOf ?? ((id: string) => id);
  const graph = peopleGraph(ties, keyOf);
  const byKey = (x: string, y: string) => byId(keyOf(x), keyOf(y)) || byId(x, y);
  const community = communities(graph);
  const betweenness = graph.order > 0 && graph.order <= BETWEENNESS_MAX_PEOPLE ? betweennessCentrality(graph, { normalized: true }) : null;
  const groups = new Map<number, string[]>();
  const bridges: Bridge[] = [];
  graph.forEachNode((id) => {
    const own = community.get(id)!;
    const list = groups.get(own) ?? [];
    list.push(id);
    groups.set(own, list);
    let outsideTies = 0;
    const others = new Set<number>();
    graph.forEachNeighbor(id, (n) => {
      const c = community.get(n)!;
      if (c !== own) {
        outsideTies += 1;
        others.add(c);
      }
    });
    if (outsideTies > 0) {
      bridges.push({ personId: id, community: own, betweenness: betweenness ? betweenness[id] : null, outsideTies, otherClusters: others.size, degree: graph.degree(id) });
    }
  });
  bridges.sort((x, y) => (y.betweenness ?? 0) - (x.betweenness ?? 0) || y.otherClusters - x.otherClusters || y.outsideTies - x.outsideTies || byKey(x.personId, y.personId));
  const clusters = [...groups.entries()].map(([c, ids]) => ({
    community: c,
    size: ids.length,
    memberIds: ids.sort((x, y) => graph.degree(y) - graph.degree(x) || byKey(x, y)).slice(0, options.membersPerCluster ?? 5),
    bridges: bridges.filter((b) => b.community === c).slice(0, options.bridgesPerCluster ?? 3),
  }));
  clusters.sort((x, y) => y.size - x.size || x.community - y.community);
  return { community, clusters, bridges };
}

/**
 * "Communities bridged" evidence: for each person and each other community their ties reach, the day the
 * first tie into it started. A window counts the communities first reached in it.
 */
export function bridgingEvidence(ties: readonly Tie[], community: ReadonlyMap<string, number>): Evidence[] {
  const first = new Map<string, string>();
  const note = (person: string, other: string, start: string) => {
    const own = community.get(person);
    const theirs = community.get(other);
    if (own === undefined || theirs === undefined || own === theirs) return;
    const key = `${person}\u0000${theirs}`;
    const seen = first.get(key);
    if (!seen || start < seen) first.set(key, start);
  };
  for (const t of ties) {
    if (t.a === t.b) continue;
    note(t.a, t.b, t.start);
    note(t.b, t.a, t.start);
  }
  return [...first.entries()].map(([key, date]) => ({ personId: key.slice(0, key.indexOf('\u0000')), signal: LeaderSignal.COMMUNITIES_BRIDGED, date }));
}
