#!/usr/bin/env node
/**
 * The bulk path with and without street address and custom field columns, side by side in one run: the same N
 * people (name, email, zip) imported into two fresh regions of one database, once as they are and once with
 * Street, City, State and two custom fields (a number and one choice) on every row. Prints each import's time
 * and the ratio, with the data size and the load average. A file with those columns reads the records with five
 * more columns and stages its new records with five more (docs/import.md, "The bulk path").
 *
 * The second import runs against a database that holds the first's N people (it reads and indexes them), so
 * `--street-first` swaps the order to tell that apart from the columns' own cost.
 *
 *   npm run build -w server && node bench/import-street.mjs [--people 50000] [--street-first]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
await import('reflect-metadata');
const { plainToInstance } = await import('class-transformer');
const { loadConfig } = await imp('config/app-config.js');
const { openGraphStore } = await imp('graph/open-store.js');
const { RegionsService } = await imp('modules/regions/regions.service.js');
const { RegionsRepository } = await imp('modules/regions/regions.repository.js');
const { ImportService } = await imp('modules/import/import.service.js');
const { CustomFieldsService } = await imp('modules/custom-fields/custom-fields.service.js');
const { CustomFieldsRepository } = await imp('modules/custom-fields/custom-fields.repository.js');
const { FieldDefinitionInput } = await imp('modules/custom-fields/custom-field.model.js');

const { values } = parseArgs({ options: { people: { type: 'string', default: '50000' }, 'street-first': { type: 'boolean', default: false } } });
const N = Number(values.people);
const dir = mkdtempSync(join(os.tmpdir(), 'cg-bench-street-'));
const admin = { accountId: 'bench', role: 'ADMIN', regions: [], allRegions: true };
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

let plain = 'Name,Email,Zip\n';
let street = 'Name,Email,Zip,Street,City,State,Dues,Shirt\n';
for (let i = 0; i < N; i++) {
  const zip = String(60600 + (i % 100));
  plain += `Person ${i},p${i}@example.org,${zip}\n`;
  street += `Person ${i},s${i}@example.org,${zip},${i} Main St,Chicago,IL,${i % 500},${['S', 'M', 'L'][i % 3]}\n`;
}
console.log(`${N} people a file (${(plain.length / 1e6).toFixed(1)} MB plain, ${(street.length / 1e6).toFixed(1)} MB with street and custom columns), ${os.cpus().length} cores, load ${load()}`);

const store = await openGraphStore(loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false' }));
try {
  const regions = new RegionsService(new RegionsRepository(store));
  const fields = new CustomFieldsService(new CustomFieldsRepository(store), regions);
  await fields.define(admin, plainToInstance(FieldDefinitionInput, { entity: 'PERSON', key: 'dues', label: 'Dues', type: 'NUMBER' }));
  await fields.define(admin, plainToInstance(FieldDefinitionInput, { entity: 'PERSON', key: 'shirt', label: 'Shirt', type: 'ONE_CHOICE', choices: ['S', 'M', 'L'] }));
  const imports = new ImportService(store, regions);
  imports.bulkThreshold = 0; // the bulk path at any size
  const timed = async (label, text, mapping) => {
    const region = await regions.create(admin, `Bench ${label}`);
    const t0 = performance.now();
    const job = await (await imports.start(admin, text, { kind: 'people', dryRun: false, defaultRegion: region.id, mapping: JSON.stringify(mapping) })).done;
    const s = (performance.now() - t0) / 1000;
    const phases = Object.entries(job.phases).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(', ');
    console.log(`${label}: ${s.toFixed(1)} s, ${Math.round(N / s)} rows/s, ${job.created} created, ${job.skipped} skipped (${job.status}, ${job.path}; ${phases}), load ${load()}`);
    return s;
  };
  const base = { Name: 'name', Email: 'emails', Zip: 'zip' };
  const withStreet = { ...base, Street: 'addressLine', City: 'city', State: 'state', Dues: 'custom:dues', Shirt: 'custom:shirt' };
  let a, b;
  if (values['street-first']) {
    b = await timed('street and custom', street, withStreet);
    a = await timed('plain', plain, base);
  } else {
    a = await timed('plain', plain, base);
    b = await timed('street and custom', street, withStreet);
  }
  console.log(`ratio (street and custom / plain): ${(b / a).toFixed(2)}x`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
