#!/usr/bin/env node
/**
 * CSV reader micro-benchmark: times the two streaming readers alone, without the engine, on generated files
 * in a temporary folder — readCsv (user files) over a people file held in memory in 1 MB chunks, and
 * eachCsvRow (the engine's COPY TO output) over a ties-like file on disk. Prints the best of --runs, with rows/s,
 * data sizes, machine and load; also the process's CPU time (user + system, all threads, GC helpers too), which
 * another program on the machine disturbs less than wall time.
 *
 *   npm run build -w server && node --max-semi-space-size=64 bench/csv.mjs [--lines 3000000] [--runs 5] [--dist server/dist]
 *   (--dist: another build to time, e.g. a copy of server/dist from before a change, for an A/B comparison)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeLines } from './generate.mjs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const { values } = parseArgs({
  options: { lines: { type: 'string', default: '3000000' }, runs: { type: 'string', default: '5' }, dist: { type: 'string' } },
});
const LINES = Number(values.lines);
const RUNS = Number(values.runs);
const dist = values.dist ? resolve(values.dist) : fileURLToPath(new URL('../server/dist/', import.meta.url));
const { readCsv } = await import(join(dist, 'modules/import/bulk-csv.js'));
const { eachCsvRow } = await import(join(dist, 'modules/reach/reach-export.js'));

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const cpus = os.cpus();
console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, Node ${process.version}; build ${dist}`);
console.log(`load average at start: ${load()}`);

const dir = mkdtempSync(join(os.tmpdir(), 'cg-bench-csv-'));
const day = (d) => new Date(Date.UTC(2025, 0, 1) - d * 86_400_000).toISOString().slice(0, 10);

try {
  // A user's people file, as bench/import.mjs writes it.
  const peopleFile = join(dir, 'people.csv');
  const peopleBytes = await writeLines(peopleFile, (function* () {
    yield 'Name,Email,Phone,Zip,Tags,Notes';
    for (let i = 0; i < LINES; i++) {
      yield `Person ${i},p${i}@example.org; p${i}.alt@example.org,(312) 555-${String(i % 10000).padStart(4, '0')},${10000 + (i % 900)},"member, bench","Imported, row ${i}"`;
    }
  })());
  // An engine export like knows.csv: quoted ids and texts, numbers, empty unquoted (null) and quoted empty fields.
  const tiesFile = join(dir, 'ties.csv');
  const tiesBytes = await writeLines(tiesFile, (function* () {
    for (let i = 0; i < LINES; i++) {
      yield `"p-${i}-0f3c9a2e","p-${(i * 7919) % LINES}-77aa01bc",${1 + (i % 5)},${(i % 97) / 97},${i % 3 ? '' : day(i % 720)},"${i % 4 ? 'neighbors' : ''}",${day(365 + (i % 3650))},,${day(i % 400)}`;
    }
  })());
  console.log(`generated ${LINES.toLocaleString('en-US')} people lines (${mb(peopleBytes)}) and ${LINES.toLocaleString('en-US')} export lines (${mb(tiesBytes)})`);

  const text = readFileSync(peopleFile, 'utf8');
  const chunks = [];
  for (let i = 0; i < text.length; i += 1 << 20) chunks.push(text.slice(i, i + (1 << 20)));
  const memory = { name: 'bench', size: async () => peopleBytes, async *chunks() { yield* chunks; } };

  const best = { readCsv: Infinity, eachCsvRow: Infinity };
  const bestCpu = { readCsv: Infinity, eachCsvRow: Infinity };
  const cpu = (since) => {
    const u = process.cpuUsage(since);
    return (u.user + u.system) / 1000;
  };
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    let c = process.cpuUsage();
    let cells = 0;
    await readCsv(memory, () => undefined, (rows) => {
      for (const r of rows) cells += r.cells.length;
    });
    const a = performance.now() - t;
    const aCpu = cpu(c);
    if (cells !== LINES * 6) throw new Error(`readCsv gave ${cells} cells`);
    t = performance.now();
    c = process.cpuUsage();
    let nulls = 0;
    let rows = 0;
    await eachCsvRow(tiesFile, (f) => {
      rows++;
      if (f[7] === null) nulls++;
    });
    const b = performance.now() - t;
    const bCpu = cpu(c);
    if (rows !== LINES || nulls !== LINES) throw new Error(`eachCsvRow gave ${rows} rows, ${nulls} nulls`);
    best.readCsv = Math.min(best.readCsv, a);
    best.eachCsvRow = Math.min(best.eachCsvRow, b);
    bestCpu.readCsv = Math.min(bestCpu.readCsv, aCpu);
    bestCpu.eachCsvRow = Math.min(bestCpu.eachCsvRow, bCpu);
    console.log(`run ${run + 1}: readCsv ${(a / 1000).toFixed(2)} s (CPU ${(aCpu / 1000).toFixed(2)} s), eachCsvRow ${(b / 1000).toFixed(2)} s (CPU ${(bCpu / 1000).toFixed(2)} s); load ${load()}`);
  }
  for (const [name, ms] of Object.entries(best)) {
    console.log(`best ${name}: ${(ms / 1000).toFixed(2)} s, ${Math.round(LINES / (ms / 1000)).toLocaleString('en-US')} rows/s; best CPU time ${(bestCpu[name] / 1000).toFixed(2)} s`);
  }
  console.log(`load average at end: ${load()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
