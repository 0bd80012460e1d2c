#!/usr/bin/env node
/**
 * People-list benchmark (issue 14): the benchmarks' coalition (bench/generate.mjs), one person in ten tagged
 * "youth", then the real server (server/dist/main.js) answering `peopleList` over HTTP: the count and the first
 * page (25 rows) of lists an organizer builds, each timed as the median of several runs, beside the plain
 * `people` query (name order, no filter) measured in the same run for a ratio.
 *
 *   npm run build -w server && node bench/lists.mjs --people 1000000 --ties 2000000 --data /tmp/bench-lists-1m
 *   options: --people N (1000000) --ties N (2 per person) --runs N (5) --data DIR (keep and reuse the data)
 *            --server DIR (another build's server/dist, e.g. main's, to time it on the same data: run it first, on
 *            a copy of the data folder, since a newer build moves the data to its schema and an older one then refuses it)
 *            --cached (keep the server's read cache on: off by default, because the timed runs repeat one request
 *            with no write between them and would be answered from memory after the first)
 *            --bulk REGION (also time a bulk tag on everyone in that region, run as a job in parts, and its undo,
 *            with the first page of a list timed before and while it runs)
 *            --shapes (also time, on the store itself, a last-contact list and an asks list by the statement of
 *            their own shape and by the all-groups statement, alternately in one run: the ratio is what leaving the
 *            switched-off conditions out of the text saves)
 */
import { mkdtempSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate, BENCH_TEAM } from './generate.mjs';
import { ensureBenchAdmin, startServer, pct } from './api.mjs';

const SERVER = (() => {
  const i = process.argv.indexOf('--server');
  return i < 0 ? null : process.argv[i + 1].replace(/\/?$/, '/');
})();
const dist = SERVER ?? fileURLToPath(new URL('../server/dist/', import.meta.url));
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
// Nor turnout asks: one person in ten is asked once in the last 30 days, one in a hundred twice, one in ten once
// 40 days ago (once, so a reused folder keeps the same asks).
const [{ n: asks }] = await store.read(cypher('bench.lists.asks', 'read', `MATCH (:Person)-[a:ASKED_TO_ATTEND]->(:Event) RETURN count(a) AS n`));
if (Number(asks) === 0) {
  const ask = cypher('bench.lists.ask', 'write', `MATCH (p:Person) WHERE p.id ENDS WITH $suffix MATCH (e:Event {id: 'e0'})
    CREATE (p)-[:ASKED_TO_ATTEND {id: p.id + $suffix + $at, at: $at, askedBy: 'bench'}]->(e)`, {});
  const ago = (d) => new Date(Date.now() - d * 86_400_000).toISOString();
  for (const [suffix, d] of [['3', 5], ['33', 12], ['4', 40]]) await store.write(ask, { suffix, at: ago(d) });
}
// Written below the services: a build that keeps list facts on the person computes them again (as its schema step does).
const facts = await imp('modules/lists/person-facts.js').catch(() => null);
if (facts) {
  const b = t0();
  await store.transaction((tx) => facts.backfillListFacts(tx));
  console.log(`list facts of every person computed (schema step 3's work) in ${((t0() - b) / 1000).toFixed(1)} s; load average ${load()}`);
}
if (process.argv.includes('--shapes')) await shapes(store);
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
  ['at least 1 ask in 30 days', { minAsks30Days: 1 }],
  ['at most 1 ask in 30 days, region r3', { maxAsks30Days: 1, regionId: 'r3' }],
  ['no filter, by last contact descending', {}, { sortBy: 'LAST_CONTACT', descending: true }],
  ['tag youth + within 10 miles + last contact before 60 days ago', { tags: ['youth'], nearZip: '10001', withinMiles: 10, lastContactBefore: since(60) }],
  // Computed columns: the list's ids sorted by values read for them (up to 100,000 people).
  ['one region, by last contact descending', { regionId: 'r3' }, { sortBy: 'LAST_CONTACT', descending: true }],
  ['one region, by asks in 30 days descending', { regionId: 'r3' }, { sortBy: 'ASKS_30_DAYS', descending: true }],
  ['kind LEADER, by leadership level descending', { kinds: ['LEADER'] }, { sortBy: 'LEADERSHIP_LEVEL', descending: true }],
];
const BULK_REGION = (() => {
  const i = process.argv.indexOf('--bulk');
  return i < 0 ? null : process.argv[i + 1];
})();

const CACHED = process.argv.includes('--cached');
const server = await startServer(dir, CACHED ? {} : { READ_CACHE_ENTRIES: '0' }, [], undefined, SERVER ? join(SERVER, 'main.js') : undefined);
console.log(`server: ${SERVER ?? 'this build'}; read cache ${CACHED ? 'on' : 'off'}`);
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
  if (BULK_REGION) await bulkJob(server, time);
} finally {
  await server.stop();
}

/** A filter's statements by its own shape and by the all-groups one, count then first page, alternately. */
async function shapes(store) {
  const { peopleStatements, CONDITION_GROUPS, KIND_SLOTS } = await imp('modules/lists/lists.queries.js');
  const off = {
    allRegions: true, regions: [''], regionId: '', byKinds: false, kinds: [''], byTags: false, tags: [''], near: false, zips: [''], q: '', qDigits: '',
    contactsAll: true, viewerId: 'bench', lastAfter: '', lastBefore: '', minAsks: 0, maxAsks: -1, minAt: 1, maxAt: 1, askPad: [''], asksSince: '',
    useIds: false, ids: [''], noFieldFilter: true, fieldTerms: [''], skip: 0, limit: 25,
    ...Object.fromEntries(Array.from({ length: KIND_SLOTS }, (_, i) => [`kind${i}`, ''])),
  };
  const asksSince = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const filters = [
    ['last contact in the last 30 days', 'contact', { lastAfter: asksSince.slice(0, 10) }],
    ['at least 1 ask in 30 days', 'asks', { minAsks: 1, askPad: [''], asksSince }],
  ];
  console.log(`statement shapes on the store, count + first page by name, median of ${RUNS} runs each, alternated; load average ${load()}`);
  for (const [label, group, set] of filters) {
    const params = { ...off, ...set };
    const xs = { own: [], all: [] };
    let totals = {};
    for (let i = 0; i < RUNS; i++) {
      for (const [key, groups] of [['own', [group]], ['all', CONDITION_GROUPS]]) {
        const st = peopleStatements({ start: 'all', groups });
        const s = t0();
        const [[c]] = await Promise.all([store.read(st.count, params), store.read(st.page.NAME.ASC, params)]);
        xs[key].push(t0() - s);
        totals[key] = Number(c.total);
      }
    }
    console.log(`  ${label.padEnd(40)} own shape ${pct(xs.own, 50)} ms, all groups ${pct(xs.all, 50)} ms (${(pct(xs.all, 50) / pct(xs.own, 50)).toFixed(1)}x); ${totals.own.toLocaleString()} / ${totals.all.toLocaleString()} people`);
  }
}

/** A bulk tag on a whole region, run as a job: time to DONE, parts per second, a list page before and during, undo. */
async function bulkJob(server, time) {
  const page = { input: { filter: { regionId: 'r3' }, first: 25, offset: 0 } };
  const before = await time(LIST, page);
  const tag = `bench-${Date.now()}`;
  const s = t0();
  const { bulkPeople: started } = await server.gql(
    `mutation($input: BulkPeopleInput!) { bulkPeople(input: $input) { id status done total } }`,
    { input: { target: { filter: { regionId: BULK_REGION } }, action: 'ADD_TAGS', tags: [tag] } },
  );
  const answeredMs = t0() - s;
  const during = [];
  let now = started;
  while (now.status === 'RUNNING') {
    const p = t0();
    await server.gql(LIST, page);
    during.push(t0() - p);
    now = (await server.gql(`query($id: ID!) { bulkAction(id: $id) { status done total summary error } }`, { id: started.id })).bulkAction;
  }
  const doneMs = t0() - s;
  console.log(`bulk tag on region ${BULK_REGION} (${started.total.toLocaleString()} people, parts of 1,000): answered RUNNING in ${answeredMs.toFixed(0)} ms, ${now.status} after ${(doneMs / 1000).toFixed(1)} s (${(started.total / (doneMs / 1000)).toFixed(0)} people/s); load average ${load()}`);
  if (during.length) console.log(`  list page (region r3) before: median ${before.ms} ms; while it ran: median ${pct(during, 50)} ms over ${during.length} requests (${(pct(during, 50) / before.ms).toFixed(1)}x)`);
  const u = t0();
  const { undoLastBulkAction: undone } = await server.gql(`mutation { undoLastBulkAction { changed } }`);
  console.log(`  undo of all ${undone.changed.toLocaleString()} in one transaction: ${((t0() - u) / 1000).toFixed(1)} s`);
}
console.log(`load average ${load()}`);
console.log(`uptime: ${execSync('uptime').toString().trim()}`);
