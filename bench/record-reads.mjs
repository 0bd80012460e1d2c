#!/usr/bin/env node
/**
 * The engine reads behind the person page, one by one, on the embedded engine: CPU (all threads of this process:
 * the engine's too) and wall time per read, for each read as the app sends it now and as it was sent before
 * (the main branch's texts, declared here under `before.` names), interleaved in rounds. A read
 * that gives other rows than its before text is reported (the rewrite must answer the same).
 *
 *   npm run build -w server && node bench/record-reads.mjs                 the demo coalition
 *   node bench/record-reads.mjs --people 100000 --ties 1000000 --changes 200000   generated (bench/generate.mjs)
 *   options: --iterations N (200) reads per text per round, --rounds N (3), --data DIR (reuse generated data),
 *            --explain: print each text's plan (LadybugDB EXPLAIN)
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './api.mjs';
import { generate } from './generate.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const PEOPLE = Number(arg('people', 0));
const TIES = Number(arg('ties', PEOPLE * 10));
const CHANGES = Number(arg('changes', PEOPLE * 2));
const ITERATIONS = Number(arg('iterations', 200));
const ROUNDS = Number(arg('rounds', 3));
const DATA = arg('data', null);
const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
const { cypher } = await imp('graph/query.js');
const { loadConfig } = await imp('config/app-config.js');
const { openGraphStore } = await imp('graph/open-store.js');
const { PersonQueries } = await imp('modules/people/people.queries.js');
const { TieQueries } = await imp('modules/ties/ties.queries.js');
const { HistoryQueries } = await imp('modules/history/history.queries.js');
const { AccountQueries } = await imp('modules/accounts/accounts.queries.js');

const AFFILIATION_TYPES = 'WORKS_AT|MEMBER_OF|LEADS';
/** The texts as the main branch sends them (before this change). */
const before = {
  'person.byId': `MATCH (p:Person {id: $id}) WHERE ($allRegions OR p.region IN $regions) RETURN p`,
  'tie.knowsOf': `MATCH (p:Person {id: $id})-[k:KNOWS]-(o:Person) WHERE ($allRegions OR o.region IN $regions) RETURN o AS person, k AS tie`,
  'affiliation.ofPerson': `MATCH (p:Person {id: $id})-[r:${AFFILIATION_TYPES}]->(o:Organization) WHERE ($allRegions OR o.region IN $regions)
    RETURN o AS organization, r AS rel, label(r) AS kind ORDER BY o.sortKey`,
  'history.of.Person': `MATCH (c:Change)-[:ABOUT]->(t:Person {id: $id}) RETURN c ORDER BY c.at DESC, c.id DESC LIMIT $limit`,
  'history.importOf.Person': `MATCH (t:Person {id: $id}) MATCH (c:Change) WHERE c.entityType = 'import' AND c.entityId = t.importId RETURN c`,
  'history.tieImportsOf': `MATCH (t:Person {id: $id})-[k:KNOWS]-(:Person) WHERE k.importId IS NOT NULL
     WITH DISTINCT k.importId AS job MATCH (c:Change) WHERE c.entityType = 'import' AND c.entityId = job RETURN c`,
  'history.aboutOf': `UNWIND $ids AS cid MATCH (c:Change {id: cid})-[:ABOUT]->(t) RETURN cid AS id, label(t) AS label, t.region AS region`,
  'account.byIds': `MATCH (a:Account) WHERE a.id IN $ids RETURN a`,
};
const now = {
  'person.byId': PersonQueries.byId,
  'tie.knowsOf': TieQueries.knowsOf,
  'affiliation.ofPerson': TieQueries.affiliationsOfPerson,
  'history.of.Person': HistoryQueries.of.Person,
  // Both import reads became one read of the jobs from the person's key (the entries are read only when there are jobs).
  'history.importOf.Person': HistoryQueries.importJobsOf.Person,
  'history.tieImportsOf': null,
  'history.aboutOf': HistoryQueries.aboutOf,
  'account.byIds': AccountQueries.byIds,
};
const old = Object.fromEntries(Object.entries(before).map(([name, text]) => [name, cypher(`before.${name}`, 'read', text)]));

let dir = DATA;
let store;
let sizeNote;
if (PEOPLE === 0) {
  dir = mkdtempSync(join(os.tmpdir(), 'cg-record-reads-'));
  // The demo coalition as the app writes it at first start (DEMO_DATA), then this process opens the data alone.
  const app = await startServer(dir, { DEMO_DATA: 'true', LEADERS_SCHEDULE_HOURS: '0' }, [], { email: 'leader@demo.example.org', password: 'organize-together' });
  await app.stop();
  store = await openGraphStore(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error' }));
  sizeNote = 'demo coalition';
} else {
  dir ??= mkdtempSync(join(os.tmpdir(), 'cg-record-reads-gen-'));
  ({ store } = await generate({ dir, people: PEOPLE, ties: TIES, imp }));
  // History: generated data has none; CHANGES entries about random people, as many edits would leave.
  const [{ n }] = await store.read(cypher('bench.recordReads.changeCount', 'read', 'MATCH (c:Change) RETURN count(c) AS n'));
  if (Number(n) < CHANGES) {
    const add = cypher('bench.recordReads.addChanges', 'write', `UNWIND $rows AS r MATCH (t:Person {id: r.about})
      CREATE (c:Change {id: r.id, at: r.at, accountId: 'bench-admin', entityType: 'person', entityId: r.about, action: 'updated',
        summary: 'Person changed', summaryMessage: '', details: '[]'})-[:ABOUT]->(t)`, {});
    for (let i = Number(n); i < CHANGES; i += 5000) {
      const rows = [];
      for (let j = i; j < Math.min(CHANGES, i + 5000); j++) {
        rows.push({ id: `bench-change-${j}`, about: `p${String((j * 7919) % PEOPLE).padStart(8, '0')}`, at: new Date(Date.UTC(2025, 0, 1) + j * 1000).toISOString() });
      }
      await store.write(add, { rows });
    }
  }
  sizeNote = `${PEOPLE.toLocaleString('en-US')} people, ${TIES.toLocaleString('en-US')} ties, ${CHANGES.toLocaleString('en-US')} history entries`;
}

try {
  // The person with the most ties (the page that costs most), and the ids its page reads with.
  const [top] = await store.read(cypher('bench.recordReads.top', 'read', 'MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.id AS id, p.region AS region, count(*) AS ties ORDER BY ties DESC, id LIMIT 1'));
  const scope = { allRegions: false, regions: [top.region] };
  const changes = await store.read(now['history.of.Person'], { id: top.id, limit: 20 });
  const params = {
    'person.byId': { ...scope, id: top.id },
    'tie.knowsOf': { ...scope, id: top.id },
    'affiliation.ofPerson': { ...scope, id: top.id },
    'history.of.Person': { id: top.id, limit: 20 },
    'history.importOf.Person': { id: top.id },
    'history.tieImportsOf': { id: top.id },
    'history.aboutOf': { ids: changes.map((r) => r.c.id) },
    'account.byIds': { ids: [...new Set(changes.map((r) => r.c.accountId))] },
  };
  // Each text is given only the parameters it names (the unscoped reads take no region parameters).
  const paramsOf = (q, p) => Object.fromEntries(Object.entries(p).filter(([k]) => new RegExp(`\\$${k}\\b`).test(q.embedded)));
  const rowsText = (rows) => rows.map((r) => JSON.stringify(r)).sort().join('\n');

  if (process.argv.includes('--explain')) {
    for (const name of Object.keys(before)) {
      for (const [which, q] of [['before', old[name]], ['now', now[name]]].filter(([, q]) => q)) {
        const plan = await store.read(cypher(`bench.explain.${which}.${name}`, 'read', `EXPLAIN ${q.embedded}`), paramsOf(q, params[name]));
        console.log(`--- ${name} (${which})\n${plan.map((r) => Object.values(r).join(' ')).join('\n')}`);
      }
    }
  }

  const totals = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of Object.keys(before)) {
      for (const [which, q] of [['before', old[name]], ['now', now[name]]]) {
        if (!q) {
          totals[`${name}\u0000${which}`] ??= { cpu: 0, wall: 0, n: 1, rows: 0 };
          continue;
        }
        const p = paramsOf(q, params[name]);
        await store.read(q, p); // prepared once
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        for (let i = 0; i < ITERATIONS; i++) await store.read(q, p);
        const wall = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0);
        const s = (totals[`${name}\u0000${which}`] ??= { cpu: 0, wall: 0, n: 0, rows: 0 });
        s.cpu += (cpu.user + cpu.system) / 1000;
        s.wall += wall;
        s.n += ITERATIONS;
        s.rows = (await store.read(q, p)).length;
      }
    }
  }
  // The rows each text gives for the viewer (now: unscoped reads filtered as the repository does).
  const inScope = (region) => region != null && scope.regions.includes(region);
  const viewed = {
    'tie.knowsOf': (rows) => rows.filter((r) => inScope(r.person.region)),
    'affiliation.ofPerson': (rows) => rows.filter((r) => inScope(r.organization.region)),
    'history.aboutOf': (rows) => rows.map(({ aboutId: _a, ...r }) => r),
  };
  const differs = [];
  for (const name of Object.keys(before)) {
    if (name.startsWith('history.') && name.includes('mport')) continue;
    const a = await store.read(old[name], paramsOf(old[name], params[name]));
    const b = (viewed[name] ?? ((x) => x))(await store.read(now[name], paramsOf(now[name], params[name])));
    if (rowsText(a) !== rowsText(b)) differs.push(name);
  }
  // The import entries: before, the two reads; now, the jobs, then their entries.
  const importsBefore = [...(await store.read(old['history.importOf.Person'], { id: top.id })), ...(await store.read(old['history.tieImportsOf'], { id: top.id }))];
  const [found] = await store.read(HistoryQueries.importJobsOf.Person, { id: top.id });
  const jobs = [...new Set([found?.importId, ...(found?.jobs ?? [])].filter(Boolean))];
  const importsNow = jobs.length ? await store.read(HistoryQueries.importEntries, { jobs }) : [];
  if (rowsText([...new Map(importsBefore.map((r) => [r.c.id, r])).values()]) !== rowsText(importsNow)) differs.push('import entries');

  console.log(`\nThe person page's engine reads, each ${ITERATIONS} x ${ROUNDS} rounds, before and now interleaved`);
  console.log(`data: ${sizeNote}; person ${top.id} with ${top.ties} ties, ${changes.length} history entries shown; data folder ${execSync(`du -sh ${dir}`).toString().split('\t')[0]}`);
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, node ${process.version}; CPU: this process, all threads (the engine's)\n`);
  console.log('read                        rows before/now   CPU ms before   CPU ms now   now/before   wall ms before   wall ms now');
  let sumBefore = 0;
  let sumNow = 0;
  for (const name of Object.keys(before)) {
    const b = totals[`${name}\u0000before`];
    const n = totals[`${name}\u0000now`];
    sumBefore += b.cpu / b.n;
    sumNow += n.cpu / n.n;
    console.log(
      `${name.padEnd(27)} ${`${b.rows}/${n.rows}`.padStart(15)}   ${(b.cpu / b.n).toFixed(3).padStart(13)}   ${(n.cpu / n.n).toFixed(3).padStart(10)}   ${((n.cpu / n.n) / (b.cpu / b.n)).toFixed(2).padStart(9)}x   ${(b.wall / b.n).toFixed(3).padStart(14)}   ${(n.wall / n.n).toFixed(3).padStart(11)}`,
    );
  }
  console.log(`${'all eight'.padEnd(27)} ${''.padStart(15)}   ${sumBefore.toFixed(3).padStart(13)}   ${sumNow.toFixed(3).padStart(10)}   ${(sumNow / sumBefore).toFixed(2).padStart(9)}x`);
  console.log(differs.length ? `\nDIFFERENT ROWS (before and now, as the viewer sees them): ${differs.join(', ')}` : '\nEvery read gives the viewer the same rows before and now.');
  console.log(`uptime: ${execSync('uptime').toString().trim()}`);
} finally {
  await store.close();
  if (!DATA) rmSync(dir, { recursive: true, force: true });
}
