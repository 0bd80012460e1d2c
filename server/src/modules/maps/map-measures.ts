import type { UndirectedGraph } from 'graphology';

/**
 * PageRank and clusters of a map computed again after a write, starting from the map's previous answer.
 *
 * graphology-metrics' PageRank always starts from the even vector and graphology-communities-louvain always from
 * singletons: neither takes a start. At 10,000 records / 89,000 links (load 13) a cold PageRank took 0.56 to 1.0 s
 * and a cold Louvain 0.2 to 0.8 s, most of a map computed again after a tie on it. Here both run on the graph's
 * adjacency in typed arrays: PageRank is the same power iteration as graphology-metrics' (same damping, dangling
 * records and stopping rule), started from the previous scores; clusters keep the previous partition and move
 * only the records a write touched and their neighbours, by Louvain's own modularity gain.
 */

/** The previous map of a scope, as this needs it (records by id). */
export interface WarmStart {
  pagerank: ReadonlyMap<string, number>;
  cluster: ReadonlyMap<string, number>;
  /** Per record, a fingerprint of its neighbours: a record whose fingerprint changed is one a write touched. */
  neighbours: ReadonlyMap<string, number>;
  /** Maps computed from this one's partition by local moves since the last full Louvain. */
  localRuns: number;
}

/** graphology-metrics' defaults (damping 0.85, stop when the summed change is under records × 1e-6). */
export const PAGERANK_ALPHA = 0.85;
export const PAGERANK_TOLERANCE = 1e-6;
const PAGERANK_MAX_ITERATIONS = 100;

/** The graph's adjacency: records 0..n−1 in the graph's order, neighbours of i at neighbours[starts[i] .. starts[i+1]). */
export interface Adjacency {
  ids: string[];
  starts: Int32Array;
  neighbours: Int32Array;
}

/**
 * The adjacency of the simple graph of these records and links (parallel links merged, self-links dropped),
 * records in the order given: what simpleGraph builds, without graphology. Adding 89,000 links to a graphology
 * graph took 2.5 to 3.5 s at load 18 here (30 µs a link), this about 0.2 s: after a write, when the map's
 * clusters and layout start from the last ones, no graphology graph is built at all.
 */
export function adjacencyOf(nodeIds: readonly string[], links: Iterable<{ source: string; target: string }>): Adjacency {
  const at = new Map<string, number>();
  const ids: string[] = [];
  for (const id of nodeIds) {
    if (at.has(id)) continue;
    at.set(id, ids.length);
    ids.push(id);
  }
  const n = ids.length;
  // Each link once as one number (smaller end × n + larger end), sorted: duplicates sit side by side.
  const keys: number[] = [];
  for (const l of links) {
    const x = at.get(l.source);
    const y = at.get(l.target);
    if (x === undefined || y === undefined || x === y) continue;
    keys.push(x < y ? x * n + y : y * n + x);
  }
  const sorted = Float64Array.from(keys).sort();
  const starts = new Int32Array(n + 1);
  let last = -1;
  for (const k of sorted) {
    if (k === last) continue;
    last = k;
    starts[Math.floor(k / n) + 1]++;
    starts[(k % n) + 1]++;
  }
  for (let i = 0; i < n; i++) starts[i + 1] += starts[i];
  const neighbours = new Int32Array(starts[n]);
  const fill = starts.slice(0, n);
  last = -1;
  for (const k of sorted) {
    if (k === last) continue;
    last = k;
    const x = Math.floor(k / n);
    const y = k % n;
    neighbours[fill[x]++] = y;
    neighbours[fill[y]++] = x;
  }
  return { ids, starts, neighbours };
}

export function adjacency(graph: UndirectedGraph): Adjacency {
  const ids = graph.nodes();
  const at = new Map<string, number>();
  ids.forEach((id, i) => at.set(id, i));
  const starts = new Int32Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) starts[i + 1] = starts[i] + graph.degree(ids[i]);
  const neighbours = new Int32Array(starts[ids.length]);
  const fill = starts.slice(0, ids.length);
  graph.forEachEdge((_e, _a, source, target) => {
    const s = at.get(source)!;
    const t = at.get(target)!;
    neighbours[fill[s]++] = t;
    neighbours[fill[t]++] = s;
  });
  return { ids, starts, neighbours };
}

/** Sum of a hash of each neighbour's id: equal before and after when the record's neighbours are the same. */
export function neighbourPrints(a: Adjacency): Map<string, number> {
  const hash = a.ids.map(idHash);
  const out = new Map<string, number>();
  for (let i = 0; i < a.ids.length; i++) {
    let h = 0;
    for (let j = a.starts[i]; j < a.starts[i + 1]; j++) h = (h + hash[a.neighbours[j]]) | 0;
    out.set(a.ids[i], h);
  }
  return out;
}

function idHash(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h | 0;
}

/**
 * PageRank over the links (unweighted), as graphology-metrics computes it, from `start` (the previous scores;
 * records without one start at 1/n, then the vector is scaled to sum 1). The answer meets the same stopping rule
 * as a cold run, so it equals a cold run's within that tolerance; `iterations` says how many it took.
 */
export function pagerankFrom(a: Adjacency, start: ReadonlyMap<string, number> | null): { scores: Float64Array; iterations: number } {
  const n = a.ids.length;
  if (n === 0) return { scores: new Float64Array(0), iterations: 0 };
  const p = 1 / n;
  let x = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const s = start?.get(a.ids[i]);
    x[i] = s !== undefined && s > 0 ? s : p;
    sum += x[i];
  }
  for (let i = 0; i < n; i++) x[i] /= sum;
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) if (a.starts[i + 1] === a.starts[i]) dangling.push(i);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= PAGERANK_MAX_ITERATIONS; iteration++) {
    let dangle = 0;
    for (const i of dangling) dangle += x[i];
    const base = PAGERANK_ALPHA * dangle * p + (1 - PAGERANK_ALPHA) * p;
    next.fill(0);
    for (let i = 0; i < n; i++) {
      const from = a.starts[i];
      const to = a.starts[i + 1];
      if (to > from) {
        const share = (PAGERANK_ALPHA * x[i]) / (to - from);
        for (let j = from; j < to; j++) next[a.neighbours[j]] += share;
      }
      next[i] += base;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(next[i] - x[i]);
    [x, next] = [next, x];
    if (error < n * PAGERANK_TOLERANCE) return { scores: x, iterations: iteration };
  }
  throw new Error('PageRank did not converge');
}

/**
 * Clusters after a write: the previous partition, new records alone at first, then Louvain's local moves (each
 * record to the neighbouring cluster with the largest modularity gain, resolution 1) for the records whose
 * neighbours changed and, as they move, their neighbours, until none gains. Records nobody touched keep their
 * cluster and its number, so colours stay put.
 */
export function clustersFrom(a: Adjacency, previous: WarmStart, prints: ReadonlyMap<string, number>): { cluster: Map<string, number>; touched: number; moves: number } {
  const n = a.ids.length;
  const degree = new Float64Array(n);
  let twoM = 0;
  for (let i = 0; i < n; i++) {
    degree[i] = a.starts[i + 1] - a.starts[i];
    twoM += degree[i];
  }
  let nextId = 0;
  for (const c of previous.cluster.values()) nextId = Math.max(nextId, c + 1);
  const comm = new Int32Array(n);
  const queue: number[] = [];
  const queued = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const id = a.ids[i];
    const c = previous.cluster.get(id);
    const changed = c === undefined || previous.neighbours.get(id) !== prints.get(id);
    // New records start alone; so does one a write left without links (it is no longer part of its cluster).
    comm[i] = c === undefined || (changed && degree[i] === 0) ? nextId++ : c;
    if (changed) {
      queue.push(i);
      queued[i] = 1;
    }
  }
  const touched = queue.length;
  const tot = new Float64Array(nextId);
  for (let i = 0; i < n; i++) tot[comm[i]] += degree[i];
  const weightTo = new Float64Array(nextId);
  const seen: number[] = [];
  let moves = 0;
  // Bounded like the library's passes: each record may be looked at a few times over.
  let budget = 20 * n + queue.length;
  for (let head = 0; head < queue.length && budget > 0; head++, budget--) {
    const i = queue[head];
    queued[i] = 0;
    const k = degree[i];
    if (k === 0) continue;
    const own = comm[i];
    for (let j = a.starts[i]; j < a.starts[i + 1]; j++) {
      const c = comm[a.neighbours[j]];
      if (weightTo[c] === 0) seen.push(c);
      weightTo[c] += 1;
    }
    tot[own] -= k;
    let best = own;
    let bestGain = weightTo[own] - (tot[own] * k) / twoM;
    for (const c of seen) {
      const gain = weightTo[c] - (tot[c] * k) / twoM;
      if (gain > bestGain + 1e-12) {
        best = c;
        bestGain = gain;
      }
    }
    for (const c of seen) weightTo[c] = 0;
    seen.length = 0;
    tot[best] += k;
    if (best !== own) {
      comm[i] = best;
      moves++;
      for (let j = a.starts[i]; j < a.starts[i + 1]; j++) {
        const nb = a.neighbours[j];
        if (!queued[nb]) {
          queued[nb] = 1;
          queue.push(nb);
        }
      }
    }
  }
  const cluster = new Map<string, number>();
  for (let i = 0; i < n; i++) cluster.set(a.ids[i], comm[i]);
  return { cluster, touched, moves };
}
