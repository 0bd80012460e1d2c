#!/usr/bin/env node
/**
 * What computing communities in name order costs the leader scoring: scoreNetwork (server/dist) on one synthetic
 * network, side by side in one run, without keys (the index's order, as before) and with keys (each person's
 * sort key, so the communities do not depend on ids). Both Louvains: graphology-communities-louvain and the one
 * on int arrays (large networks). Prints each time, the ratio, the data size and the load average.
 *
 *   npm run build -w server && node bench/cluster-order.mjs --people 100000 --ties 500000 --runs 3
 */
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const { scoreNetwork } = await import(join(dist, 'modules/insights/network-scoring.js'));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const PEOPLE = arg('people', 100_000);
const TIES = arg('ties', 500_000);
const RUNS = arg('runs', 3);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

// mulberry32: the same network on every run.
let seed = 7;
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
  return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
};
// People in groups of about 50 (most ties inside the group), so Louvain has clusters to find.
const ids = Array.from({ length: PEOPLE }, (_, i) => `p-${i}`);
const at = new Map(ids.map((id, i) => [id, i]));
const a = new Int32Array(TIES);
const b = new Int32Array(TIES);
const start = new Int32Array(TIES);
const today = Math.floor(Date.now() / 86_400_000);
for (let e = 0; e < TIES; e++) {
  const x = Math.floor(rand() * PEOPLE);
  const group = Math.floor(x / 50) * 50;
  const y = rand() < 0.9 ? Math.min(PEOPLE - 1, group + Math.floor(rand() * 50)) : Math.floor(rand() * PEOPLE);
  a[e] = x;
  b[e] = y;
  start[e] = today - Math.floor(rand() * 400);
}
const ties = { n: PEOPLE, ids, indexOf: (id) => at.get(id) ?? -1, region: ids.map(() => 'r'), person: new Uint8Array(PEOPLE).fill(1), leader: new Uint8Array(PEOPLE), count: TIES, a, b, start };
const keys = ids.map((_, i) => `person ${((i * 7919) % PEOPLE).toString(36)}\u0001${ids[i]}`);
const to = new Date().toISOString().slice(0, 10);
const day = (d) => new Date(Date.parse(to) - d * 86_400_000).toISOString().slice(0, 10);
const windows = { from: day(89), to, previousFrom: day(179), previousTo: day(90) };
const activity = { counts: [], dated: [] };

console.log(`cluster order bench: ${PEOPLE.toLocaleString('en-US')} people, ${TIES.toLocaleString('en-US')} ties, ${RUNS} runs each; ${os.cpus().length} CPUs; load ${load()}`);
for (const [name, wholeGraphMax] of [['graphology-communities-louvain', undefined], ['Louvain on int arrays', 0]]) {
  const times = { index: [], keys: [] };
  for (let r = 0; r < RUNS; r++) {
    for (const mode of ['index', 'keys']) {
      const t = performance.now();
      await scoreNetwork({ ties, inScope: null, windows, activity, wholeGraphMax, keys: mode === 'keys' ? keys : undefined });
      times[mode].push(performance.now() - t);
    }
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const i = median(times.index);
  const k = median(times.keys);
  console.log(`${name}: index order ${(i / 1000).toFixed(2)} s, name order ${(k / 1000).toFixed(2)} s (median of ${RUNS}), ratio ${(k / i).toFixed(2)}; load ${load()}`);
}
