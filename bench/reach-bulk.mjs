#!/usr/bin/env node
/**
 * Reach index after a bulk import: the time of ReachIndex.putPeople + addKnows (what a people file and a ties
 * file of the bulk import now call) against reload() (what they called before: every person and tie read from
 * the store again), on the same data.
 *
 * Generates a coalition with bench/generate.mjs (or reuses one: --data DIR, e.g. the 1M / 10M data kept at
 * /tmp/scale-bench-1m; see bench/reach.mjs), then:
 *   1. reload(): the index read from the store (COPY TO export), as after an import before;
 *   2. the import's case: an index of an empty store, given every person with putPeople (as the people file's
 *      import does), then every tie of the data with one addKnows (as the ties file's import does: ends as
 *      indexes into the people, strings by number, strengths 0-5); it checks it ends with as many records and
 *      ties as the reload;
 *   3. a further --extra new ties (random pairs) added with addKnows onto the loaded index (a ties file
 *      imported into a network that already has ties).
 *
 *   npm run build -w server && node bench/reach-bulk.mjs --data /tmp/scale-bench-1m
 *   options: --people N (1000000) --ties N (10000000) --extra N (1000000) --layout local|uniform (local)
 *            --data DIR (keep the data there and reuse it next time)
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, rng } from './generate.mjs';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
await import('reflect-metadata');
const { ReachIndex } = await imp('modules/reach/reach-index.js');
const { loadConfig } = await imp('config/app-config.js');
const { openGraphStore } = await imp('graph/open-store.js');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const PEOPLE = Number(arg('people', 1_000_000));
const TIES = Number(arg('ties', 10_000_000));
const EXTRA = Number(arg('extra', 1_000_000));
const LAYOUT = arg('layout', 'local');
const DATA = arg('data', null);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const timed = async (work) => {
  const t = performance.now();
  const out = await work();
  return [performance.now() - t, out];
};
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;

console.log(`Reach index bulk add benchmark: ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties (+${EXTRA.toLocaleString()} extra), layout ${LAYOUT}`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${mib(os.totalmem())} RAM, node ${process.version}; load average ${load()}`);

const dir = DATA ?? mkdtempSync(join(os.tmpdir(), 'cg-bench-reachbulk-'));
mkdirSync(dir, { recursive: true });
const { store, figures } = await generate({ dir, people: PEOPLE, ties: TIES, layout: LAYOUT, team: 100, activity: true, imp });
console.log(figures.reused ? `data reused from ${dir}` : `generated and loaded in ${figures.generateMs + figures.loadMs} ms (${dir})`);

// 1. A reload: everything read from the store.
const full = new ReachIndex(store);
const [reloadMs] = await timed(() => full.reload());
const fullStats = full.stats();
console.log(`reload(): ${s(reloadMs)} for ${fullStats.nodes.toLocaleString()} records, ${fullStats.edges.toLocaleString()} ties and affiliations (load average ${load()})`);

// The data's people and KNOWS ties, as the import holds them (people numbered, strings by number).
const snap = full.knowsTies();
const people = [];
const number = new Int32Array(snap.n).fill(-1);
for (let i = 0; i < snap.n; i++) {
  if (!snap.person[i]) continue;
  const info = full.info(snap.ids[i]);
  number[i] = people.length;
  people.push({ id: snap.ids[i], region: info.region, kinds: snap.leader[i] ? ['LEADER'] : ['ALLY'], name: info.name });
}
const ids = people.map((p) => p.id);
const strings = [null, 'neighbors', 'coworkers', 'same church', '2020-05-01', '2023-01-15', '2024-03-01', '2024-06-30'];
const tieColumns = (count, endA, endB) => {
  const t = { count, ids, a: new Int32Array(count), b: new Int32Array(count), strength: new Int8Array(count), strings, context: new Int32Array(count), since: new Int32Array(count), lastContact: new Int32Array(count), createdAt: new Date().toISOString() };
  for (let k = 0; k < count; k++) {
    t.a[k] = endA(k);
    t.b[k] = endB(k);
    t.strength[k] = k % 6;
    t.context[k] = k % 4;
    t.since[k] = k % 3 ? 0 : 4 + (k % 2);
    t.lastContact[k] = k % 5 ? 0 : 6 + (k % 2);
  }
  return t;
};
const ties = tieColumns(snap.count, (k) => number[snap.a[k]], (k) => number[snap.b[k]]);

// 2. The import's case: people given with putPeople, then every tie with one addKnows.
const emptyDir = mkdtempSync(join(os.tmpdir(), 'cg-bench-reachbulk-empty-'));
const empty = await openGraphStore(loadConfig({ DATA_DIR: emptyDir, LOG_LEVEL: 'error' }));
const kept = new ReachIndex(empty);
await kept.reload();
const [putMs] = await timed(() => kept.putPeople(people));
const before = process.memoryUsage();
const [addMs] = await timed(() => kept.addKnows(ties));
const after = process.memoryUsage();
const keptStats = kept.stats();
const knowsInData = snap.count;
console.log(`putPeople(${people.length.toLocaleString()} people): ${s(putMs)}; addKnows(${ties.count.toLocaleString()} ties) onto them: ${s(addMs)} ` +
  `(${keptStats.nodes.toLocaleString()} records, ${keptStats.edges.toLocaleString()} ties; RSS +${mib(after.rss - before.rss)}) (load average ${load()})`);
if (keptStats.edges !== knowsInData) throw new Error(`addKnows left ${keptStats.edges} ties, the data has ${knowsInData} KNOWS ties`);
const persons = people.length;
if (keptStats.nodes !== persons) throw new Error(`putPeople left ${keptStats.nodes} records, the data has ${persons} people`);

// 3. More new ties onto the loaded index (its base already holds the data's ties and affiliations).
const { pick } = rng(5);
const extra = tieColumns(EXTRA, () => pick(persons), () => pick(persons));
for (let k = 0; k < EXTRA; k++) if (extra.a[k] === extra.b[k]) extra.b[k] = (extra.b[k] + 1) % persons;
const [extraMs] = await timed(() => full.addKnows(extra));
console.log(`addKnows(${EXTRA.toLocaleString()} more ties) onto the loaded index of ${fullStats.edges.toLocaleString()}: ${s(extraMs)} ` +
  `(now ${full.stats().edges.toLocaleString()} ties) (load average ${load()})`);
console.log(`=> after a ties file: addKnows ${s(addMs)} instead of reload() ${s(reloadMs)}; after a people file: putPeople ${s(putMs)}`);

await empty.close();
rmSync(emptyDir, { recursive: true, force: true });
await store.close();
if (!DATA) rmSync(dir, { recursive: true, force: true });
