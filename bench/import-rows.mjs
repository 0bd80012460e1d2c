#!/usr/bin/env node
/**
 * Import benchmark of the rows path (bench/import.mjs times the bulk path: 1M people + 10M ties): generates a CSV of N people (name, two emails, phone, zip, tags, notes; 1% bad rows), imports
 * it through the import path (parse, validate with the forms' rules, match, batched UNWIND writes with history)
 * into a temporary data folder, then imports it again (everything matched, nothing written), and prints rows/s.
 * With --meetings M, then imports M interactions among those people (host and 1-3 participants by email, four
 * kinds, dates in the last 300 days: tie strengths and memberships follow), again, and rolls both imports back.
 *
 *   npm run build -w server && node bench/import-rows.mjs --people 100000 [--meetings 20000] [--batch 500] [--keep]
 */
import { mkdtempSync, rmSync } from 'node:fs';
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

const { values } = parseArgs({ options: { people: { type: 'string', default: '100000' }, meetings: { type: 'string', default: '0' }, batch: { type: 'string', default: '500' }, keep: { type: 'boolean' } } });
const N = Number(values.people);
const dir = mkdtempSync(join(os.tmpdir(), 'cg-bench-import-'));
const admin = { accountId: 'bench', role: 'ADMIN', regions: [], allRegions: true };

let csv = 'Name,Email,Phone,Zip,Tags,Notes\n';
for (let i = 0; i < N; i++) {
  const zip = i % 100 === 99 ? '123' : String(60600 + (i % 100));
  csv += `Person ${i},p${i}@example.org; p${i}.alt@example.org,(312) 555-${String(i % 10000).padStart(4, '0')},${zip},"member, bench","Imported, row ${i}"\n`;
}
console.log(`${N} people, CSV ${(csv.length / 1024 / 1024).toFixed(1)} MB, batches of ${values.batch}, on ${os.cpus().length} cores (${os.cpus()[0]?.model}), load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

const store = await openGraphStore(loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false' }));
try {
  const regions = new RegionsService(new RegionsRepository(store));
  const region = await regions.create(admin, 'Bench Region');
  const imports = new ImportService(store, regions);
  imports.bulkThreshold = Infinity; // the rows path at any size (above 20,000 rows the app would take the bulk path)
  imports.batchSize = Number(values.batch);
  const timed = async (label, kind, text, rows) => {
    const t0 = performance.now();
    const { done } = await imports.start(admin, text, { kind, dryRun: false, defaultRegion: region.id });
    const job = await done;
    const s = (performance.now() - t0) / 1000;
    console.log(`${label}: ${s.toFixed(1)} s, ${Math.round(rows / s)} rows/s — ${job.created} created, ${job.updated} updated, ${job.unchanged} unchanged, ${job.skipped} skipped (${job.status})`);
    return job;
  };
  const rollback = async (label, job) => {
    const t0 = performance.now();
    const r = await imports.rollback(admin, job.id);
    console.log(`roll back ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s — ${r.rollback.removed} removed, ${r.rollback.restored} restored, ${r.rollback.kept.length} kept`);
  };
  const peopleJob = await timed('people, first import', 'people', csv, N);
  await timed('people, same file again', 'people', csv, N);
  const M = Number(values.meetings);
  if (M > 0) {
    const kinds = ['one-to-one', 'house meeting', 'team meeting', 'research action'];
    const good = (i) => (i % 100 === 99 ? i - 1 : i);
    let meetings = 'Date,Kind,Host,Participants,Notes\n';
    for (let i = 0; i < M; i++) {
      const date = new Date(Date.now() - ((i * 7919) % 300) * 86_400_000).toISOString().slice(0, 10);
      const host = good((i * 31) % N);
      const others = Array.from({ length: 1 + (i % 3) }, (_, k) => `p${good((host + 1 + k * 97 + i) % N)}@example.org`);
      meetings += `${date},${kinds[i % 4]},p${host}@example.org,"${others.join('; ')}",Bench meeting ${i}\n`;
    }
    const meetingsJob = await timed('interactions, first import', 'interactions', meetings, M);
    await timed('interactions, same file again', 'interactions', meetings, M);
    await rollback('interactions', meetingsJob);
  }
  await rollback('people', peopleJob);
  console.log(`heap used ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
} finally {
  await store.close();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`data kept in ${dir}`);
}
