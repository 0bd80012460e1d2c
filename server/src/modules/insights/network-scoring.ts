import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { NO_DAY, type KnowsTies } from '../reach/reach-index.js';
import { LeaderSignal, SIGNALS, type Windows } from './leader-score.js';

/**
 * Emerging-leader scores for a whole network (or the part in scope) on int arrays: the ties come from the reach
 * index (already in memory), the organizing activity from a few aggregated reads, and Louvain communities from
 * graphology-communities-louvain. The same rules as leader-score.ts (a test checks both give the same scores):
 *
 * - new ties: a tie whose start day falls in a window counts for both people;
 * - communities bridged: for each person and each other community their ties reach, the day the first tie into
 *   it started (counted in the window it falls in);
 * - one-to-ones, house meetings, trainings, people brought: counted per person by the store (aggregated);
 * - roles taken: dated rows (few).
 *
 * Communities: Louvain (graphology-communities-louvain) up to `wholeGraphMax` people with ties (200,000 by
 * default). Above that, building graphology's graph alone took 6-17 s per million ties here (its Louvain itself
 * 0.5-1.3 s), so large networks use louvainOnArrays below: the same method (Blondel et al. 2008: move each
 * person to the neighbouring community with the best modularity gain until nothing moves, merge communities into
 * one node, repeat) on the CSR arrays. A test checks both find the same communities on a clustered graph.
 */

const louvain = louvainModule as unknown as typeof louvainModule.default;
const DAY = 86_400_000;
export const dayOf = (date: string): number => Math.floor(Date.parse(date.slice(0, 10)) / DAY);
/** Signals, in SIGNALS order; counts hold [now, before] per signal. */
export const SIGNAL_COUNT = SIGNALS.length;
const STRIDE = SIGNAL_COUNT * 2;
const SIGNAL_INDEX = new Map(SIGNALS.map((s, i) => [s.signal, i]));
const WEIGHTS = SIGNALS.map((s) => s.weight);
const NEW_TIES = SIGNAL_INDEX.get(LeaderSignal.NEW_TIES)!;
const BRIDGED = SIGNAL_INDEX.get(LeaderSignal.COMMUNITIES_BRIDGED)!;
export const WHOLE_GRAPH_LOUVAIN_MAX = 200_000;
/**
 * Bridging, per ranked person: other communities their ties reach at the window's end, then at its start; other
 * regions likewise. A structural figure shown beside the activity parts, not added to the score (the
 * COMMUNITIES_BRIDGED signal already scores the communities newly reached).
 */
export const BRIDGING_STRIDE = 4;

/** Organizing activity per person: aggregated counts per window, and dated rows. */
export interface Activity {
  counts: Array<{ personId: string; signal: LeaderSignal; now: number; before: number }>;
  dated: Array<{ personId: string; signal: LeaderSignal; date: string }>;
}

export interface ScoringInput {
  ties: KnowsTies;
  /** 1 for the records to score (people in scope); null: every person. Ties count when both ends are in scope. */
  inScope: Uint8Array | null;
  windows: Windows;
  activity: Activity;
  wholeGraphMax?: number;
  /**
   * Each record's key (index position → e.g. the sort key of the name): communities are computed with records
   * in key order (ids break ties), so they do not depend on the records' random ids or on the index's order.
   * Without keys, the index's order.
   */
  keys?: readonly string[];
  /** Called as work advances (phase name, 0 to 1 within it). */
  progress?: (phase: string, fraction: number) => void;
  /** Lets other work run (the job passes a setImmediate wait); called every so many items. */
  pause?: () => Promise<void>;
}

export interface Phase {
  name: string;
  ms: number;
}

/** Everyone with points in the window, ranked: by rise, then score, then id. */
export interface RankedScores {
  windows: Windows;
  ids: string[];
  /** Region id of each, when scored. */
  region: string[];
  /** ids.length × SIGNAL_COUNT × 2: for each signal, the count in the window, then in the window before. */
  counts: Int32Array;
  /** ids.length × BRIDGING_STRIDE: other communities reached at the window's end, at its start; other regions at its end, at its start. */
  bridging: Int32Array;
  score: Int32Array;
  previous: Int32Array;
  communities: number;
  /** Which Louvain found the communities: 'graphology' (graphology-communities-louvain) or 'int arrays' (louvainOnArrays, large networks). */
  louvain: string;
  tiesScored: number;
  phases: Phase[];
}

const noPause = async () => undefined;

export async function scoreNetwork(input: ScoringInput): Promise<RankedScores> {
  const { ties, windows } = input;
  const pause = input.pause ?? noPause;
  const progress = input.progress ?? (() => undefined);
  const phases: Phase[] = [];
  let t = performance.now();
  const phaseDone = (name: string) => {
    const now = performance.now();
    phases.push({ name, ms: Math.round(now - t) });
    t = now;
  };
  const n = ties.n;
  const scope = new Uint8Array(n);
  for (let i = 0; i < n; i++) scope[i] = ties.person[i] && (!input.inScope || input.inScope[i]) ? 1 : 0;

  // Ties in scope, as a CSR (both directions) with each tie's start day.
  progress('ties', 0);
  const degree = new Int32Array(n + 1);
  let m = 0;
  for (let e = 0; e < ties.count; e++) {
    const a = ties.a[e];
    const b = ties.b[e];
    if (a === b || !scope[a] || !scope[b]) continue;
    degree[a + 1]++;
    degree[b + 1]++;
    m++;
  }
  const offsets = degree;
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const nbr = new Int32Array(2 * m);
  const nstart = new Int32Array(2 * m);
  for (let e = 0; e < ties.count; e++) {
    const a = ties.a[e];
    const b = ties.b[e];
    if (a === b || !scope[a] || !scope[b]) continue;
    const s = ties.start[e];
    nbr[fill[a]] = b;
    nstart[fill[a]++] = s;
    nbr[fill[b]] = a;
    nstart[fill[b]++] = s;
    if ((e & 0xfffff) === 0) {
      progress('ties', e / ties.count);
      await pause();
    }
  }
  phaseDone('ties from the reach index');

  // Communities.
  progress('communities', 0);
  const comm: Int32Array = new Int32Array(n).fill(-1);
  let withTies = 0;
  for (let i = 0; i < n; i++) if (offsets[i + 1] > offsets[i]) withTies++;
  const library = withTies <= (input.wholeGraphMax ?? WHOLE_GRAPH_LOUVAIN_MAX);
  let communities = 0;
  // Louvain in key order: record r of the ordered graph is index position order[r], its neighbours in rank order.
  const order = keyOrder(n, ties.ids, input.keys);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]] = r;
  const rOffsets = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) rOffsets[r + 1] = rOffsets[r] + offsets[order[r] + 1] - offsets[order[r]];
  const rNbr = new Int32Array(2 * m);
  for (let r = 0; r < n; r++) {
    const u = order[r];
    const list = rNbr.subarray(rOffsets[r], rOffsets[r + 1]);
    for (let k = offsets[u]; k < offsets[u + 1]; k++) list[k - offsets[u]] = rank[nbr[k]];
    list.sort();
    if ((r & 0xffff) === 0xffff) await pause();
  }
  if (library) {
    const graph = new UndirectedGraph({ allowSelfLoops: false });
    for (let r = 0; r < n; r++) if (rOffsets[r + 1] > rOffsets[r]) graph.addNode(String(r));
    for (let r = 0; r < n; r++) {
      // Each tie once (from its earlier end); a pair tied twice is one edge.
      for (let k = rOffsets[r]; k < rOffsets[r + 1]; k++) if (rNbr[k] > r) graph.mergeEdge(String(r), String(rNbr[k]));
      if ((r & 0xffff) === 0) await pause();
    }
    const mapping = louvain(graph, { rng: seeded(42), getEdgeWeight: null });
    for (let i = 0; i < n; i++) {
      if (offsets[i + 1] === offsets[i]) continue;
      comm[i] = mapping[String(rank[i])];
      if (comm[i] >= communities) communities = comm[i] + 1;
    }
  } else {
    const found = await louvainOnArrays(n, rOffsets, rNbr, pause, (f) => progress('communities', f));
    communities = found.count;
    for (let i = 0; i < n; i++) comm[i] = offsets[i + 1] === offsets[i] ? -1 : found.community[rank[i]];
  }
  const distinct = new Set<number>();
  for (let i = 0; i < n; i++) if (comm[i] >= 0) distinct.add(comm[i]);
  phaseDone(`communities (Louvain, ${library ? 'graphology-communities-louvain' : 'on int arrays'}, ${withTies.toLocaleString('en-US')} people with ties)`);

  // Evidence: new ties and communities newly bridged from the ties; the rest from the activity read.
  progress('evidence', 0);
  const from = dayOf(windows.from);
  const to = dayOf(windows.to);
  const previousFrom = dayOf(windows.previousFrom);
  const previousTo = dayOf(windows.previousTo);
  const slot = (d: number) => (d === NO_DAY ? -1 : d >= from && d <= to ? 0 : d >= previousFrom && d <= previousTo ? 1 : -1);
  const counts = new Int32Array(n * STRIDE);
  const bridging = new Int32Array(n * BRIDGING_STRIDE);
  const firstDay = new Int32Array(Math.max(1, communities));
  const stamp = new Int32Array(Math.max(1, communities)).fill(-1);
  const reached: number[] = [];
  const regionNumber = new Map<string, number>();
  const regionOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = ties.region[i];
    if (!scope[i] || !r) continue;
    let x = regionNumber.get(r);
    if (x === undefined) regionNumber.set(r, (x = regionNumber.size));
    regionOf[i] = x;
  }
  const regionFirstDay = new Int32Array(Math.max(1, regionNumber.size));
  const regionStamp = new Int32Array(Math.max(1, regionNumber.size)).fill(-1);
  const regionsReached: number[] = [];
  for (let u = 0; u < n; u++) {
    const own = comm[u];
    const ownRegion = regionOf[u];
    reached.length = 0;
    regionsReached.length = 0;
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      const d = nstart[k];
      const sl = slot(d);
      if (sl >= 0) counts[u * STRIDE + NEW_TIES * 2 + sl]++;
      const g = regionOf[nbr[k]];
      if (g !== ownRegion && g >= 0) {
        if (regionStamp[g] !== u) {
          regionStamp[g] = u;
          regionFirstDay[g] = d;
          regionsReached.push(g);
        } else if (d < regionFirstDay[g]) regionFirstDay[g] = d;
      }
      const c = comm[nbr[k]];
      if (c === own || c < 0) continue;
      if (stamp[c] !== u) {
        stamp[c] = u;
        firstDay[c] = d;
        reached.push(c);
      } else if (d < firstDay[c]) firstDay[c] = d; // a tie with no known start (NO_DAY, the smallest) means: reached long ago
    }
    const b = u * BRIDGING_STRIDE;
    for (const c of reached) {
      const sl = slot(firstDay[c]);
      if (sl >= 0) counts[u * STRIDE + BRIDGED * 2 + sl]++;
      // A tie dated after the window's end (recorded ahead) does not count yet.
      if (firstDay[c] <= to) bridging[b]++;
      if (firstDay[c] < from) bridging[b + 1]++;
    }
    for (const g of regionsReached) {
      if (regionFirstDay[g] <= to) bridging[b + 2]++;
      if (regionFirstDay[g] < from) bridging[b + 3]++;
    }
    if ((u & 0x1ffff) === 0) {
      progress('evidence', u / n);
      await pause();
    }
  }
  const indexOf = ties.indexOf;
  for (const r of input.activity.counts) {
    const i = indexOf(r.personId);
    const s = SIGNAL_INDEX.get(r.signal);
    if (i < 0 || !scope[i] || s === undefined) continue;
    counts[i * STRIDE + s * 2] += r.now;
    counts[i * STRIDE + s * 2 + 1] += r.before;
  }
  for (const r of input.activity.dated) {
    const i = indexOf(r.personId);
    const s = SIGNAL_INDEX.get(r.signal);
    const sl = r.date ? slot(dayOf(r.date)) : -1;
    if (i < 0 || !scope[i] || s === undefined || sl < 0 || Number.isNaN(dayOf(r.date))) continue;
    counts[i * STRIDE + s * 2 + sl]++;
  }
  phaseDone('evidence (new ties, bridging, activity)');

  // Scores and the ranking.
  progress('ranking', 0);
  const scoreOf = new Int32Array(n);
  const previousOf = new Int32Array(n);
  const ranked: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!scope[i]) continue;
    let now = 0;
    let before = 0;
    for (let s = 0; s < SIGNAL_COUNT; s++) {
      now += WEIGHTS[s] * counts[i * STRIDE + s * 2];
      before += WEIGHTS[s] * counts[i * STRIDE + s * 2 + 1];
    }
    scoreOf[i] = now;
    previousOf[i] = before;
    if (now > 0) ranked.push(i);
  }
  await pause();
  const ids = ties.ids;
  await sortInSlices(ranked, (x, y) => {
    const rise = scoreOf[y] - previousOf[y] - (scoreOf[x] - previousOf[x]);
    if (rise) return rise;
    if (scoreOf[y] !== scoreOf[x]) return scoreOf[y] - scoreOf[x];
    return ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0;
  }, pause);
  const k = ranked.length;
  const out: RankedScores = {
    windows, ids: new Array<string>(k), region: new Array<string>(k), counts: new Int32Array(k * STRIDE), bridging: new Int32Array(k * BRIDGING_STRIDE), score: new Int32Array(k), previous: new Int32Array(k),
    communities: distinct.size, louvain: library ? 'graphology' : 'int arrays', tiesScored: m, phases,
  };
  for (let r = 0; r < k; r++) {
    const i = ranked[r];
    out.ids[r] = ids[i];
    out.region[r] = ties.region[i];
    out.counts.set(counts.subarray(i * STRIDE, (i + 1) * STRIDE), r * STRIDE);
    out.bridging.set(bridging.subarray(i * BRIDGING_STRIDE, (i + 1) * BRIDGING_STRIDE), r * BRIDGING_STRIDE);
    out.score[r] = scoreOf[i];
    out.previous[r] = previousOf[i];
  }
  phaseDone('scores and ranking');
  progress('ranking', 1);
  return out;
}

/**
 * Louvain on int arrays (unweighted input). Phase 1 moves nodes to the neighbouring community with the largest
 * modularity gain k_i,in − Σ_tot · k_i / 2m (resolution 1); phase 2 merges each community into one weighted node;
 * repeated until a level merges nothing. Returns each node's community, numbered 0..count-1.
 *
 * Phase 1 by default visits nodes from a queue (Ozaki, Tezuka, Inaba 2016; the "fast local move" of Traag et al.'s
 * Leiden): every node once in order, then only the neighbours of nodes that moved, outside their new community,
 * until the queue is empty (or 20 visits a node on average). `localMoves: 'passes'` is the earlier rule, kept so
 * the benchmark can time both on the same graph: every node in each pass until a pass moves fewer than 1 in 10,000
 * (at most 20 passes). The queue did the same work in a fraction of the time (figures in docs/bench-leaders.md).
 */
export async function louvainOnArrays(
  n: number, offsets: Int32Array, nbr: Int32Array, pause: () => Promise<void> = noPause, progress: (fraction: number) => void = () => undefined,
  options: { localMoves?: 'queue' | 'passes' } = {},
): Promise<{ community: Int32Array; count: number }> {
  const queued = (options.localMoves ?? 'queue') === 'queue';
  // The current level's graph: CSR with weights, and each node's internal weight (edges inside it, counted twice).
  let N = n;
  let off: Int32Array = offsets;
  let adj: Int32Array = nbr;
  let wt = new Float64Array(nbr.length).fill(1);
  let inner = new Float64Array(n);
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i++) membership[i] = i;
  let m2 = nbr.length;
  if (m2 === 0) return { community: membership, count: n };
  for (let level = 0; level < 20; level++) {
    const k = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      let sum = inner[i];
      for (let e = off[i]; e < off[i + 1]; e++) sum += wt[e];
      k[i] = sum;
    }
    m2 = 0;
    for (let i = 0; i < N; i++) m2 += k[i];
    const comm = new Int32Array(N);
    const tot = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      comm[i] = i;
      tot[i] = k[i];
    }
    const weightTo = new Float64Array(N);
    const stamp = new Int32Array(N).fill(-1);
    const seen = new Int32Array(N);
    let movedAny = false;
    /** Moves node i to its best neighbouring community; returns whether it moved. */
    const move = (i: number): boolean => {
      const ci = comm[i];
      let kinds = 0;
      stamp[ci] = i;
      weightTo[ci] = 0;
      seen[kinds++] = ci;
      for (let e = off[i]; e < off[i + 1]; e++) {
        const j = adj[e];
        if (j === i) continue;
        const c = comm[j];
        if (stamp[c] !== i) {
          stamp[c] = i;
          weightTo[c] = 0;
          seen[kinds++] = c;
        }
        weightTo[c] += wt[e];
      }
      tot[ci] -= k[i];
      const ki = k[i] / m2;
      let best = ci;
      let bestGain = weightTo[ci] - tot[ci] * ki;
      for (let x = 0; x < kinds; x++) {
        const c = seen[x];
        const gain = weightTo[c] - tot[c] * ki;
        if (gain > bestGain + 1e-12) {
          best = c;
          bestGain = gain;
        }
      }
      tot[best] += k[i];
      if (best === ci) return false;
      comm[i] = best;
      return true;
    };
    if (queued) {
      // A ring buffer of N: each node is in it at most once.
      const queue = new Int32Array(N);
      const inQueue = new Uint8Array(N).fill(1);
      for (let i = 0; i < N; i++) queue[i] = i;
      let head = 0;
      let size = N;
      const budget = 20 * N;
      for (let visits = 0; size > 0 && visits < budget; visits++) {
        const i = queue[head];
        head = head + 1 === N ? 0 : head + 1;
        size--;
        inQueue[i] = 0;
        if (move(i)) {
          movedAny = true;
          const c = comm[i];
          for (let e = off[i]; e < off[i + 1]; e++) {
            const j = adj[e];
            if (inQueue[j] || comm[j] === c) continue;
            inQueue[j] = 1;
            let tail = head + size;
            if (tail >= N) tail -= N;
            queue[tail] = j;
            size++;
          }
        }
        if ((visits & 0xffff) === 0xffff) {
          progress(Math.min(0.95, (level + Math.min(1, visits / (2 * N))) / 4));
          await pause();
        }
      }
    } else {
      for (let pass = 0; pass < 20; pass++) {
        let moved = 0;
        for (let i = 0; i < N; i++) {
          if (move(i)) moved++;
          if ((i & 0xffff) === 0xffff) await pause();
        }
        if (moved > 0) movedAny = true;
        progress(Math.min(0.95, (level + pass / 20) / 4));
        if (moved <= N / 10_000) break;
      }
    }
    // Renumber, and carry the people along.
    const id = new Int32Array(N).fill(-1);
    let count = 0;
    for (let i = 0; i < N; i++) if (id[comm[i]] < 0) id[comm[i]] = count++;
    for (let p = 0; p < n; p++) membership[p] = id[comm[membership[p]]];
    if (!movedAny || count === N) return { community: membership, count };
    // Phase 2: one node per community; ties between communities summed, ties inside them kept as inner weight.
    const members = new Int32Array(N);
    const start = new Int32Array(count + 1);
    for (let i = 0; i < N; i++) start[id[comm[i]] + 1]++;
    for (let c = 0; c < count; c++) start[c + 1] += start[c];
    const fill = start.slice(0, count);
    for (let i = 0; i < N; i++) members[fill[id[comm[i]]]++] = i;
    const nOff = new Int32Array(count + 1);
    // Links between communities are at most the links of this level.
    const nAdj = new Int32Array(adj.length);
    const nWt = new Float64Array(adj.length);
    let links = 0;
    const nInner = new Float64Array(count);
    const acc = new Float64Array(count);
    const mark = new Int32Array(count).fill(-1);
    const touched = new Int32Array(count);
    for (let c = 0; c < count; c++) {
      if ((c & 0x3fff) === 0x3fff) await pause();
      let t = 0;
      for (let x = start[c]; x < start[c + 1]; x++) {
        const i = members[x];
        nInner[c] += inner[i];
        for (let e = off[i]; e < off[i + 1]; e++) {
          const d = id[comm[adj[e]]];
          if (d === c) {
            nInner[c] += wt[e];
            continue;
          }
          if (mark[d] !== c) {
            mark[d] = c;
            acc[d] = 0;
            touched[t++] = d;
          }
          acc[d] += wt[e];
        }
      }
      for (let x = 0; x < t; x++) {
        nAdj[links] = touched[x];
        nWt[links++] = acc[touched[x]];
      }
      nOff[c + 1] = links;
    }
    N = count;
    off = nOff;
    adj = nAdj.slice(0, links);
    wt = nWt.slice(0, links);
    inner = nInner;
    await pause();
  }
  let count = 0;
  for (let p = 0; p < n; p++) if (membership[p] >= count) count = membership[p] + 1;
  return { community: membership, count };
}

const SLICE = 1 << 16;
/** Sorts in slices of 65,536, then merges them, pausing between slices, so a million entries never block for long. */
async function sortInSlices(list: number[], cmp: (x: number, y: number) => number, pause: () => Promise<void>): Promise<void> {
  let runs: number[][] = [];
  for (let i = 0; i < list.length; i += SLICE) {
    runs.push(list.slice(i, i + SLICE).sort(cmp));
    await pause();
  }
  while (runs.length > 1) {
    const next: number[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const a = runs[r];
      const b = runs[r + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out = new Array<number>(a.length + b.length);
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < a.length && j < b.length) {
        out[k++] = cmp(a[i], b[j]) <= 0 ? a[i++] : b[j++];
        if ((k & (SLICE - 1)) === 0) await pause();
      }
      while (i < a.length) out[k++] = a[i++];
      while (j < b.length) out[k++] = b[j++];
      next.push(out);
    }
    runs = next;
  }
  if (runs.length) for (let i = 0; i < list.length; i++) list[i] = runs[0][i];
}

/** One ranked person's parts, as the API shows them. */
export function partsOf(scores: Pick<RankedScores, 'counts'>, r: number) {
  return SIGNALS.map(({ signal, weight, label }, s) => {
    const count = scores.counts[r * STRIDE + s * 2];
    return { signal, label, weight, count, previousCount: scores.counts[r * STRIDE + s * 2 + 1], points: weight * count };
  });
}

export enum BridgingMeasure {
  COMMUNITIES_REACHED = 'COMMUNITIES_REACHED',
  REGIONS_REACHED = 'REGIONS_REACHED',
}

/** One ranked person's bridging, as the API shows it: how many other communities and regions their ties reach, at the window's end and at its start. */
export function bridgingOf(scores: Pick<RankedScores, 'bridging'>, r: number) {
  const at = r * BRIDGING_STRIDE;
  const part = (measure: BridgingMeasure, label: string, count: number, previousCount: number) => ({ measure, label, count, previousCount, growth: count - previousCount });
  return [
    part(BridgingMeasure.COMMUNITIES_REACHED, 'other communities reached', scores.bridging[at], scores.bridging[at + 1]),
    part(BridgingMeasure.REGIONS_REACHED, 'other regions reached', scores.bridging[at + 2], scores.bridging[at + 3]),
  ];
}

/** Index positions sorted by key, then id; without keys, the index's own order. */
function keyOrder(n: number, ids: readonly string[], keys: readonly string[] | undefined): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!keys) return order;
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return Int32Array.from([...order].sort((x, y) => cmp(keys[x] ?? '', keys[y] ?? '') || cmp(ids[x], ids[y])));
}

/** A small deterministic random source (mulberry32) for Louvain, as network-measures.ts uses. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
