#!/usr/bin/env node
/**
 * "How are two people connected" benchmark: `connection(fromId, toId)` (the strongest 3 chains and the shortest)
 * between random pairs of people, split by whether they are linked within 6 links.
 *
 * In process (default): the reach index is filled directly with the ties of bench/generate.mjs's `local` layout (as
 * bench/steps-away.mjs does, no database). The first answer after a load is timed on two copies of the same graph
 * side by side: one as a load left it before (the first search works out every link's cost itself), one readied
 * the way the index now readies a graph before it answers (ReachGraph.prepare).
 *
 * --api --data DIR: the real server (server/dist/main.js) on a folder made by bench/reach.mjs (--data, same sizes);
 * signs in as the bench admin and times the GraphQL `connection` query over HTTP (keep-alive, every field the
 * person page asks for) and `reach` from the bench team to the same targets, the first answer after start apart;
 * with --busy N, also while N other requests (reach to random people) run on the server all along (the case a
 * user meets); with --against MAIN_JS (e.g. /work/main/server/dist/main.js), another build on a copy of the data
 * (DIR-against), asked in turn with this one, so both see the same load.
 *
 *   npm run build -w server && node bench/connection.mjs --people 1000000 --ties 10000000
 *   node bench/connection.mjs --api --data /tmp/bench-1m --people 1000000 --ties 10000000 --busy 4
 *   options: --people N (1000000) --ties N (10000000) --runs N (300)
 *            --compare DIST (in process: also time another build's shortest chain, e.g. /work/main/server/dist, on the
 *            same graph, interleaved, and check it finds chains of the same length and strength)
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_TEAM, CLUSTER, REGIONS, pid, regionOf, rng } from './generate.mjs';
import { REACH_QUERY, ensureBenchAdmin, pct, startServer } from './api.mjs';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
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
const RUNS = arg('runs', 300);
const BUSY = arg('busy', 0);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const today = new Date().toISOString().slice(0, 10);

export const CONNECTION_QUERY = `query Connection($fromId: ID!, $toId: ID!) {
  connection(fromId: $fromId, toId: $toId, limit: 3) {
    from { id kind name regionName hidden }
    to { id kind name regionName hidden }
    strongest { score hops nodes { id kind name regionName hidden } links { kind strength lastContact context since } }
    shortest { score hops nodes { id kind name regionName hidden } links { kind strength lastContact context since } }
  }
}`;

/** Prints p50/p95/p99/max of linked and not-linked pairs apart. */
function report(label, rows) {
  for (const [name, keep] of [
    ['linked within 6', (r) => r.linked],
    ['not linked within 6', (r) => !r.linked],
    ['all pairs', () => true],
  ]) {
    const xs = rows.filter(keep).map((r) => r.ms);
    if (xs.length)
      console.log(`  ${label}, ${name} (${xs.length}): p50 ${pct(xs, 50)} ms  p95 ${pct(xs, 95)} ms  p99 ${pct(xs, 99)} ms  max ${pct(xs, 100)} ms`);
  }
}

console.log(
  `Connection benchmark: ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties, ${RUNS} random pairs; ${os.cpus().length} CPUs, load average ${load()}`,
);
const { pick } = rng(1234);
const pairs = [];
while (pairs.length < RUNS) {
  const a = pick(PEOPLE);
  const b = pick(PEOPLE);
  if (a !== b) pairs.push([pid(a), pid(b)]);
}

if (!process.argv.includes('--api')) {
  const { ReachIndex } = await imp('modules/reach/reach-index.js');
  const { ReachGraph } = await imp('modules/reach/index/graph.js');
  const { buildCsr } = await imp('modules/reach/index/arrays.js');
  const { fadedScore } = await imp('modules/reach/index/model.js');
  const { ReachService } = await imp('modules/reach/reach.service.js');
  // A store that answers only what the service reads besides the index: region names.
  const store = {
    engine: 'embedded',
    capabilities: { soleWriter: true },
    read: async () => Array.from({ length: REGIONS }, (_, r) => ({ id: `r${r}`, name: `Region ${r}` })),
    onCommit: undefined,
  };
  const { rand, pick: pickTie } = rng(42);
  const ZIPS = Math.ceil(PEOPLE / CLUSTER);
  const otherEnd = (a) => {
    const r = rand();
    const zip = Math.floor(a / CLUSTER);
    if (r < 0.8) return zip * CLUSTER + pickTie(CLUSTER);
    if (r < 0.94) {
      const z = zip + (1 + pickTie(3)) * (rand() < 0.5 ? -1 : 1) * REGIONS;
      return z < 0 || z >= ZIPS ? -1 : z * CLUSTER + pickTie(CLUSTER);
    }
    if (r < 0.98) return pickTie(Math.ceil(ZIPS / REGIONS)) * REGIONS * CLUSTER + regionOf(a) * CLUSTER + pickTie(CLUSTER);
    return pickTie(PEOPLE);
  };
  const src = new Int32Array(TIES);
  const dst = new Int32Array(TIES);
  const kind = new Uint8Array(TIES);
  const hand = new Uint8Array(TIES);
  const s0 = new Float32Array(TIES);
  const day = (d) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
  for (let n = 0; n < TIES;) {
    const a = pickTie(PEOPLE);
    const b = otherEnd(a);
    if (b < 0 || b >= PEOPLE || a === b) continue;
    src[n] = a;
    dst[n] = b;
    if (rand() < 0.3) hand[n] = 1 + pickTie(5);
    else s0[n] = fadedScore({ score: rand() * 3, scoreAt: day(pickTie(720)) });
    n++;
  }
  const graphOf = () => {
    const g = new ReachGraph(store);
    for (let i = 0; i < PEOPLE; i++) {
      g.node(pid(i), 0);
      g.region[i] = `r${regionOf(i)}`;
      g.name[i] = `Person ${i}`;
    }
    buildCsr(g, src, dst, kind, hand, s0, TIES);
    g.dUntil = new Int32Array(TIES);
    return g;
  };
  const admin = { accountId: 'bench', role: 'ADMIN', regions: [], allRegions: true };
  const serviceOn = (g) => {
    const index = new ReachIndex(store);
    index.graph = g;
    return new ReachService(store, index);
  };
  // The first answer after a load, side by side: a graph as loaded, and one readied before it answers.
  const asLoadedGraph = graphOf();
  const asLoaded = serviceOn(asLoadedGraph);
  const readiedGraph = graphOf();
  let t = performance.now();
  await readiedGraph.prepare(today);
  const prepareMs = performance.now() - t;
  const readied = serviceOn(readiedGraph);
  t = performance.now();
  await asLoaded.connection(admin, pairs[0][0], pairs[0][1], 3);
  const firstAsLoaded = performance.now() - t;
  t = performance.now();
  await readied.connection(admin, pairs[0][0], pairs[0][1], 3);
  const firstReadied = performance.now() - t;
  console.log(
    `first connection after a load: as loaded ${firstAsLoaded.toFixed(1)} ms, readied ${firstReadied.toFixed(1)} ms (readying took ${prepareMs.toFixed(0)} ms in slices, before it answers); load average ${load()}`,
  );
  const rows = [];
  const strong = [];
  const short = [];
  for (const [a, b] of pairs) {
    t = performance.now();
    const c = await readied.connection(admin, a, b, 3);
    rows.push({ ms: performance.now() - t, linked: !!c.shortest });
    t = performance.now();
    readiedGraph.paths([a], b, 3, 6, today);
    strong.push(performance.now() - t);
    t = performance.now();
    readiedGraph.shortestChain(a, b, 6, today);
    short.push(performance.now() - t);
  }
  console.log(`connection of two random people (service level, no HTTP), after the first:`);
  report('whole answer', rows);
  console.log(
    `  its parts: strongest 3 chains p50 ${pct(strong, 50)} ms  p99 ${pct(strong, 99)} ms; shortest chain p50 ${pct(short, 50)} ms  p99 ${pct(short, 99)} ms`,
  );
  const compare = str('compare', null);
  if (compare) {
    const other = await import(join(compare, 'modules/reach/index/shortest.js'));
    const mine = [];
    const theirs = [];
    let same = 0;
    for (const [a, b] of pairs) {
      t = performance.now();
      const x = readiedGraph.shortestChain(a, b, 6, today);
      mine.push(performance.now() - t);
      t = performance.now();
      const y = other.shortestChain(readiedGraph, a, b, 6, today);
      theirs.push(performance.now() - t);
      if ((x === null && y === null) || (x && y && x.ids.length === y.ids.length && Math.abs(x.score - y.score) < 1e-12)) same++;
    }
    // Reach from a team of 100 (picked as bench/generate.mjs picks the bench team) to the second person of each pair,
    // 5 paths: this build's search on the readied graph, the compared build's on the other copy, interleaved.
    const { paths: otherPaths } = await import(join(compare, 'modules/reach/index/search.js'));
    const team = [];
    {
      const pickTeam = rng(4242);
      const zips = Math.min(5, Math.ceil(Math.ceil(PEOPLE / CLUSTER) / REGIONS));
      while (team.length < Math.min(100, zips * CLUSTER)) {
        const id = pid(pickTeam.pick(zips) * REGIONS * CLUSTER + pickTeam.pick(CLUSTER));
        if (id < pid(PEOPLE) && !team.includes(id)) team.push(id);
      }
    }
    const otherGraph = asLoadedGraph;
    const reachMine = [];
    const reachTheirs = [];
    let sameReach = 0;
    for (const [, b] of pairs) {
      t = performance.now();
      const x = readiedGraph.paths(team, b, 5, 6, today);
      reachMine.push(performance.now() - t);
      t = performance.now();
      const y = otherPaths(otherGraph, team, b, 5, 6, today);
      reachTheirs.push(performance.now() - t);
      if (JSON.stringify(x.map((p) => [p.ids, Math.round(p.score * 1e9)])) === JSON.stringify(y.map((p) => [p.ids, Math.round(p.score * 1e9)]))) sameReach++;
    }
    const sum = (xs) => xs.reduce((a, c) => a + c, 0);
    console.log(
      `  reach search from a team of ${team.length}, 5 paths, side by side, interleaved: this build p50 ${pct(reachMine, 50)} ms  p95 ${pct(reachMine, 95)} ms  p99 ${pct(reachMine, 99)} ms; ${compare} p50 ${pct(reachTheirs, 50)} ms  p95 ${pct(reachTheirs, 95)} ms  p99 ${pct(reachTheirs, 99)} ms; total time ratio ${(sum(reachMine) / sum(reachTheirs)).toFixed(2)}; same paths for ${sameReach}/${pairs.length} targets; load average ${load()}`,
    );
    console.log(
      `  shortest chain side by side, interleaved: this build p50 ${pct(mine, 50)} ms  p95 ${pct(mine, 95)} ms  p99 ${pct(mine, 99)} ms; ${compare} p50 ${pct(theirs, 50)} ms  p95 ${pct(theirs, 95)} ms  p99 ${pct(theirs, 99)} ms; same length and strength for ${same}/${pairs.length} pairs; load average ${load()}`,
    );
  }
} else {
  const dir = str('data', null);
  if (!dir) throw new Error('--api needs --data DIR (a folder made by bench/reach.mjs --data DIR with the same sizes)');
  const against = str('against', null);
  {
    // The bench admin signs in: made here when the folder came from another bench script (reach-search.mjs).
    const { generate } = await import('./generate.mjs');
    const { store } = await generate({ dir, people: PEOPLE, ties: TIES, layout: 'local', team: 100, activity: true, imp });
    await ensureBenchAdmin(store, imp);
    await store.close();
  }
  const servers = [{ name: 'this build', server: await startServer(dir, { LEADERS_SCHEDULE_HOURS: '0' }) }];
  if (against) {
    // The other build on its own copy of the data (one process opens an embedded database), asked in turn with this one.
    const copy = `${dir.replace(/\/$/, '')}-against`;
    if (!existsSync(copy)) cpSync(dir, copy, { recursive: true });
    servers.push({ name: against, server: await startServer(copy, { LEADERS_SCHEDULE_HOURS: '0' }, [], undefined, against) });
  }
  const others = [];
  try {
    for (const { name, server } of servers) {
      const t = performance.now();
      const first = await server.gql(CONNECTION_QUERY, { fromId: pairs[0][0], toId: pairs[0][1] });
      const firstMs = performance.now() - t;
      // The first answers after start (the index may still be loading or readying) must be those it gives later.
      const early = [];
      for (let i = 0; i < 5; i++) early.push(await server.gql(REACH_QUERY, { targetPersonId: pairs[i][1], from: 'TEAM', teamId: BENCH_TEAM, limit: 5 }));
      const earlyMs = performance.now() - t;
      for (let i = 1; i < 10; i++) {
        await server.gql(CONNECTION_QUERY, { fromId: pairs[i][0], toId: pairs[i][1] });
        await server.gql(REACH_QUERY, { targetPersonId: pairs[i][1], from: 'TEAM', teamId: BENCH_TEAM, limit: 5 });
      }
      const again = JSON.stringify(await server.gql(CONNECTION_QUERY, { fromId: pairs[0][0], toId: pairs[0][1] }));
      let same = again === JSON.stringify(first) ? 1 : 0;
      let empty = first.connection.strongest.length === 0 ? 1 : 0;
      for (let i = 0; i < 5; i++) {
        const later = await server.gql(REACH_QUERY, { targetPersonId: pairs[i][1], from: 'TEAM', teamId: BENCH_TEAM, limit: 5 });
        if (JSON.stringify(later) === JSON.stringify(early[i])) same++;
        if (early[i].reach.paths.length === 0) empty++;
      }
      console.log(
        `API (${name} on ${dir}): started in ${server.startMs.toFixed(0)} ms; first connection (waits for the index) ${firstMs.toFixed(0)} ms, ${first.connection.shortest ? 'linked' : 'not linked'}; ` +
          `it and the next 5 reach answers done ${earlyMs.toFixed(0)} ms after the first request: ${same} of 6 the same as asked again later, ${empty} of 6 empty`,
      );
    }
    const run = async (label) => {
      const figures = servers.map(() => ({ connection: [], reach: [], bare: [] }));
      for (const [fromId, toId] of pairs) {
        for (let k = 0; k < servers.length; k++) {
          const { server } = servers[k];
          const f = figures[k];
          let s = performance.now();
          await server.gql('{ __typename }');
          f.bare.push(performance.now() - s);
          s = performance.now();
          const data = await server.gql(CONNECTION_QUERY, { fromId, toId });
          f.connection.push({ ms: performance.now() - s, linked: !!data.connection.shortest });
          s = performance.now();
          await server.gql(REACH_QUERY, { targetPersonId: toId, from: 'TEAM', teamId: BENCH_TEAM, limit: 5 });
          f.reach.push(performance.now() - s);
        }
      }
      for (let k = 0; k < servers.length; k++) {
        const f = figures[k];
        console.log(
          `${servers[k].name}, over HTTP (keep-alive, signed in as an admin, ${label}), requests interleaved${servers.length > 1 ? ' with the other build' : ''}:`,
        );
        report('connection (3 strongest + shortest, all fields)', f.connection);
        console.log(
          `  reach from the bench team (100 members) to the same targets, 5 paths, all fields: p50 ${pct(f.reach, 50)} ms  p95 ${pct(f.reach, 95)} ms  p99 ${pct(f.reach, 99)} ms  max ${pct(f.reach, 100)} ms`,
        );
        console.log(`  signed-in { __typename }: p50 ${pct(f.bare, 50)} ms  p99 ${pct(f.bare, 99)} ms`);
      }
      console.log(`  load average ${load()}`);
    };
    await run('quiet server');
    if (BUSY > 0) {
      // Other organizers at work: N requests at a time on each server (reach from the bench team to random people).
      let stop = false;
      const { pick: pickTarget } = rng(77);
      const served = servers.map(() => 0);
      const client = async (k) => {
        while (!stop) {
          await servers[k].server.gql(REACH_QUERY, { targetPersonId: pid(pickTarget(PEOPLE)), from: 'TEAM', teamId: BENCH_TEAM, limit: 5 });
          served[k]++;
        }
      };
      for (let k = 0; k < servers.length; k++) for (let c = 0; c < BUSY; c++) others.push(client(k));
      const t0 = performance.now();
      await run(`while ${BUSY} other requests run on it all along`);
      stop = true;
      await Promise.all(others);
      const secs = (performance.now() - t0) / 1000;
      console.log(`  meanwhile the other requests were served: ${servers.map((x, k) => `${x.name} ${(served[k] / secs).toFixed(1)}/s`).join(', ')}`);
    }
  } finally {
    for (const { server } of servers) await server.stop();
  }
}
const cpus = os.cpus();
console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`);
console.log(`uptime: ${execSync('uptime').toString().trim()}`);
