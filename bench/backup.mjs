/**
 * What a checked backup costs, on a generated coalition (bench/generate.mjs):
 *   npm run build -w server && node bench/backup.mjs [--people 50000] [--ties 500000] [--data DIR]
 * Prints, side by side in one run: the write pause of a backup without and with the record count taken in it
 * (writes wait for the pause; reads go on), the count alone, the read-only check of the copy, and a whole
 * scheduled backup (copy, check, retention). With the machine, the data size and the load average.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const { values } = parseArgs({ options: { people: { type: 'string', default: '50000' }, ties: { type: 'string', default: '500000' }, data: { type: 'string' } } });
const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
const { readDatabaseFile } = await imp('graph/engines/embedded/embedded.store.js');
const { countAllRecords, countNodeTables } = await imp('modules/backup/backup.queries.js');
const { Backups } = await imp('modules/backup/backups.js');

const dir = values.data ?? mkdtempSync(join(os.tmpdir(), 'cg-bench-backup-'));
const { store } = await generate({ dir, people: Number(values.people), ties: Number(values.ties), activity: false, imp });
const ms = async (fn) => {
  const t = performance.now();
  const out = await fn();
  return [Math.round(performance.now() - t), out];
};
try {
  const copies = join(dir, 'bench-copies');
  const rounds = 3;
  const rows = [];
  for (let i = 0; i < rounds; i++) {
    const [plain] = await ms(() => store.backup(join(copies, `plain-${i}.lbug`)));
    const [counted, { records }] = await ms(() => store.backup(join(copies, `counted-${i}.lbug`), countAllRecords));
    const [countAlone] = await ms(() => store.read(countAllRecords));
    const [check] = await ms(() => readDatabaseFile(join(copies, `counted-${i}.lbug`), [countAllRecords, countNodeTables]));
    rows.push({ plain, counted, countAlone, check, records });
  }
  const backups = new Backups(store, { dataDir: dir, databaseFile: join(dir, 'graph.lbug'), scheduleHours: 24, keepDaily: 7, keepWeekly: 4, log: { log() {}, error: console.error } });
  const [whole, taken] = await ms(() => backups.take());
  const median = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
  console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; load average at end: ${execSync('uptime').toString().trim().replace(/.*load average: /, '')}`);
  console.log(`data: ${values.people} people, ${values.ties} ties; ${taken.records} records; database file ${(statSync(join(dir, 'graph.lbug')).size / 2 ** 20).toFixed(1)} MiB`);
  console.log(`write pause of a backup (checkpoint + copy), median of ${rounds}: ${median('plain')} ms without the count, ${median('counted')} ms with it`);
  console.log(`record count alone (a read, beside the pause): ${median('countAlone')} ms`);
  console.log(`read-only check of the copy (open, count, close): ${median('check')} ms`);
  console.log(`a whole scheduled backup (copy, check, retention): ${whole} ms`);
} finally {
  await store.close();
  if (!values.data) rmSync(dir, { recursive: true, force: true });
}
