#!/usr/bin/env node
/**
 * Leader-scoring benchmark: generates a coalition (people clustered by region and zip code, ties with start
 * dates over three years, hosted one-to-ones and house meetings, trainings, events with who-brought-whom,
 * roles), loads it through LadybugDB's bulk COPY FROM (CSV) into a temporary data folder, then times
 * `emergingLeaders` (all of it: the reads, Louvain communities, scoring, ranking) and `networkGaps`
 * (cold ties, clusters with betweenness when ≤ 1,000 people, bridges) for a national viewer, with each phase.
 *
 *   npm run build -w server && node bench/leaders.mjs --people 100000 --ties 1000000
 *   options: --people N (100000) --ties N (1000000) --runs N (3) --window N (90) --keep
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
const { loadConfig } = await imp('config/app-config.js');
const { openGraphStore } = await imp('graph/open-store.js');
const { cypher } = await imp('graph/query.js');
const { graphModel } = await imp('graph/schema/graph-model.js');
const { InsightsRepository } = await imp('modules/insights/insights.repository.js');
const { InsightsService, tieStart } = await imp('modules/insights/insights.service.js');
const { communities, peopleGraph, bridgingEvidence } = await imp('modules/insights/network-measures.js');
const { scoreLeaders, windowsEnding } = await imp('modules/insights/leader-score.js');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const PEOPLE = arg('people', 100_000);
const TIES = arg('ties', 1_000_000);
const RUNS = arg('runs', 3);
const WINDOW = arg('window', 90);
const REGIONS = 10;
const CLUSTER = 500; // people per zip code

let seed = 42;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = (n) => Math.floor(rand() * n);
const pid = (i) => `p${String(i).padStart(8, '0')}`;
const regionOf = (i) => Math.floor(i / CLUSTER) % REGIONS;
const t0 = () => performance.now();
const ms = (t) => (performance.now() - t).toFixed(0);
const day = (d) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
const nearby = (a) => {
  const r = rand();
  if (r < 0.9) return Math.floor(a / CLUSTER) * CLUSTER + pick(CLUSTER);
  if (r < 0.99) return pick(PEOPLE / REGIONS / CLUSTER) * REGIONS * CLUSTER + regionOf(a) * CLUSTER + pick(CLUSTER);
  return pick(PEOPLE);
};

const dir = mkdtempSync(join(os.tmpdir(), 'cg-bench-leaders-'));
const csvRow = (cols, values) => cols.map((c) => values[c] ?? '').join(',') + '\n';
async function writeCsv(file, header, rows) {
  const out = createWriteStream(file);
  out.write(header.join(',') + '\n');
  for (const line of rows) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}
const model = (label) => graphModel.nodes.find((n) => n.label === label) ?? graphModel.relationships.find((r) => r.type === label);
const cols = (label) => Object.keys(model(label).properties);

const ONE_TO_ONES = Math.round(PEOPLE * 0.3);
const HOUSE_MEETINGS = Math.round(PEOPLE * 0.02);
const TRAININGS = Math.max(1, Math.round(PEOPLE / 2000));
const EVENTS = Math.max(1, Math.round(PEOPLE / 1000));
const ATTENDANCES = Math.round(PEOPLE * 0.1);
console.log(`Leader-scoring benchmark: ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties, ${ONE_TO_ONES.toLocaleString()} one-to-ones, ` +
  `${HOUSE_MEETINGS.toLocaleString()} house meetings, ${TRAININGS} trainings, ${EVENTS} events with ${ATTENDANCES.toLocaleString()} attendances (half brought by someone)`);
let t = t0();
await writeCsv(join(dir, 'regions.csv'), cols('Region'), (function* () {
  for (let r = 0; r < REGIONS; r++) yield csvRow(cols('Region'), { id: `r${r}`, name: `Region ${r}` });
})());
const personCols = cols('Person');
await writeCsv(join(dir, 'people.csv'), personCols, (function* () {
  for (let i = 0; i < PEOPLE; i++) {
    yield csvRow(personCols, { id: pid(i), name: `Person ${i}`, sortKey: `person ${i}`, region: `r${regionOf(i)}`, zip: String(10000 + Math.floor(i / CLUSTER)).slice(0, 5),
      kinds: rand() < 0.05 ? '[LEADER]' : '[MEMBER]', emails: '[]', phones: '[]', tags: '[]', assignees: '[]', version: 1 });
  }
})());
const knowsCols = ['from', 'to', ...cols('KNOWS')];
await writeCsv(join(dir, 'knows.csv'), knowsCols, (function* () {
  const seen = new Set();
  let n = 0;
  while (n < TIES) {
    const a = pick(PEOPLE);
    const b = nearby(a);
    if (b >= PEOPLE || a === b) continue;
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = x * PEOPLE + y;
    if (seen.has(key)) continue;
    seen.add(key);
    n++;
    const last = pick(720);
    yield csvRow(knowsCols, { from: pid(x), to: pid(y), strength: 1 + pick(5), since: day(pick(3 * 365)), createdAt: '2024-01-01T00:00:00.000Z', lastContact: rand() < 0.7 ? day(last) : '', interactions: 0 });
  }
})());
// Interactions: one-to-ones and house meetings (hosted), trainings; dated over the last 180 days.
const interactionCols = cols('Interaction');
const participatedCols = ['from', 'to', ...cols('PARTICIPATED')];
const participated = [];
await writeCsv(join(dir, 'interactions.csv'), interactionCols, (function* () {
  let n = 0;
  const add = (kind, host, guests) => {
    const id = `i${n++}`;
    participated.push(csvRow(participatedCols, { from: pid(host), to: id, host: 'true' }));
    for (const g of guests) participated.push(csvRow(participatedCols, { from: pid(g), to: id, host: 'false' }));
    return csvRow(interactionCols, { id, kind, date: day(pick(180)), region: `r${regionOf(host)}`, version: 1 });
  };
  for (let i = 0; i < ONE_TO_ONES; i++) {
    const host = pick(PEOPLE);
    yield add('ONE_TO_ONE', host, [Math.min(PEOPLE - 1, nearby(host))]);
  }
  for (let i = 0; i < HOUSE_MEETINGS; i++) {
    const host = pick(PEOPLE);
    yield add('HOUSE_MEETING', host, Array.from({ length: 5 }, () => Math.min(PEOPLE - 1, nearby(host))));
  }
  for (let i = 0; i < TRAININGS; i++) {
    const host = pick(PEOPLE);
    yield add('TRAINING', host, Array.from({ length: 20 }, () => Math.min(PEOPLE - 1, nearby(host))));
  }
})());
await writeCsv(join(dir, 'participated.csv'), participatedCols, participated);
participated.length = 0;
const eventCols = cols('Event');
await writeCsv(join(dir, 'events.csv'), eventCols, (function* () {
  for (let e = 0; e < EVENTS; e++) yield csvRow(eventCols, { id: `e${e}`, name: `Event ${e}`, date: day(pick(180)), region: `r${e % REGIONS}`, version: 1 });
})());
const attendedCols = ['from', 'to', ...cols('ATTENDED')];
await writeCsv(join(dir, 'attended.csv'), attendedCols, (function* () {
  const seen = new Set();
  for (let i = 0; i < ATTENDANCES; i++) {
    const e = pick(EVENTS);
    const p = e % REGIONS === 0 ? pick(PEOPLE) : pick(PEOPLE);
    if (seen.has(`${p}|${e}`)) continue;
    seen.add(`${p}|${e}`);
    yield csvRow(attendedCols, { from: pid(p), to: `e${e}`, broughtById: rand() < 0.5 ? pid(Math.min(PEOPLE - 1, nearby(p))) : '' });
  }
})());
console.log(`generated CSV in ${ms(t)} ms (${dir})`);

const store = await openGraphStore(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error' }));
const raw = store.writer.raw; // the embedded engine's one writing connection: bulk COPY FROM goes through it
t = t0();
for (const [table, file] of [['Region', 'regions.csv'], ['Person', 'people.csv'], ['KNOWS', 'knows.csv'], ['Interaction', 'interactions.csv'], ['PARTICIPATED', 'participated.csv'], ['Event', 'events.csv'], ['ATTENDED', 'attended.csv']]) {
  const r = await raw.query(`COPY ${table} FROM '${join(dir, file)}' (HEADER=true)`);
  for (const x of Array.isArray(r) ? r : [r]) {
    await x.getAll();
    x.close();
  }
}
const loadMs = ms(t);
console.log(`bulk load (COPY FROM) in ${loadMs} ms`);

// Roles (a role table group cannot be bulk-copied by name): a co-chair and a gatherer on each of 2 teams per region.
const roles = [];
for (let r = 0; r < REGIONS; r++) for (let k = 0; k < 2; k++) for (const role of ['CO_CHAIR', 'GATHERER']) roles.push({ id: `role-${r}-${k}-${role}`, team: `team-${r}-${k}`, region: `r${r}`, role, personId: pid(r * CLUSTER + pick(CLUSTER)), startDate: day(pick(365)) });
await store.write(cypher('bench.leaders.teams', 'write', `UNWIND $rows AS r MERGE (t:Team {id: r.team}) SET t.name = r.team, t.region = r.region, t.kind = 'ISSUE_ACTION_TEAM'`), { rows: roles });
await store.write(cypher('bench.leaders.roles', 'write', `UNWIND $rows AS r MATCH (p:Person {id: r.personId}), (t:Team {id: r.team}) CREATE (p)-[:HOLDS_ROLE {id: r.id, role: r.role, startDate: r.startDate}]->(t)`), { rows: roles });

const stub = { toPerson: (_v, r) => ({ ...r, regionId: r.region }), toOrganization: (_v, o) => o };
const repo = new InsightsRepository(store);
const insights = new InsightsService(repo, stub, stub, { board: async () => ({ slots: [], partnersWithoutConnector: [], gaps: [] }) }, { list: async () => [] });
const national = { accountId: 'bench', role: 'STAFF', regions: [], allRegions: true };
const oneRegion = { accountId: 'bench', role: 'LEADER', regions: ['r0'], allRegions: false };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
async function time(label, f) {
  const runs = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const s = t0();
    last = await f();
    runs.push(performance.now() - s);
  }
  console.log(`  ${label.padEnd(58)} median ${median(runs)} ms  (runs: ${runs.map((x) => x.toFixed(0)).join(', ')})`);
  return last;
}

const heapBefore = process.memoryUsage().heapUsed;
console.log(`emergingLeaders, window ${WINDOW} days vs the ${WINDOW} before, top 25, ${RUNS} runs each:`);
const nat = await time('national viewer (all regions), whole query', () => insights.emergingLeaders(national, { windowDays: WINDOW, limit: 25 }));
await time('one region (r0), whole query', () => insights.emergingLeaders(oneRegion, { windowDays: WINDOW, limit: 25 }));
console.log(`  → ${nat.peopleScored.toLocaleString()} people scored nationally; top rise ${nat.leaders[0]?.rise} (score ${nat.leaders[0]?.score})`);
const heapPeak = process.memoryUsage().heapUsed;

console.log('phases, national viewer (one run each):');
const scope = { allRegions: true, regions: [] };
const w = windowsEnding(new Date().toISOString().slice(0, 10), WINDOW);
let s = t0();
const ties = await repo.ties(scope);
console.log(`  read ties (${ties.length.toLocaleString()})`.padEnd(60) + ` ${ms(s)} ms`);
s = t0();
const [interactions, brought, roleRows, people] = await Promise.all([repo.interactions(scope, w.previousFrom, w.to), repo.brought(scope, w.previousFrom, w.to), repo.roles(scope), repo.people(scope)]);
console.log(`  read interactions ${interactions.length.toLocaleString()}, brought ${brought.length.toLocaleString()}, roles ${roleRows.length}, people ${people.length.toLocaleString()}`.padEnd(60) + ` ${ms(s)} ms`);
s = t0();
const dated = ties.map((x) => ({ a: x.a, b: x.b, start: tieStart(x) }));
const graph = peopleGraph(dated);
console.log(`  build graphology graph (${graph.order.toLocaleString()} nodes, ${graph.size.toLocaleString()} edges)`.padEnd(60) + ` ${ms(s)} ms`);
s = t0();
const community = communities(graph);
console.log(`  Louvain communities (${new Set(community.values()).size.toLocaleString()})`.padEnd(60) + ` ${ms(s)} ms`);
s = t0();
const bridging = bridgingEvidence(dated, community);
const scored = scoreLeaders([...bridging, ...dated.flatMap((x) => [{ personId: x.a, signal: 'NEW_TIES', date: x.start }, { personId: x.b, signal: 'NEW_TIES', date: x.start }])], w);
console.log(`  bridging evidence + scoring (${scored.length.toLocaleString()} people)`.padEnd(60) + ` ${ms(s)} ms`);

console.log(`networkGaps, cold after 90 days, ${RUNS} runs each:`);
await time('one region (r0): cold ties, clusters, betweenness if ≤ 1,000', () => insights.networkGaps(oneRegion, { coldAfterDays: 90 }));
const gaps = await time('national viewer', () => insights.networkGaps(national, { coldAfterDays: 90 }));
console.log(`  → ${gaps.coldTieCount.toLocaleString()} cold ties, ${gaps.clusters.length} largest clusters shown (largest ${gaps.clusters[0]?.size.toLocaleString()} people)`);

const cpus = os.cpus();
console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`);
console.log(`data: ${PEOPLE.toLocaleString()} people in ${REGIONS} regions (zip codes of ${CLUSTER}), ${TIES.toLocaleString()} ties; load ${loadMs} ms; ` +
  `heap during scoring ${(heapPeak / 2 ** 20).toFixed(0)} MiB (from ${(heapBefore / 2 ** 20).toFixed(0)} MiB)`);
await store.close();
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
