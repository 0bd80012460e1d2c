#!/usr/bin/env node
/**
 * "Who we lose if someone steps away" benchmark: the whole network worked out from the reach index's arrays (what
 * StepsAwayService does after the index changed), then answers from the worked-out network (one record; the ranking).
 *
 * The reach index is filled directly with the ties of bench/generate.mjs's `local` layout (same seed, same rules:
 * 80% of ties inside the zip code, 14% to a neighbouring one, 4% in the region, 2% anywhere; 30% with a hand-set
 * strength 1-5, the others with a derived score), without a database: reading 10M ties into the index from LadybugDB
 * is the reach index's own cost, measured in docs/reach.md (bench/reach.mjs). Pairs drawn twice are kept (under 1% of
 * ties at 1M/10M; a repeated tie changes nothing in who is cut off).
 *
 *   npm run build -w server && node bench/steps-away.mjs --people 1000000 --ties 10000000
 *   options: --people N (1000000) --ties N (10000000) --strength S (2) --runs N (200)
 *            --connection (also time `connection` between random pairs on the same index)
 */
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLUSTER, REGIONS, pid, regionOf, rng } from './generate.mjs';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
const { ReachIndex } = await imp('modules/reach/reach-index.js');
const { ReachGraph } = await imp('modules/reach/index/graph.js');
const { buildCsr } = await imp('modules/reach/index/arrays.js');
const { fadedScore } = await imp('modules/reach/index/model.js');
const { StepsAwayService } = await imp('modules/insights/steps-away.service.js');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const PEOPLE = arg('people', 1_000_000);
const TIES = arg('ties', 10_000_000);
const STRENGTH = arg('strength', 2);
const RUNS = arg('runs', 200);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))].toFixed(1);

console.log(`Steps-away benchmark: ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties, strength ${STRENGTH} or more; ${os.cpus().length} CPUs, load average ${load()}`);

// A store that answers only what the service reads from it besides the index: region names.
const store = { engine: 'embedded', read: async () => Array.from({ length: REGIONS }, (_, r) => ({ id: `r${r}`, name: `Region ${r}` })), onCommit: undefined };
const graph = new ReachGraph(store);
let t = performance.now();
for (let i = 0; i < PEOPLE; i++) {
  graph.node(pid(i), 0);
  graph.region[i] = `r${regionOf(i)}`;
  graph.name[i] = `Person ${i}`;
}
const { rand, pick } = rng(42);
const ZIPS = Math.ceil(PEOPLE / CLUSTER);
function otherEnd(a) {
  const r = rand();
  const zip = Math.floor(a / CLUSTER);
  if (r < 0.8) return zip * CLUSTER + pick(CLUSTER);
  if (r < 0.94) {
    const z = zip + (1 + pick(3)) * (rand() < 0.5 ? -1 : 1) * REGIONS;
    return z < 0 || z >= ZIPS ? -1 : z * CLUSTER + pick(CLUSTER);
  }
  if (r < 0.98) return pick(Math.ceil(ZIPS / REGIONS)) * REGIONS * CLUSTER + regionOf(a) * CLUSTER + pick(CLUSTER);
  return pick(PEOPLE);
}
const src = new Int32Array(TIES);
const dst = new Int32Array(TIES);
const kind = new Uint8Array(TIES);
const hand = new Uint8Array(TIES);
const s0 = new Float32Array(TIES);
const today = new Date();
const day = (d) => new Date(today - d * 86_400_000).toISOString().slice(0, 10);
for (let n = 0; n < TIES; ) {
  const a = pick(PEOPLE);
  const b = otherEnd(a);
  if (b < 0 || b >= PEOPLE || a === b) continue;
  src[n] = a;
  dst[n] = b;
  if (rand() < 0.3) hand[n] = 1 + pick(5);
  else s0[n] = fadedScore({ score: rand() * 3, scoreAt: day(pick(720)) });
  n++;
}
buildCsr(graph, src, dst, kind, hand, s0, TIES);
graph.dUntil = new Int32Array(TIES);
console.log(`index arrays filled in ${(performance.now() - t).toFixed(0)} ms; load average ${load()}`);

const index = new ReachIndex(store);
index.graph = graph;
const service = new StepsAwayService(store, index);
const admin = { accountId: 'bench', role: 'ADMIN', regions: [], allRegions: true };

// The whole network, worked out from the index (the first read after a change pays it).
// The longest the server's event loop is held meanwhile is what other requests wait at worst.
const rss0 = process.memoryUsage().rss;
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
t = performance.now();
const first = await service.stepsAway(admin, pid(0), STRENGTH);
const wholeMs = performance.now() - t;
delay.disable();
console.log(`whole network worked out in ${wholeMs.toFixed(0)} ms (${PEOPLE.toLocaleString()} records, ${TIES.toLocaleString()} ties); event loop held at most ${(delay.max / 1e6).toFixed(0)} ms meanwhile; RSS +${((process.memoryUsage().rss - rss0) / 2 ** 20).toFixed(0)} MiB; load average ${load()}`);
console.log(`  ${pid(0)}: ${first.stepsAway.people} people, ${first.stepsAway.partners} partners cut off`);

// Answers from the worked-out network.
const times = [];
for (let r = 0; r < RUNS; r++) {
  t = performance.now();
  await service.stepsAway(admin, pid(pick(PEOPLE)), STRENGTH);
  times.push(performance.now() - t);
}
console.log(`one record, from the worked-out network: p50 ${pct(times, 50)} ms, p99 ${pct(times, 99)} ms (${RUNS} records)`);
t = performance.now();
const ranking = await service.ranking({ ...admin, allRegions: false, regions: ['r0'] }, 'r0', STRENGTH, 10);
console.log(`ranking of region r0 (${Math.round(PEOPLE / REGIONS).toLocaleString()} people): ${(performance.now() - t).toFixed(0)} ms; ${ranking.total.toLocaleString()} would cut someone off; top: ${ranking.ranking.slice(0, 3).map((e) => `${e.record.name} (${e.people})`).join(', ')}`);

// How two people are connected (ReachService.connection) on the same index: random pairs, strongest 3 chains and the shortest.
if (process.argv.includes('--connection')) {
  const { ReachService } = await imp('modules/reach/reach.service.js');
  const reach = new ReachService(store, index);
  const ctimes = [];
  let found = 0;
  for (let r = 0; r < RUNS; r++) {
    const a = pick(PEOPLE);
    const b = pick(PEOPLE);
    if (a === b) continue;
    t = performance.now();
    const c = await reach.connection(admin, pid(a), pid(b), 3);
    ctimes.push(performance.now() - t);
    if (c.shortest) found++;
  }
  console.log(`connection of two random people (service level, no HTTP): p50 ${pct(ctimes, 50)} ms, p95 ${pct(ctimes, 95)} ms, p99 ${pct(ctimes, 99)} ms (${ctimes.length} pairs, ${found} linked within 6); load average ${load()}`);
  // Its two parts side by side: the strongest chains (the reach search from one person) and the shortest (breadth-first).
  const strong = [];
  const short = [];
  const day = new Date().toISOString().slice(0, 10);
  for (let r = 0; r < Math.min(RUNS, 20); r++) {
    const a = pid(pick(PEOPLE));
    const b = pid(pick(PEOPLE));
    t = performance.now();
    index.paths([a], b, 3, 6, day);
    strong.push(performance.now() - t);
    t = performance.now();
    index.shortestChain(a, b, 6, day);
    short.push(performance.now() - t);
  }
  console.log(`  strongest 3 chains: p50 ${pct(strong, 50)} ms, max ${pct(strong, 100)} ms; shortest chain: p50 ${pct(short, 50)} ms, max ${pct(short, 100)} ms (${strong.length} pairs); load average ${load()}`);
}
console.log(`load average at the end ${load()}`);
