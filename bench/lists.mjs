#!/usr/bin/env node
/**
 * People-list benchmark (issue 14): the benchmarks' coalition (bench/generate.mjs), one person in ten tagged
 * "youth", then the real server (server/dist/main.js) answering `peopleList` over HTTP: the count and the first
 * page (25 rows) of lists an organizer builds, each timed as the median of several runs, beside the plain
 * `people` query (name order, no filter) measured in the same run for a ratio.
 *
 *   npm run build -w server && node bench/lists.mjs --people 1000000 --ties 2000000 --data /tmp/bench-lists-1m
 *   options: --people N (1000000) --ties N (2 per person) --runs N (5) --data DIR (keep and reuse the data)
 */
import { mkdtempSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate, BENCH_TEAM } from './generate.mjs';
import { ensureBenchAdmin, startServer, pct } from './api.mjs';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const PEOPLE = arg('people', 1_000_000);
const TIES = arg('ties', PEOPLE * 2);
const RUNS = arg('runs', 5);
const DATA = (() => {
  const i = process.argv.indexOf('--data');
  return i < 0 ? null : process.argv[i + 1];
})();
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const t0 = () => performance.now();

const dir = DATA ?? mkdtempSync(join(os.tmpdir(), 'cg-bench-lists-'));
mkdirSync(dir, { recursive: true });
console.log(`People-list benchmark: ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties; load average ${load()}`);
const { store, figures } = await generate({ dir, people: PEOPLE, ties: TIES, layout: 'local', team: 100, activity: true, imp });
console.log(figures.reused ? `data reused from ${dir}` : `generated and loaded in ${((figures.generateMs + figures.loadMs) / 1000).toFixed(1)} s (${dir})`);
const { cypher } = await imp('graph/query.js');
// Generated people have no tags: one in ten gets "youth", so a tag filter has something to find.
await store.write(cypher('bench.lists.tag', 'write', `MATCH (p:Person) WHERE p.id ENDS WITH '7' SET p.tags = ['youth'] RETURN count(p) AS n`));
await ensureBenchAdmin(store, imp);
await store.close();

const LIST = `query($input: PeopleListArgsInput!) { peopleList(input: $input) { totalCount nodes { id name zip tags kinds } } }`;
const PLAIN = `query { people(first: 25) { totalCount nodes { id name } } }`;
const since = (days) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const cases = [
  ['no filter, by name', {}],
  ['no filter, by zip descending', {}, { sortBy: 'ZIP', descending: true }],
  ['one region', { regionId: 'r3' }],
  ['kind LEADER', { kinds: ['LEADER'] }],
  ['tag youth, region r3', { tags: ['youth'], regionId: 'r3' }],
  ['within 5 miles of 10001', { nearZip: '10001', withinMiles: 5 }],
  ['team members', { teamId: BENCH_TEAM }],
  ['last contact in the last 30 days', { lastContactAfter: since(30) }],
  ['at most 2 asks in 30 days, leaders', { maxAsks30Days: 2, kinds: ['LEADER'] }],
  ['tag youth + within 10 miles + last contact before 60 days ago', { tags: ['youth'], nearZip: '10001', withinMiles: 10, lastContactBefore: since(60) }],
];

const server = await startServer(dir);
try {
  const time = async (query, vars) => {
    const xs = [];
    let data;
    for (let i = 0; i < RUNS; i++) {
      const s = t0();
      data = await server.gql(query, vars);
      xs.push(t0() - s);
    }
    return { ms: pct(xs, 50), max: pct(xs, 100), data };
  };
  await server.gql(PLAIN);
  const plain = await time(PLAIN, {});
  console.log(`people (first 25 by name, count) for comparison: median ${plain.ms} ms, max ${plain.max} ms; load average ${load()}`);
  console.log(`peopleList, count and first page of 25, median of ${RUNS} runs over HTTP:`);
  for (const [label, filter, sort = {}] of cases) {
    const r = await time(LIST, { input: { filter, first: 25, offset: 0, ...sort } });
    console.log(`  ${label.padEnd(64)} ${String(r.ms).padStart(6)} ms  (max ${r.max} ms, ratio to people ${(r.ms / plain.ms).toFixed(1)}x)  ${r.data.peopleList.totalCount.toLocaleString()} people`);
  }
} finally {
  await server.stop();
}
console.log(`load average ${load()}`);
console.log(`uptime: ${execSync('uptime').toString().trim()}`);
