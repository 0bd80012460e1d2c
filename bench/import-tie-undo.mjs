#!/usr/bin/env node
/**
 * Roll-back of a ties import that updated existing ties: N+1 people, N ties between them (a chain), then a
 * second ties file that changes every one of them (strength, context, last contact), written with a before-image
 * each, then that import rolled back (each tie put back). Embedded engine, temporary data folder. Prints the
 * time of each step and the slowest queries, with data size, machine and load.
 *
 *   npm run build -w server && node --max-semi-space-size=64 bench/import-tie-undo.mjs [--ties 40000]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

const { values } = parseArgs({ options: { ties: { type: 'string', default: '40000' } } });
const N = Number(values.ties);
const dir = mkdtempSync(join(os.tmpdir(), 'cg-bench-tie-undo-'));
const admin = { accountId: 'bench', role: 'ADMIN', regions: [], allRegions: true };
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const cpus = os.cpus();
console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; load at start ${load()}`);

const people = join(dir, 'people.csv');
const made = join(dir, 'ties.csv');
const changed = join(dir, 'ties-changed.csv');
writeFileSync(people, 'Name,Email\n' + Array.from({ length: N + 1 }, (_, i) => `Person ${i},p${i}@example.org`).join('\n') + '\n');
writeFileSync(made, 'A,B,Strength,Context\n' + Array.from({ length: N }, (_, i) => `p${i}@example.org,p${i + 1}@example.org,2,school`).join('\n') + '\n');
writeFileSync(changed, 'A,B,Strength,Context,Last contact\n' + Array.from({ length: N }, (_, i) => `p${i}@example.org,p${i + 1}@example.org,4,work,2024-02-01`).join('\n') + '\n');

const store = await openGraphStore(loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'error' }));
// Time spent per query (by its declared name), to show where a step goes.
const spent = new Map();
const timed = (name, p) => {
  const t = performance.now();
  return Promise.resolve(p).finally(() => spent.set(name, (spent.get(name) ?? 0) + performance.now() - t));
};
const [read, write, transaction] = [store.read.bind(store), store.write.bind(store), store.transaction.bind(store)];
store.read = (q, p) => timed(q.name, read(q, p));
store.write = (q, p) => timed(q.name, write(q, p));
store.transaction = (work) => transaction((tx) => work({ ...tx, run: (q, p) => timed(q.name, tx.run(q, p)) }));
const slowest = () => {
  const top = [...spent].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${s(v)}`).join(', ');
  spent.clear();
  return top;
};
try {
  const regions = new RegionsService(new RegionsRepository(store));
  const region = await regions.create(admin, 'Bench Region');
  const reach = new ReachIndex(store);
  await reach.reload();
  const imports = new ImportService(store, regions);
  imports.bulkThreshold = 0;
  const step = async (label, work) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const out = await work();
    const c = process.cpuUsage(c0);
    console.log(`${label}: ${s(performance.now() - t0)} (CPU ${s((c.user + c.system) / 1000)}); load ${load()}\n  slowest queries: ${slowest()}`);
    return out;
  };
  const run = (file, kind, mapping) => imports.startFile(admin, file, { kind, dryRun: false, defaultRegion: region.id, mapping: mapping && JSON.stringify(mapping) })
    .then((r) => r.done).then((j) => {
      if (j.status !== 'done') throw new Error(j.error);
      return j;
    });
  await step(`${(N + 1).toLocaleString('en-US')} people`, () => run(people, 'people'));
  await step(`${N.toLocaleString('en-US')} ties created`, () => run(made, 'ties', { A: 'personEmail', B: 'otherEmail', Strength: 'strength', Context: 'context' }));
  const job = await step(`${N.toLocaleString('en-US')} ties updated (a before-image each)`, () => run(changed, 'ties', { A: 'personEmail', B: 'otherEmail', Strength: 'strength', Context: 'context', 'Last contact': 'lastContact' }));
  const rolled = await step('roll-back of the update', () => imports.rollback(admin, job.id));
  const r = rolled.rollback;
  console.log(`  → ${r.restored.toLocaleString('en-US')} ties put back, ${r.removed} removed, ${r.kept.length} kept${r.restored === N ? '' : ` (expected ${N} put back)`}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
