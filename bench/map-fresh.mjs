#!/usr/bin/env node
/**
 * Network maps after writes: how long the next map takes after a write it does not show (a sign-in, a tie in
 * another region) and after one it shows (a tie on the map), in the service, on the data of bench/map.mjs
 * (generate it first with `node bench/map.mjs --data DIR --keep`, or let this generate it).
 *
 *   node bench/map-fresh.mjs --data DIR [--dist server/dist] [--runs 5] [--people 100000 --ties 1000000] [--region r0]
 *
 * Run it with --dist of another build (say /work/main/server/dist) on the same folder, one after the other, to
 * compare builds: one process opens the embedded data at a time.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
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
const RUNS = Number(arg('runs', 5));
const imp = (p) => import(join(dist, p));
const load = () => execSync('uptime').toString().trim().replace(/^.*load/, 'load');
const stats = (xs) => `p50 ${pct(xs, 50)} ms, max ${Math.max(...xs).toFixed(1)} ms (${xs.length} runs)`;

mkdirSync(DATA, { recursive: true });
{
  const { store } = await generate({ dir: DATA, people: PEOPLE, ties: TIES, layout: 'local', activity: false, ends: true, imp });
  await ensureBenchAdmin(store, imp);
  await store.close();
}
const { loadConfig } = await imp('config/app-config.js');
const { createApp } = await imp('bootstrap.js');
const { MapsService } = await imp('modules/maps/maps.service.js');
const { ReachIndex } = await imp('modules/reach/reach-index.js');
const { TiesService } = await imp('modules/ties/ties.service.js');
const { GRAPH_STORE } = await imp('graph/graph-store.port.js');
const { SessionQueries } = await imp('modules/auth/auth.queries.js');

console.log(`Maps after writes (${dist}): ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties, map of region ${REGION}`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${load()}`);
const app = await createApp(loadConfig({ DATA_DIR: DATA, LOG_LEVEL: 'error', DEMO_DATA: 'false', HOST: '127.0.0.1' }));
await app.init();
const index = app.get(ReachIndex);
await index.ensureLoaded();
// Started from a snapshot older than the data (another build's run wrote ties), the index reads everything again
// in the background, and the maps computed before that count again: wait for it first.
await index.reload();
const maps = app.get(MapsService);
const ties = app.get(TiesService);
const store = app.get(GRAPH_STORE);
let builds = 0;
const build = maps.build.bind(maps);
maps.build = (...a) => {
  builds++;
  return build(...a);
};
const admin = { accountId: 'bench-admin', role: 'ADMIN', regions: [], allRegions: true };
const today = new Date().toISOString().slice(0, 10);
const map = (asOf = today) => maps.compute(admin, { scope: { kind: 'REGION', id: REGION }, asOf });

let t = performance.now();
const first = await map();
console.log(`first map: ${first.nodes.length.toLocaleString()} records, ${first.edges.length.toLocaleString()} links in ${(performance.now() - t).toFixed(0)} ms ` +
  `(extract ${first.timings.extract}, measures ${first.timings.measure}, layout ${first.timings.layout} ms; ${first.layout})`);

// Two people on the map, and two outside it (another region), for the ties written below.
// Another pair each run, so every run's tie is a new link on the map (a strength changed on the same tie leaves the links as they were).
const onMap = first.nodes.filter((n) => n.kind === 'PERSON').slice(0, 2 * RUNS).map((n) => n.id);
const offMap = [];
for (let i = 0; offMap.length < 2; i++) {
  const id = `p${String(i).padStart(8, '0')}`;
  if (index.info(id) && index.info(id).region !== REGION) offMap.push(id);
}

async function after(what, write) {
  const times = [];
  const computed = [];
  const parts = { extract: [], measure: [], layout: [] };
  const how = [];
  for (let i = 0; i < RUNS; i++) {
    await write(i);
    const b0 = builds;
    t = performance.now();
    const m = await map();
    times.push(performance.now() - t);
    computed.push(builds - b0);
    if (builds > b0) for (const k of Object.keys(parts)) parts[k].push(m.timings[k]);
    if (builds > b0 && m.measured) how.push(`${m.measured.clusters}/${m.measured.pagerankIterations}`);
  }
  const of = parts.extract.length ? `; when computed: extract p50 ${pct(parts.extract, 50)}, measures ${pct(parts.measure, 50)}, placing ${pct(parts.layout, 50)} ms` : '';
  // Builds that report it: clusters by a full Louvain or local moves, and PageRank's iterations, per computation.
  const measured = how.length ? `; clusters/PageRank iterations: ${how.join(' ')}` : '';
  console.log(`next map after ${what}: ${stats(times)}; computed again ${computed.reduce((a, b) => a + b, 0)} of ${RUNS} times${of}${measured}`);
}
const now = () => new Date().toISOString();
await after('a sign-in (a session written)', (i) => store.write(SessionQueries.create, { accountId: 'bench-admin', id: `bench-session-${Date.now()}-${i}`, createdAt: now(), expiresAt: now() }));
await after('a tie between two people of another region', (i) =>
  ties.setKnows(admin, { personId: offMap[0], otherPersonId: offMap[1], strength: 1 + (i % 5), context: null, since: null, until: null }));
await after('a new tie on the map', (i) => ties.setKnows(admin, { personId: onMap[2 * i], otherPersonId: onMap[2 * i + 1], strength: 1 + (i % 5), context: null, since: null, until: null }));
const dated = [];
const datedParts = { extract: [], measure: [], layout: [] };
const datedHow = [];
for (let i = 0; i < RUNS; i++) {
  t = performance.now();
  const m = await map(new Date(Date.now() - (i + 1) * 30 * 86_400_000).toISOString().slice(0, 10));
  dated.push(performance.now() - t);
  for (const k of Object.keys(datedParts)) datedParts[k].push(m.timings[k]);
  if (m.measured) datedHow.push(`${m.measured.clusters}/${m.measured.pagerankIterations}`);
}
console.log(`map as of another date each run (layout reused): ${stats(dated)}; extract p50 ${pct(datedParts.extract, 50)}, measures ${pct(datedParts.measure, 50)}, placing ${pct(datedParts.layout, 50)} ms${datedHow.length ? `; clusters/PageRank iterations: ${datedHow.join(' ')}` : ''}`);
await app.close();
console.log(`done; ${load()}`);
