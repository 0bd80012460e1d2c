#!/usr/bin/env node
/**
 * Leader-scoring benchmark: the reach benchmark's coalition (bench/generate.mjs: people by region and zip code,
 * KNOWS ties with start dates, hosted one-to-ones and house meetings, trainings, events with who-brought-whom,
 * teams with roles), loaded with LadybugDB's COPY FROM into a data folder; then the real server
 * (server/dist/main.js) on it: the background job that scores emerging leaders over the whole network is started
 * with the `recomputeLeaderScores` mutation and followed with `leaderScoring` until it ends, while `reach` queries
 * run alongside (their latency before and during the job shows whether the API stays responsive). Prints each
 * phase of the run, then times `emergingLeaders` served from the run (national, one region, one team), and the
 * first answer after a restart (the saved run is read back).
 *
 *   npm run build -w server && node bench/leaders.mjs --people 1000000 --ties 10000000 --data /tmp/bench-1m
 *   options: --people N (1000000) --ties N (10000000) --window N (90) --data DIR (keep and reuse the data) --gaps
 *
 *   --louvain: only the communities phase, side by side on one in-memory graph with the same layout (no database,
 *   no server): Louvain on int arrays with the queue of nodes to revisit, then with full passes over every node
 *   (the earlier rule), each with its time, communities and modularity.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate, pid, rng, BENCH_TEAM, CLUSTER, REGIONS, regionOf } from './generate.mjs';
import { ensureBenchAdmin, startServer, REACH_QUERY, pct } from './api.mjs';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const PEOPLE = arg('people', 1_000_000);
const TIES = arg('ties', 10_000_000);
const WINDOW = arg('window', 90);
const DATA = (() => {
  const i = process.argv.indexOf('--data');
  return i < 0 ? null : process.argv[i + 1];
})();
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const t0 = () => performance.now();
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;

if (process.argv.includes('--louvain')) {
  await louvainSideBySide();
  process.exit(0);
}

/** The generator's 'local' layout (80% of ties in the zip code, 14% to nearby zip codes of the region, 4% anywhere in the region, 2% anywhere), as a CSR. */
async function louvainSideBySide() {
  const { louvainOnArrays } = await imp('modules/insights/network-scoring.js');
  const { rand, pick } = rng(42);
  const zips = Math.ceil(PEOPLE / CLUSTER);
  const otherEnd = (a) => {
    const r = rand();
    const zip = Math.floor(a / CLUSTER);
    if (r < 0.8) return zip * CLUSTER + pick(CLUSTER);
    if (r < 0.94) {
      const z = zip + (1 + pick(3)) * (rand() < 0.5 ? -1 : 1) * REGIONS;
      return z < 0 || z >= zips ? -1 : z * CLUSTER + pick(CLUSTER);
    }
    if (r < 0.98) return pick(Math.ceil(zips / REGIONS)) * REGIONS * CLUSTER + regionOf(a) * CLUSTER + pick(CLUSTER);
    return pick(PEOPLE);
  };
  let t = t0();
  const a = new Int32Array(TIES);
  const b = new Int32Array(TIES);
  for (let e = 0; e < TIES; e++) {
    let x = -1;
    let y = -1;
    while (x === y || y < 0 || y >= PEOPLE) {
      x = pick(PEOPLE);
      y = otherEnd(x);
    }
    a[e] = x;
    b[e] = y;
  }
  const offsets = new Int32Array(PEOPLE + 1);
  for (let e = 0; e < TIES; e++) {
    offsets[a[e] + 1]++;
    offsets[b[e] + 1]++;
  }
  for (let i = 0; i < PEOPLE; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, PEOPLE);
  const nbr = new Int32Array(2 * TIES);
  for (let e = 0; e < TIES; e++) {
    nbr[fill[a[e]]++] = b[e];
    nbr[fill[b[e]]++] = a[e];
  }
  console.log(`Louvain side by side: ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties (graph built in ${sec(t0() - t)}); load average ${load()}`);
  const modularity = (community, count) => {
    const inside = new Float64Array(count);
    const degree = new Float64Array(count);
    for (let u = 0; u < PEOPLE; u++) {
      degree[community[u]] += offsets[u + 1] - offsets[u];
      for (let k = offsets[u]; k < offsets[u + 1]; k++) if (community[nbr[k]] === community[u]) inside[community[u]]++;
    }
    const m2 = nbr.length;
    let q = 0;
    for (let c = 0; c < count; c++) q += inside[c] / m2 - (degree[c] / m2) ** 2;
    return q;
  };
  const times = {};
  for (const localMoves of ['queue', 'passes']) {
    t = t0();
    const { community, count } = await louvainOnArrays(PEOPLE, offsets, nbr, undefined, undefined, { localMoves });
    times[localMoves] = t0() - t;
    console.log(`  ${localMoves === 'queue' ? 'queue of nodes to revisit' : 'full passes (earlier rule) '}: ${sec(times[localMoves])}, ${count.toLocaleString()} communities, modularity ${modularity(community, count).toFixed(4)}; load average ${load()}`);
  }
  console.log(`  full passes / queue: ${(times.passes / times.queue).toFixed(2)}x`);
}

const dir = DATA ?? mkdtempSync(join(os.tmpdir(), 'cg-bench-leaders-'));
mkdirSync(dir, { recursive: true });
rmSync(join(dir, 'insights'), { recursive: true, force: true }); // no saved run from an earlier benchmark
console.log(`Leader-scoring benchmark: ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties, window ${WINDOW} days; load average ${load()}`);
const { store, figures } = await generate({ dir, people: PEOPLE, ties: TIES, layout: 'local', team: 100, activity: true, imp });
console.log(figures.reused ? `data reused from ${dir} (first load ${sec(figures.loadMs)})` : `generated CSV in ${sec(figures.generateMs)}, bulk load (COPY FROM) in ${sec(figures.loadMs)} (${dir})`);
console.log(`  activity: ${figures.oneToOnes.toLocaleString()} one-to-ones, ${figures.houseMeetings.toLocaleString()} house meetings, ${figures.trainings} trainings (over 180 days), ` +
  `${figures.events} events with ${figures.attendances.toLocaleString()} attendances (half brought by someone), ${figures.teams} teams, ${figures.roles} roles`);
await ensureBenchAdmin(store, imp);
{
  // The activity read both ways, side by side on the same data: the store's aggregated counts (what Neo4j runs) and
  // the engine's row export counted in the app (what the embedded engine runs); they must agree.
  const { InsightsRepository } = await imp('modules/insights/insights.repository.js');
  const { windowsEnding } = await imp('modules/insights/leader-score.js');
  const repo = new InsightsRepository(store);
  const windows = windowsEnding(new Date().toISOString().slice(0, 10), WINDOW);
  const all = { allRegions: true, regions: [] };
  const timed = async (f) => {
    const s = t0();
    const a = await f();
    return { ms: t0() - s, a, key: a.counts.map((c) => `${c.personId} ${c.signal} ${c.now} ${c.before}`).sort().join('\n') };
  };
  const exported = await timed(() => repo.activity(all, windows));
  const aggregated = await timed(() => repo.activityAggregated(all, windows));
  console.log(`read activity, ${exported.a.counts.length.toLocaleString()} person counts: from the engine's export ${sec(exported.ms)}, aggregated by the store ${sec(aggregated.ms)} ` +
    `(${(aggregated.ms / exported.ms).toFixed(1)}x), same counts: ${exported.key === aggregated.key}; load average ${load()}`);
}
await store.close();

const LEADERS = `query($w: Int!, $r: ID, $t: ID) { emergingLeaders(windowDays: $w, regionId: $r, teamId: $t, limit: 25) {
  source computedAt peopleScored leaders { rank score previousScore rise alreadyLeader person { id name } parts { signal count previousCount points } } } }`;
const STATUS = `{ leaderScoring { running phase progress startedAt lastError runs { windowDays startedAt finishedAt durationMs peopleScored communities louvain phases { name ms } } } }`;
const { pick } = rng(99);
const target = () => ({ targetPersonId: pid(pick(PEOPLE)), from: 'TEAM', teamId: BENCH_TEAM, limit: 5 });

let server = await startServer(dir, { LEADERS_SCHEDULE_HOURS: '0', REQUEST_TIMEOUT_MS: '0' });
try {
  let t = t0();
  await server.gql(REACH_QUERY, target());
  console.log(`server started in ${sec(server.startMs)}; reach index loaded (first reach) in ${sec(t0() - t)}; load average ${load()}`);
  const before = [];
  for (let i = 0; i < 100; i++) {
    const s = t0();
    await server.gql(REACH_QUERY, target());
    before.push(t0() - s);
  }
  console.log(`reach over HTTP before the job (100 targets): p50 ${pct(before, 50)} ms  p95 ${pct(before, 95)} ms  p99 ${pct(before, 99)} ms  max ${pct(before, 100)} ms`);

  // The job, followed as the web page follows it, with reach queries alongside.
  t = t0();
  await server.gql(`mutation($w: Int!) { recomputeLeaderScores(windowDays: $w) { running } }`, { w: WINDOW });
  const during = [];
  let status;
  let lastPhase = '';
  let nextPoll = 0;
  for (;;) {
    if (t0() >= nextPoll) {
      status = (await server.gql(STATUS)).leaderScoring;
      if (!status.running) break;
      if (status.phase !== lastPhase) {
        console.log(`  ${sec(t0() - t).padStart(7)}  ${status.phase} (${Math.round(status.progress * 100)}%)`);
        lastPhase = status.phase;
      }
      nextPoll = t0() + 500;
    }
    const s = t0();
    await server.gql(REACH_QUERY, target());
    during.push(t0() - s);
  }
  const wall = t0() - t;
  if (status.lastError) throw new Error(status.lastError);
  const run = status.runs.find((r) => r.windowDays === WINDOW);
  console.log(`background job: ${sec(run.durationMs)} (mutation to finished as seen by polling: ${sec(wall)}); ${run.peopleScored.toLocaleString()} people with points, ` +
    `${run.communities.toLocaleString()} communities (Louvain ${run.louvain}); load average ${load()}`);
  for (const p of run.phases) console.log(`  ${p.name.padEnd(72)} ${sec(p.ms).padStart(8)}`);
  console.log(`reach over HTTP during the job (${during.length} queries): p50 ${pct(during, 50)} ms  p95 ${pct(during, 95)} ms  p99 ${pct(during, 99)} ms  max ${pct(during, 100)} ms`);

  const timeQuery = async (label, vars, runs = 5) => {
    const xs = [];
    let data;
    for (let i = 0; i < runs; i++) {
      const s = t0();
      data = (await server.gql(LEADERS, vars)).emergingLeaders;
      xs.push(t0() - s);
    }
    console.log(`  ${label.padEnd(48)} median ${pct(xs, 50)} ms  (${data.source}, ${data.peopleScored.toLocaleString()} people with points; first: ${data.leaders[0]?.person.name}, rise ${data.leaders[0]?.rise})`);
    return data;
  };
  console.log('emergingLeaders over HTTP, top 25:');
  await timeQuery('national', { w: WINDOW });
  await timeQuery('one region, r3', { w: WINDOW, r: 'r3' });
  await timeQuery('one team, team-2-0', { w: WINDOW, t: 'team-2-0' });
  if (process.argv.includes('--gaps')) {
    const s = t0();
    const gaps = (await server.gql(`{ networkGaps(regionId: "r1", coldAfterDays: 90) { coldTieCount clusters { size } } }`)).networkGaps;
    console.log(`  networkGaps, one region (r1): ${sec(t0() - s)} (${gaps.coldTieCount.toLocaleString()} cold ties)`);
  }
} finally {
  await server.stop();
}

// A restart: the saved run answers at once, with the time it was computed.
server = await startServer(dir, { LEADERS_SCHEDULE_HOURS: '0', LEADERS_LIVE_MAX_PEOPLE: '0', REQUEST_TIMEOUT_MS: '0' });
try {
  const s = t0();
  const data = (await server.gql(LEADERS, { w: WINDOW })).emergingLeaders;
  console.log(`after a restart: emergingLeaders (national) in ${sec(t0() - s)} (includes the reach index load), ${data.source}, computed at ${data.computedAt}`);
} finally {
  await server.stop();
}

const cpus = os.cpus();
console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`);
console.log(`data: ${PEOPLE.toLocaleString()} people in 10 regions (zip codes of 500), ${TIES.toLocaleString()} ties (local layout)`);
console.log(`uptime: ${execSync('uptime').toString().trim()}`);
if (!DATA) rmSync(dir, { recursive: true, force: true });
