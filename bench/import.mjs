#!/usr/bin/env node
/**
 * Import benchmark: generates CSV files of people (name, two emails, phone, zip, tags, notes; 1 row in 1,000
 * bad) and of ties between them (both ends by email, strength, context, since, last contact; 1 row in 10,000
 * naming someone unknown), on disk, and imports both through the import path (ImportService.startFile, what
 * `npm run import` calls: streamed, bulk path) into a temporary data folder, with the reach index loaded as
 * the app has it. Prints the time of each phase, rows/s, data sizes, machine and load; then imports the
 * people file again and shows that nothing new is created.
 *
 *   npm run build -w server && node --max-semi-space-size=64 bench/import.mjs [--people 1000000] [--ties 10000000] [--rows-path 20000] [--keep]
 *   (--max-semi-space-size=64, as `npm run import` uses: the young generation holds a batch of rows, which halves
 *   the time spent parsing and checking 10M rows)
 *   --rows-path N: also time the rows path (per-row history, batches of 500) on the first N people, for comparison.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000000' }, ties: { type: 'string', default: '10000000' },
    'rows-path': { type: 'string', default: '0' }, keep: { type: 'boolean' },
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
const tiesFile = join(dir, 'ties.csv');
const tiesBytes = await writeFile(tiesFile, 'Email 1,Email 2,Strength,Context,Since,Last contact', (function* () {
  const seen = new Set();
  const contexts = ['neighbors', 'coworkers', 'same congregation', 'union local', 'school parents', 'tenant association'];
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
    yield `p${a}@example.org,${unknown ? `nobody${n}@example.org` : `p${b}@example.org`},${1 + pick(5)},${contexts[pick(contexts.length)]},${day(365 + pick(3650))},${day(pick(720))}`;
  }
})());
console.log(`generated ${PEOPLE.toLocaleString('en-US')} people (${mb(peopleBytes)}) and ${TIES.toLocaleString('en-US')} ties (${mb(tiesBytes)}) in ${s(performance.now() - t)}`);

const store = await openGraphStore(loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'error' }));
try {
  const regions = new RegionsService(new RegionsRepository(store));
  const region = await regions.create(admin, 'Bench Region');
  const reach = new ReachIndex(store);
  await reach.reload(); // the app has its index loaded; an import must keep it in step
  const imports = new ImportService(store, regions);
  const phases = (j) => Object.entries(j.phases).map(([k, v]) => `${k} ${s(v)}`).join(', ');
  const run = async (label, file, kind, mapping) => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const { done } = await imports.startFile(admin, file, { kind, dryRun: false, defaultRegion: region.id, mapping: mapping && JSON.stringify(mapping) });
    const job = await done;
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (job.status !== 'done') throw new Error(`${label}: ${job.error}`);
    console.log(`${label}: ${s(ms)}, ${Math.round(job.total / (ms / 1000)).toLocaleString('en-US')} rows/s (${job.path ?? 'rows'} path) — ${job.created} created, ${job.updated} updated, ${job.unchanged} unchanged, ${job.skipped} skipped`);
    if (job.phases) console.log(`  phases: ${phases(job)}${job.readOn ? ` (read on the ${job.readOn}${job.stagedOn ? `, half staged on the ${job.stagedOn}` : ''})` : ''}; load ${load()}; heap ${mb(process.memoryUsage().heapUsed)}, RSS ${mb(process.memoryUsage().rss)}`);
    // CPU time of the whole process (JavaScript and the engine's threads): less swayed by others' load than the clock.
    console.log(`  CPU time: ${s((cpu.user + cpu.system) / 1000)} (user ${s(cpu.user / 1000)}, system ${s(cpu.system / 1000)}) over ${s(ms)} of clock`);
    return { job, ms };
  };
  const p = await run(`people (${PEOPLE.toLocaleString('en-US')} rows, ${mb(peopleBytes)})`, peopleFile, 'people');
  const k = await run(`ties (${TIES.toLocaleString('en-US')} rows, ${mb(tiesBytes)})`, tiesFile, 'ties', {
    'Email 1': 'personEmail', 'Email 2': 'otherEmail', Strength: 'strength', Context: 'context', Since: 'since', 'Last contact': 'lastContact',
  });
  const stats = reach.stats();
  console.log(`reach index after the imports: ${stats.nodes.toLocaleString('en-US')} nodes, ${stats.edges.toLocaleString('en-US')} ties`);
  console.log(`TOTAL people + ties: ${s(p.ms + k.ms)} (target ≤ 120 s)`);
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
  console.log(`load average at end: ${load()}`);
} finally {
  await store.close();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`data kept in ${dir}`);
}
