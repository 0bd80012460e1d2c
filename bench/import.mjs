#!/usr/bin/env node
/**
 * Import benchmark: generates CSV files of people (name, two emails, phone, zip, tags, notes; 1 row in 1,000
 * bad) and of ties between them (both ends by email, strength, context, since, last contact; 1 row in 10,000
 * naming someone unknown), on disk, and imports both through the import path (ImportService.startFile, what
 * `npm run import` calls: streamed, bulk path) into a temporary data folder, with the reach index loaded as
 * the app has it. Prints the time of each phase, rows/s, data sizes, machine and load; then imports the
 * people file again and shows that nothing new is created.
 *
 * The floor: the engine's bare COPY FROM of the same people and ties (the ones the import created), from staging
 * files already in the engine's format and order, with no reading of a user's file, no checks and no matching,
 * into a fresh database, in the same run. It prints the ratio of the full import to that floor, the CPU time of
 * both, and the process's peak RSS during the import (the floor comes after it, in a fresh database).
 *
 *   npm run build -w server && node --max-semi-space-size=64 bench/import.mjs [--people 1000000] [--ties 10000000] [--rows-path 20000] [--no-floor] [--no-reach] [--floor-only [--floor-entry]] [--keep]
 *   (--max-semi-space-size=64, as `npm run import` uses: the young generation holds a batch of rows, which halves
 *   the time spent parsing and checking 10M rows)
 *   --rows-path N: also time the rows path (per-row history, batches of 500) on the first N people, for comparison.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { writeLines } from './generate.mjs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
await import('reflect-metadata');
const { loadConfig } = await imp('config/app-config.js');
const { openGraphStore } = await imp('graph/open-store.js');
const { RegionsService } = await imp('modules/regions/regions.service.js');
const { RegionsRepository } = await imp('modules/regions/regions.repository.js');
const { ImportService } = await imp('modules/import/import.service.js');
const { ReachIndex } = await imp('modules/reach/reach-index.js');
const { BulkQueries: B, PERSON_COLUMNS, STAGING_DIR, STAGING_FILES } = await imp('modules/import/bulk.queries.js');
const { recordLine } = await imp('modules/import/staged-lines.js');
const { csvText } = await imp('modules/import/bulk-csv.js');

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000000' }, ties: { type: 'string', default: '10000000' },
    'rows-path': { type: 'string', default: '0' }, keep: { type: 'boolean' }, 'no-floor': { type: 'boolean' }, 'no-reach': { type: 'boolean' }, 'floor-only': { type: 'boolean' }, 'floor-entry': { type: 'boolean' },
  },
});
const PEOPLE = Number(values.people);
const TIES = Number(values.ties);
const CLUSTER = 500; // people per zip code
const dir = mkdtempSync(join(os.tmpdir(), 'cg-bench-import-'));
const admin = { accountId: 'bench', role: 'ADMIN', regions: [], allRegions: true };
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

let seed = 7;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = (n) => Math.floor(rand() * n);
const day = (d) => new Date(Date.UTC(2025, 0, 1) - d * 86_400_000).toISOString().slice(0, 10);

/** A CSV file: the header line, then the lines. */
const writeFile = (file, header, lines) => writeLines(file, (function* () {
  yield header;
  yield* lines;
})());

const contexts = ['neighbors', 'coworkers', 'same congregation', 'union local', 'school parents', 'tenant association'];
const cpus = os.cpus();
console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`);
console.log(`load average at start: ${load()}`);

let t = performance.now();
const peopleFile = join(dir, 'people.csv');
const peopleBytes = await writeFile(peopleFile, 'Name,Email,Phone,Zip,Tags,Notes', (function* () {
  for (let i = 0; i < PEOPLE; i++) {
    const zip = i % 1000 === 999 ? '123' : String(10000 + Math.floor(i / CLUSTER)).slice(0, 5);
    yield `Person ${i},p${i}@example.org; p${i}.alt@example.org,(312) 555-${String(i % 10000).padStart(4, '0')},${zip},"member, bench","Imported, row ${i}"`;
  }
})());
/** The ties as generated (for the floor's staging files): the ends' numbers and values; -1 for a row naming someone unknown. */
const gen = { n: 0, a: new Int32Array(TIES), b: new Int32Array(TIES), strength: new Int8Array(TIES), context: new Int8Array(TIES), since: new Int32Array(TIES), last: new Int32Array(TIES) };
const tiesFile = join(dir, 'ties.csv');
const tiesBytes = await writeFile(tiesFile, 'Email 1,Email 2,Strength,Context,Since,Last contact', (function* () {
  const seen = new Set();
  let n = 0;
  while (n < TIES) {
    const a = pick(PEOPLE);
    const r = rand();
    // Mostly the same zip code, some the next ones, a few anywhere.
    const b = r < 0.8 ? Math.floor(a / CLUSTER) * CLUSTER + pick(CLUSTER) : r < 0.97 ? a + pick(3 * CLUSTER) - 1.5 * CLUSTER | 0 : pick(PEOPLE);
    if (b < 0 || b >= PEOPLE || a === b || a % 1000 === 999 || b % 1000 === 999) continue;
    const key = a < b ? a * PEOPLE + b : b * PEOPLE + a;
    if (seen.has(key)) continue;
    seen.add(key);
    n++;
    const unknown = n % 10_000 === 0;
    const [strength, context, since, last] = [1 + pick(5), pick(contexts.length), 365 + pick(3650), pick(720)];
    gen.n = n;
    gen.a[n - 1] = unknown ? -1 : Math.min(a, b);
    gen.b[n - 1] = Math.max(a, b);
    gen.strength[n - 1] = strength;
    gen.context[n - 1] = context;
    gen.since[n - 1] = since;
    gen.last[n - 1] = last;
    yield `p${a}@example.org,${unknown ? `nobody${n}@example.org` : `p${b}@example.org`},${strength},${contexts[context]},${day(since)},${day(last)}`;
  }
})());
console.log(`generated ${PEOPLE.toLocaleString('en-US')} people (${mb(peopleBytes)}) and ${TIES.toLocaleString('en-US')} ties (${mb(tiesBytes)}) in ${s(performance.now() - t)}`);

const peakRss = () => mb(process.resourceUsage().maxRSS * 1024);
let full;
const store = await openGraphStore(loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'error' }));
try {
  const regions = new RegionsService(new RegionsRepository(store));
  const region = await regions.create(admin, 'Bench Region');
  // The app has its index loaded, and an import must keep it in step (--no-reach: without it, to see its share).
  const reach = values['no-reach'] ? null : new ReachIndex(store);
  await reach?.reload();
  const imports = new ImportService(store, regions);
  const phases = (j) => Object.entries(j.phases).map(([k, v]) => `${k} ${s(v)}`).join(', ');
  const run = async (label, file, kind, mapping) => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const started = await imports.startFile(admin, file, { kind, dryRun: false, defaultRegion: region.id, mapping: mapping && JSON.stringify(mapping) });
    // Memory by step (reading and checking rows, writing, updating the reach index), sampled while it runs.
    const peaks = {};
    const sample = () => {
      const m = process.memoryUsage();
      const step = started.job.step ?? 'rows';
      const p = (peaks[step] ??= { rss: 0, heap: 0, arrays: 0 });
      if (m.rss > p.rss) Object.assign(p, { rss: m.rss, heap: m.heapUsed, arrays: m.arrayBuffers });
    };
    const sampler = setInterval(sample, 100);
    const job = await started.done.finally(() => clearInterval(sampler));
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (job.status !== 'done') throw new Error(`${label}: ${job.error}`);
    console.log(`${label}: ${s(ms)}, ${Math.round(job.total / (ms / 1000)).toLocaleString('en-US')} rows/s (${job.path ?? 'rows'} path) — ${job.created} created, ${job.updated} updated, ${job.unchanged} unchanged, ${job.skipped} skipped`);
    if (job.phases) console.log(`  phases: ${phases(job)}${job.readOn ? ` (read on the ${job.readOn}${job.stagedOn ? `, half staged on the ${job.stagedOn}` : ''})` : ''}; load ${load()}; heap ${mb(process.memoryUsage().heapUsed)}, RSS ${mb(process.memoryUsage().rss)}`);
    console.log(`  memory by step (peak RSS, with the JS heap and array buffers then): ${Object.entries(peaks).map(([k, p]) => `${k} ${mb(p.rss)} (heap ${mb(p.heap)}, arrays ${mb(p.arrays)})`).join('; ')}`);
    // CPU time of the whole process (JavaScript and the engine's threads): less swayed by others' load than the clock.
    console.log(`  CPU time: ${s((cpu.user + cpu.system) / 1000)} (user ${s(cpu.user / 1000)}, system ${s(cpu.system / 1000)}) over ${s(ms)} of clock`);
    return { job, ms, cpu: (cpu.user + cpu.system) / 1000 };
  };
  if (!values['floor-only']) {
    const p = await run(`people (${PEOPLE.toLocaleString('en-US')} rows, ${mb(peopleBytes)})`, peopleFile, 'people');
    const k = await run(`ties (${TIES.toLocaleString('en-US')} rows, ${mb(tiesBytes)})`, tiesFile, 'ties', {
      'Email 1': 'personEmail', 'Email 2': 'otherEmail', Strength: 'strength', Context: 'context', Since: 'since', 'Last contact': 'lastContact',
    });
    const stats = reach?.stats();
    if (stats) console.log(`reach index after the imports: ${stats.nodes.toLocaleString('en-US')} nodes, ${stats.edges.toLocaleString('en-US')} ties`);
    console.log(`TOTAL people + ties: ${s(p.ms + k.ms)}, CPU ${s(p.cpu + k.cpu)}; peak RSS of the process so far ${peakRss()}`);
    full = { ms: p.ms + k.ms, cpu: p.cpu + k.cpu, people: p, ties: k, rss: peakRss() };
    const again = await run('people file again', peopleFile, 'people');
    console.log(`  → ${again.job.created === 0 ? 'nothing new created' : `${again.job.created} CREATED (should be 0)`}`);
    if (Number(values['rows-path']) > 0) {
      const n = Number(values['rows-path']);
      const small = join(dir, 'people-small.csv');
      await writeFile(small, 'Name,Email,Phone,Zip,Tags,Notes', (function* () {
        for (let i = 0; i < n; i++) yield `Small ${i},s${i}@example.org,(312) 555-${String(i % 10000).padStart(4, '0')},60614,member,`;
      })());
      imports.bulkThreshold = n + 1;
      await run(`rows path, ${n.toLocaleString('en-US')} new people`, small, 'people');
    }
  }
} finally {
  await store.close();
}
try {
  if (!values['no-floor']) await floor(full);
  console.log(`load average at end: ${load()}`);
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`data kept in ${dir}`);
}

/**
 * The engine's bare COPY of the same people and ties into a fresh database: the statements the import's own
 * write uses (COPY Person, COPY KNOWS from two files), from staging files written beforehand (not timed) in
 * the order the import writes them (each tie under the smaller id, grouped by that person).
 */
async function floor(full) {
  const floorDir = join(dir, 'floor');
  mkdirSync(floorDir);
  mkdirSync(STAGING_DIR, { recursive: true });
  const at = new Date().toISOString();
  const importId = '00000000-0000-4000-8000-000000000000';
  const idOf = (i) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  const valid = (i) => i % 1000 !== 999;
  let people = 0;
  await writeFile(STAGING_FILES.people, ['id', ...PERSON_COLUMNS.slice(1)].join(','), (function* () {
    for (let i = 0; i < PEOPLE; i++) {
      if (!valid(i)) continue;
      people++;
      const name = `Person ${i}`;
      const zip = String(10000 + Math.floor(i / CLUSTER)).slice(0, 5);
      const emails = [`p${i}@example.org`, `p${i}.alt@example.org`];
      const phone = `(312) 555-${String(i % 10000).padStart(4, '0')}`;
      yield recordLine('people', {
        id: idOf(i), name, sortKey: name.toLowerCase(), searchPublic: `${name} ${zip}`.toLowerCase(), searchContact: [...emails, phone].join(' '),
        emails, phones: [phone], zip, region: 'bench-region', kinds: [], tags: ['member', 'bench'], notes: `Imported, row ${i}`, assignees: [],
      }, at, 'bench', importId);
    }
  })());
  // Counting sort by the first end (the smaller number, and so the smaller id).
  const starts = new Int32Array(PEOPLE + 1);
  for (let n = 0; n < gen.n; n++) if (gen.a[n] >= 0) starts[gen.a[n] + 1]++;
  for (let i = 0; i < PEOPLE; i++) starts[i + 1] += starts[i];
  const ties = starts[PEOPLE];
  const order = new Int32Array(ties);
  for (let n = 0; n < gen.n; n++) if (gen.a[n] >= 0) order[starts[gen.a[n]]++] = n;
  const tieLine = (n) => `${csvText(idOf(gen.a[n]))},${csvText(idOf(gen.b[n]))},${gen.strength[n]},${csvText(contexts[gen.context[n]])},${csvText(day(gen.since[n]))},${csvText(day(gen.last[n]))}`;
  const half = ties - (ties >> 1);
  await writeLines(STAGING_FILES.knows, (function* () { for (let k = 0; k < half; k++) yield tieLine(order[k]); })());
  await writeLines(STAGING_FILES.knows2, (function* () { for (let k = half; k < ties; k++) yield tieLine(order[k]); })());

  const rssBefore = process.memoryUsage().rss;
  const floorStore = await openGraphStore(loadConfig({ DATA_DIR: floorDir, DEMO_DATA: 'false', LOG_LEVEL: 'error' }));
  try {
    const timed = async (work) => {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      await work();
      const cpu = process.cpuUsage(cpu0);
      return { ms: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
    };
    const fp = await timed(() => floorStore.transaction((tx) => tx.run(B.copyPeople)));
    console.log(`floor, COPY of ${people.toLocaleString('en-US')} people: ${s(fp.ms)}, CPU ${s(fp.cpu)}; load ${load()}`);
    const rssPeople = process.memoryUsage().rss;
    // --floor-entry: with a job's history entry written first in the same transaction, as the import writes it.
    const entry = { id: importId, now: at, accountId: 'bench', jobId: importId, summary: 'Ties imported (floor)', details: '[]' };
    const ft = await timed(() => floorStore.transaction(async (tx) => {
      if (values['floor-entry']) await tx.run(B.jobChange, entry);
      await tx.run(B.copyKnowsHalves, { now: at, importId });
    }));
    console.log(`floor, COPY of ${ties.toLocaleString('en-US')} ties${values['floor-entry'] ? ' (after a history entry in its transaction)' : ''}: ${s(ft.ms)}, CPU ${s(ft.cpu)}; load ${load()}; RSS ${mb(rssPeople)} → ${mb(process.memoryUsage().rss)}, peak of the process ${peakRss()}`);
    const [counted] = await floorStore.read(B.recordCounts);
    if (Number(counted?.people) !== people) throw new Error(`floor: ${counted?.people} people in the database, ${people} copied`);
    console.log(`floor: RSS ${mb(rssBefore)} before its database opened, ${mb(process.memoryUsage().rss)} after the two COPYs (the engine's share of a bare COPY)`);
    const fms = fp.ms + ft.ms;
    const fcpu = fp.cpu + ft.cpu;
    if (!full) return;
    console.log(`RATIO full import / floor: ${(full.ms / fms).toFixed(2)}x of clock (people ${(full.people.ms / fp.ms).toFixed(2)}x, ties ${(full.ties.ms / ft.ms).toFixed(2)}x), ${(full.cpu / fcpu).toFixed(2)}x of CPU (full ${s(full.ms)} / CPU ${s(full.cpu)}; floor ${s(fms)} / CPU ${s(fcpu)}); peak RSS during the import ${full.rss} (target: ≤ 4x, ≤ 4 GB)`);
  } finally {
    await floorStore.close();
    rmSync(STAGING_DIR, { recursive: true, force: true });
  }
}
