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
 * Communities: Louvain over the whole graph up to `wholeGraphMax` people with ties (200,000 by default), else
 * Louvain on each region's subgraph (ties inside the region), so a community never spans regions and every tie
 * to another region reaches another community. Measured at 1M people / 10M ties in bench/leaders.mjs.
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
  score: Int32Array;
  previous: Int32Array;
  communities: number;
  /** How the communities were found: 'whole graph' or 'per region'. */
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
  const comm = new Int32Array(n).fill(-1);
  let withTies = 0;
  for (let i = 0; i < n; i++) if (offsets[i + 1] > offsets[i]) withTies++;
  const whole = withTies <= (input.wholeGraphMax ?? WHOLE_GRAPH_LOUVAIN_MAX);
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    if (offsets[i + 1] === offsets[i]) continue;
    const key = whole ? '' : ties.region[i];
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  }
  let communities = 0;
  let done = 0;
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key)!;
    const graph = new UndirectedGraph({ allowSelfLoops: false });
    for (const i of members) graph.addNode(String(i));
    for (const u of members) {
      for (let k = offsets[u]; k < offsets[u + 1]; k++) {
        const v = nbr[k];
        // Each tie once (from its smaller end), inside the group only; a pair tied twice is one edge.
        if (v > u && (whole || ties.region[v] === key)) graph.mergeEdge(String(u), String(v));
      }
    }
    await pause();
    const mapping = louvain(graph, { rng: seeded(42), getEdgeWeight: null });
    let most = -1;
    for (const i of members) {
      const c = mapping[String(i)];
      comm[i] = communities + c;
      if (c > most) most = c;
    }
    communities += most + 1;
    done += members.length;
    progress('communities', done / Math.max(1, withTies));
    await pause();
  }
  phaseDone(`communities (Louvain ${whole ? 'on the whole graph' : `per region, ${groups.size} regions`})`);

  // Evidence: new ties and communities newly bridged from the ties; the rest from the activity read.
  progress('evidence', 0);
  const from = dayOf(windows.from);
  const to = dayOf(windows.to);
  const previousFrom = dayOf(windows.previousFrom);
  const previousTo = dayOf(windows.previousTo);
  const slot = (d: number) => (d === NO_DAY ? -1 : d >= from && d <= to ? 0 : d >= previousFrom && d <= previousTo ? 1 : -1);
  const counts = new Int32Array(n * STRIDE);
  const firstDay = new Int32Array(Math.max(1, communities));
  const stamp = new Int32Array(Math.max(1, communities)).fill(-1);
  const reached: number[] = [];
  for (let u = 0; u < n; u++) {
    const own = comm[u];
    reached.length = 0;
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      const d = nstart[k];
      const sl = slot(d);
      if (sl >= 0) counts[u * STRIDE + NEW_TIES * 2 + sl]++;
      const c = comm[nbr[k]];
      if (c === own || c < 0) continue;
      if (stamp[c] !== u) {
        stamp[c] = u;
        firstDay[c] = d;
        reached.push(c);
      } else if (d < firstDay[c]) firstDay[c] = d; // a tie with no known start (NO_DAY, the smallest) means: reached long ago
    }
    for (const c of reached) {
      const sl = slot(firstDay[c]);
      if (sl >= 0) counts[u * STRIDE + BRIDGED * 2 + sl]++;
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
  ranked.sort((x, y) => {
    const rise = scoreOf[y] - previousOf[y] - (scoreOf[x] - previousOf[x]);
    if (rise) return rise;
    if (scoreOf[y] !== scoreOf[x]) return scoreOf[y] - scoreOf[x];
    return ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0;
  });
  const k = ranked.length;
  const out: RankedScores = {
    windows, ids: new Array<string>(k), region: new Array<string>(k), counts: new Int32Array(k * STRIDE), score: new Int32Array(k), previous: new Int32Array(k),
    communities, louvain: whole ? 'whole graph' : 'per region', tiesScored: m, phases,
  };
  for (let r = 0; r < k; r++) {
    const i = ranked[r];
    out.ids[r] = ids[i];
    out.region[r] = ties.region[i];
    out.counts.set(counts.subarray(i * STRIDE, (i + 1) * STRIDE), r * STRIDE);
    out.score[r] = scoreOf[i];
    out.previous[r] = previousOf[i];
  }
  phaseDone('scores and ranking');
  progress('ranking', 1);
  return out;
}

/** One ranked person's parts, as the API shows them. */
export function partsOf(scores: Pick<RankedScores, 'counts'>, r: number) {
  return SIGNALS.map(({ signal, weight, label }, s) => {
    const count = scores.counts[r * STRIDE + s * 2];
    return { signal, label, weight, count, previousCount: scores.counts[r * STRIDE + s * 2 + 1], points: weight * count };
  });
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
