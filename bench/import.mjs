#!/usr/bin/env node
/**
 * Import benchmark: generates a CSV of N people (name, two emails, phone, zip, tags, notes; 1% bad rows), imports
 * it through the import path (parse, validate with the forms' rules, match, batched UNWIND writes with history)
 * into a temporary data folder, then imports it again (everything matched, nothing written), and prints rows/s.
 *
 *   npm run build -w server && node bench/import.mjs --people 100000 [--batch 500] [--keep]
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

const { values } = parseArgs({ options: { people: { type: 'string', default: '100000' }, batch: { type: 'string', default: '500' }, keep: { type: 'boolean' } } });
const N = Number(values.people);
const dir = mkdtempSync(join(os.tmpdir(), 'cg-bench-import-'));
const admin = { accountId: 'bench', role: 'ADMIN', regions: [], allRegions: true };

let csv = 'Name,Email,Phone,Zip,Tags,Notes\n';
for (let i = 0; i < N; i++) {
  const zip = i % 100 === 99 ? '123' : String(60600 + (i % 100));
  csv += `Person ${i},p${i}@example.org; p${i}.alt@example.org,(312) 555-${String(i % 10000).padStart(4, '0')},${zip},"member, bench","Imported, row ${i}"\n`;
}
console.log(`${N} people, CSV ${(csv.length / 1024 / 1024).toFixed(1)} MB, batches of ${values.batch}, on ${os.cpus().length} cores`);

const store = await openGraphStore(loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false' }));
try {
  const regions = new RegionsService(new RegionsRepository(store));
  const region = await regions.create(admin, 'Bench Region');
  const imports = new ImportService(store, regions);
  imports.batchSize = Number(values.batch);
  for (const label of ['first import', 'same file again']) {
    const t0 = performance.now();
    const { done } = await imports.start(admin, csv, { kind: 'people', dryRun: false, defaultRegion: region.id });
    const job = await done;
    const s = (performance.now() - t0) / 1000;
    console.log(`${label}: ${s.toFixed(1)} s, ${Math.round(N / s)} rows/s — ${job.created} created, ${job.updated} updated, ${job.unchanged} unchanged, ${job.skipped} skipped (${job.status})`);
  }
  console.log(`heap used ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
} finally {
  await store.close();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`data kept in ${dir}`);
}
