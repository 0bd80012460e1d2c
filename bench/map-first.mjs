#!/usr/bin/env node
/**
 * The first map of a scope: how long until the first answer (a draft since this version on big maps), until the
 * settled layout is kept, and how long other work waits while the layout settles in the background (the event
 * loop's delay, and a kept map of the scope asked for meanwhile), on the data of bench/map.mjs.
 *
 *   node bench/map-first.mjs --data DIR [--dist server/dist] [--region r0]
 *
 * Run it with --dist of another build (say /work/main/server/dist) on the same folder, one after the other, to
 * compare builds (a build without drafts answers settled at once: first map = first settled map).
 */
import { execSync } from 'node:child_process';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { generate } from './generate.mjs';
import { ensureBenchAdmin, pct } from './api.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const dist = resolve(arg('dist', new URL('../server/dist', import.meta.url).pathname));
const DATA = arg('data', null);
if (!DATA) throw new Error('--data DIR is required (the folder is kept and reused)');
const PEOPLE = Number(arg('people', 100_000));
const TIES = Number(arg('ties', 1_000_000));
const REGION = arg('region', 'r0');
const imp = (p) => import(join(dist, p));
const load = () => execSync('uptime').toString().trim().replace(/^.*load/, 'load');

{
  const { store } = await generate({ dir: DATA, people: PEOPLE, ties: TIES, layout: 'local', activity: false, ends: true, imp });
  await ensureBenchAdmin(store, imp);
  await store.close();
}
const { loadConfig } = await imp('config/app-config.js');
const { createApp } = await imp('bootstrap.js');
const { MapsService } = await imp('modules/maps/maps.service.js');
const { ReachIndex } = await imp('modules/reach/reach-index.js');

console.log(`First map of a scope (${dist}): ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties, map of region ${REGION}`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${load()}`);
const app = await createApp(loadConfig({ DATA_DIR: DATA, LOG_LEVEL: 'error', DEMO_DATA: 'false', HOST: '127.0.0.1' }));
await app.init();
const index = app.get(ReachIndex);
await index.ensureLoaded();
await index.reload();
const maps = app.get(MapsService);
const admin = { accountId: 'bench-admin', role: 'ADMIN', regions: [], allRegions: true };
const today = new Date().toISOString().slice(0, 10);
const map = () => maps.compute(admin, { scope: { kind: 'REGION', id: REGION }, asOf: today });

const t0 = performance.now();
const first = await map();
const firstMs = performance.now() - t0;
console.log(`first answer: ${firstMs.toFixed(0)} ms, ${first.nodes.length.toLocaleString()} records, ${first.edges.length.toLocaleString()} links ` +
  `(extract ${first.timings.extract}, measures ${first.timings.measure}, layout ${first.timings.layout} ms; ${first.layout}${first.draft ? ', draft' : ''}); ${load()}`);
const placed = first.nodes.filter((n) => Number.isFinite(n.x) && Number.isFinite(n.y)).length;
console.log(`  records placed: ${placed.toLocaleString()} of ${first.nodes.length.toLocaleString()}`);

if (first.draft) {
  // While the layout settles: the event loop's delay, and the kept map asked for every 250 ms.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let done = false;
  const settled = maps.layoutsSettled().then(() => {
    done = true;
  });
  const meanwhile = [];
  while (!done) {
    const t = performance.now();
    const m = await map();
    meanwhile.push(performance.now() - t);
    if (!m.draft) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await settled;
  delay.disable();
  const settledMs = performance.now() - t0;
  const again = await map();
  console.log(`first settled map kept: ${settledMs.toFixed(0)} ms after the request (background layout ${(settledMs - firstMs).toFixed(0)} ms); ` +
    `next answer ${again.draft ? 'draft' : 'settled'}, version ${again.version}; ${load()}`);
  console.log(`  meanwhile: kept map asked ${meanwhile.length} times, p50 ${pct(meanwhile, 50)} ms, max ${Math.max(...meanwhile).toFixed(1)} ms; ` +
    `event loop delay p50 ${(delay.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, max ${(delay.max / 1e6).toFixed(1)} ms`);
  let moved = 0;
  const at = new Map(again.nodes.map((n) => [n.id, n]));
  for (const n of first.nodes) if (at.get(n.id) && (at.get(n.id).x !== n.x || at.get(n.id).y !== n.y)) moved++;
  console.log(`  records moved by the settled layout: ${moved.toLocaleString()} of ${first.nodes.length.toLocaleString()}`);
} else {
  console.log('first settled map: the first answer (no draft in this build)');
}
await app.close();
process.exit(0);
