#!/usr/bin/env node
/**
 * Reach benchmark: generates a coalition (bench/generate.mjs: people clustered by region and zip code, a few
 * bridges between clusters), loads it through LadybugDB's bulk COPY FROM (CSV) into a data folder, builds the
 * reach index, and prints p50/p95/p99 of `reach` from a 100-member team to one target at the service level,
 * next to the engine's own SHORTEST path query on the same data; with --api, then starts the real server
 * (server/dist/main.js) on the same folder, signs in, and times the GraphQL `reach` query over HTTP (keep-alive).
 *
 *   npm run build -w server && npm run bench:reach -- --people 100000 --ties 1000000 --api
 *   options: --people N (1000000) --ties N (10000000) --team N (100) --runs N (200) --engine-runs N (10)
 *            --layout local|uniform (local) --api --data DIR (keep the data there and reuse it next time) --keep
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate, pid, rng, BENCH_TEAM } from './generate.mjs';
import { ensureBenchAdmin, startServer, REACH_QUERY, pct } from './api.mjs';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
const { cypher } = await imp('graph/query.js');
const { ReachIndex } = await imp('modules/reach/reach-index.js');
const { ReachService } = await imp('modules/reach/reach.service.js');
const { ReachFrom } = await imp('modules/reach/reach.model.js');
const { writeSnapshot } = await imp('modules/reach/index/snapshot.js');
const { StampQueries } = await imp('graph/stamp.queries.js');
const { loadConfig } = await imp('config/app-config.js');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const str = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const PEOPLE = arg('people', 1_000_000);
const TIES = arg('ties', 10_000_000);
const TEAM = arg('team', 100);
const RUNS = arg('runs', 200);
const ENGINE_RUNS = arg('engine-runs', 10);
const LAYOUT = str('layout', 'local');
const API = process.argv.includes('--api');
const DATA = str('data', null);
const t0 = () => performance.now();
const ms = (t) => (performance.now() - t).toFixed(0);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

const dir = DATA ?? mkdtempSync(join(os.tmpdir(), 'cg-bench-reach-'));
mkdirSync(dir, { recursive: true });
console.log(`Reach benchmark: ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties, team of ${TEAM}, layout ${LAYOUT}; load average ${load()}`);
let t = t0();
const { store, members, figures } = await generate({ dir, people: PEOPLE, ties: TIES, layout: LAYOUT, team: TEAM, activity: true, imp });
const loadMs = figures.reused ? `(reused ${dir}; first load ${figures.loadMs} ms)` : `${figures.loadMs} ms`;
console.log(figures.reused ? `data reused from ${dir}` : `generated CSV in ${figures.generateMs} ms, bulk load (COPY FROM) in ${figures.loadMs} ms (${dir})`);

const index = new ReachIndex(store);
const heapBefore = process.memoryUsage();
t = t0();
await index.reload();
const indexMs = ms(t);
const heapAfter = process.memoryUsage();
const stats = index.stats();
console.log(`reach index built in ${indexMs} ms: ${stats.nodes.toLocaleString()} nodes, ${stats.edges.toLocaleString()} ties; ` +
  `typed arrays ${(stats.bytes / 2 ** 20).toFixed(0)} MiB; process RSS +${((heapAfter.rss - heapBefore.rss) / 2 ** 20).toFixed(0)} MiB, ` +
  `heap +${((heapAfter.heapUsed - heapBefore.heapUsed) / 2 ** 20).toFixed(0)} MiB`);

// Start from a snapshot (what the server does at start once one exists): written from this index, read back.
{
  let stamp = (await store.read(StampQueries.get))[0]?.value ?? null;
  if (stamp === null) await store.write(StampQueries.set, { value: (stamp = `bench-${Date.now()}`) });
  const graph = index.graph;
  t = t0();
  const bytes = await writeSnapshot(graph, join(dir, 'reach', 'index.snapshot'), stamp);
  const writeMs = ms(t);
  const rssBefore = process.memoryUsage().rss;
  t = t0();
  const fromSnapshot = new ReachIndex(store, loadConfig({ DATA_DIR: dir }));
  await fromSnapshot.ensureLoaded();
  const readMs = ms(t);
  const rssAfter = process.memoryUsage().rss;
  const { pick: pickCheck } = rng(7);
  const team = index.teamMembers(BENCH_TEAM, null) ?? [];
  let same = 0;
  for (let i = 0; i < 20; i++) {
    const target = pid(pickCheck(PEOPLE));
    if (JSON.stringify(fromSnapshot.paths(team, target, 5, 6, new Date().toISOString().slice(0, 10))) === JSON.stringify(index.paths(team, target, 5, 6, new Date().toISOString().slice(0, 10)))) same++;
  }
  console.log(`snapshot: written in ${writeMs} ms (${bytes === null ? 'skipped: disk too full' : `${(bytes / 2 ** 20).toFixed(0)} MiB`}); a new index started from it in ${readMs} ms ` +
    `(process RSS +${((rssAfter - rssBefore) / 2 ** 20).toFixed(0)} MiB), same 5 paths as the loaded index for ${same}/20 targets; load average ${load()}`);
}

const reach = new ReachService(store, index);
const admin = { accountId: 'bench', role: 'ADMIN', regions: [], allRegions: true };

const { pick } = rng(99);
const targets = Array.from({ length: RUNS }, () => pid(pick(PEOPLE)));
const service = [];
const indexOnly = [];
let found = 0;
let hopsSum = 0;
const hopsSeen = new Map();
const today = new Date().toISOString().slice(0, 10);
for (let i = 0; i < 5; i++) await reach.reach(admin, { targetPersonId: targets[i], from: ReachFrom.TEAM, teamId: BENCH_TEAM }); // warm-up
for (const target of targets) {
  let s = t0();
  const res = await reach.reach(admin, { targetPersonId: target, from: ReachFrom.TEAM, teamId: BENCH_TEAM });
  service.push(performance.now() - s);
  if (res.paths.length) {
    found++;
    hopsSum += res.paths[0].hops;
    hopsSeen.set(res.paths[0].hops, (hopsSeen.get(res.paths[0].hops) ?? 0) + 1);
  }
  s = t0();
  index.paths(members, target, 5, 6, today);
  indexOnly.push(performance.now() - s);
}
console.log(`reach, team of ${members.length} → 1 target, 5 distinct paths, ≤ 6 hops, ${RUNS} targets (${found} reached, best path ${(hopsSum / Math.max(1, found)).toFixed(1)} hops on average):`);
console.log(`  best path hops: ${[...hopsSeen].sort((a, b) => a[0] - b[0]).map(([h, n]) => `${h}: ${n}`).join(', ')}`);
console.log(`  service (ReachService.reach: checks, team from the index, search, names, details) p50 ${pct(service, 50)} ms  p95 ${pct(service, 95)} ms  p99 ${pct(service, 99)} ms`);
console.log(`  index search only (5 paths)                                              p50 ${pct(indexOnly, 50)} ms  p95 ${pct(indexOnly, 95)} ms  p99 ${pct(indexOnly, 99)} ms`);
console.log(`  load average ${load()}`);
const p2p = cypher('bench.shortest.p2p', 'read', `MATCH p = (a:Person {id: $a})-[:KNOWS* SHORTEST 1..6]-(b:Person {id: $b}) RETURN length(p) AS hops LIMIT 1`);
const fromTeam = cypher('bench.shortest.team', 'read', `MATCH p = (a:Person)-[:KNOWS* SHORTEST 1..6]-(b:Person {id: $b}) WHERE a.id IN $team RETURN length(p) AS hops ORDER BY hops LIMIT 1`);
const e1 = [];
const e2 = [];
for (let i = 0; i < ENGINE_RUNS; i++) {
  let s = t0();
  await store.read(p2p, { a: members[i % members.length], b: targets[i] });
  e1.push(performance.now() - s);
  s = t0();
  await store.read(fromTeam, { b: targets[i], team: members });
  e2.push(performance.now() - s);
}
console.log(`engine SHORTEST 1..6 (LadybugDB), ${ENGINE_RUNS} targets:`);
console.log(`  point to point    p50 ${pct(e1, 50)} ms  p95 ${pct(e1, 95)} ms  p99 ${pct(e1, 99)} ms`);
console.log(`  from the team     p50 ${pct(e2, 50)} ms  p95 ${pct(e2, 95)} ms  p99 ${pct(e2, 99)} ms`);
if (API) await ensureBenchAdmin(store, imp);
await store.close();

if (API) {
  // The real server on the same folder: sign in, then time the GraphQL query over one keep-alive connection.
  const server = await startServer(dir, { LEADERS_SCHEDULE_HOURS: '0' });
  try {
    const vars = (target) => ({ targetPersonId: target, from: 'TEAM', teamId: BENCH_TEAM, limit: 5 });
    t = t0();
    await server.gql(REACH_QUERY, vars(targets[0])); // the first request waits for the server's own index load
    console.log(`API (server/dist/main.js on the same data): started in ${server.startMs.toFixed(0)} ms; first reach (index load) ${ms(t)} ms`);
    for (let i = 1; i < 10; i++) await server.gql(REACH_QUERY, vars(targets[i]));
    // Interleaved with the same query in this process (its own copy of the index, the store closed: a team's reach
    // reads nothing from it), so both see the same load from whatever else runs on the machine.
    const api = [];
    const bare = [];
    const here = [];
    const searchOnly = [];
    let bytes = 0;
    for (const target of targets) {
      // A signed-in request that resolves nothing: HTTP, the session check, GraphQL parse, validate and execute.
      let s = t0();
      await server.gql('{ __typename }');
      bare.push(performance.now() - s);
      s = t0();
      const data = await server.gql(REACH_QUERY, vars(target));
      api.push(performance.now() - s);
      bytes += JSON.stringify(data).length;
      s = t0();
      await reach.reach(admin, { targetPersonId: target, from: ReachFrom.TEAM, teamId: BENCH_TEAM });
      here.push(performance.now() - s);
      s = t0();
      index.paths(members, target, 5, 6, today);
      searchOnly.push(performance.now() - s);
    }
    console.log(`  GraphQL reach over HTTP (keep-alive, signed in, all path fields; ${RUNS} targets, ~${Math.round(bytes / RUNS)} bytes each)  p50 ${pct(api, 50)} ms  p95 ${pct(api, 95)} ms  p99 ${pct(api, 99)} ms`);
    console.log(`  interleaved with it: signed-in { __typename } over HTTP p50 ${pct(bare, 50)} ms  p95 ${pct(bare, 95)} ms  p99 ${pct(bare, 99)} ms`);
    console.log(`  interleaved with it, in this process: service p50 ${pct(here, 50)} ms  p95 ${pct(here, 95)} ms  p99 ${pct(here, 99)} ms; search only p50 ${pct(searchOnly, 50)} ms  p99 ${pct(searchOnly, 99)} ms`);
    console.log(`  load average ${load()}`);
  } finally {
    await server.stop();
  }
}

const cpus = os.cpus();
console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`);
console.log(`data: ${PEOPLE.toLocaleString()} people in 10 regions (zip codes of 500), ${TIES.toLocaleString()} ties, layout ${LAYOUT}; load ${loadMs}, index ${indexMs} ms`);
console.log(`uptime: ${execSync('uptime').toString().trim()}`);
if (!DATA && !process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
