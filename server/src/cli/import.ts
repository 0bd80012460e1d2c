/**
 * Imports a CSV of people, organizations or ties from a shell, through the same rules as the web app:
 *   npm run import -- --kind people --region region-great-lakes [--dry-run] [--mapping '{"E-mail":"emails"}'] FILE
 * --region (id or name) is for rows with no region column. On the embedded engine the app must be stopped
 * (only one process opens the data). The file is streamed from disk; large files (and ties) go through the
 * bulk path (see the README). Prints a progress line and a summary; re-running the same file continues an
 * interrupted import (rows already in are matched and left unchanged).
 */
import 'reflect-metadata';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../common/app-error.js';
import { Role, type Viewer } from '../common/viewer.js';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { openGraphStore } from '../graph/open-store.js';
import { runningApp } from '../modules/backup/backup.js';
import { ImportService, type ImportJob } from '../modules/import/import.service.js';
import type { BulkImportJob } from '../modules/import/bulk-import.js';
import { parseKind } from '../modules/import/mapping.js';
import { RegionsRepository } from '../modules/regions/regions.repository.js';
import { RegionsService } from '../modules/regions/regions.service.js';

const USAGE = 'Usage: npm run import -- --kind people|organizations|ties [--region REGION] [--dry-run] [--mapping JSON] [--batch N] FILE';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' }, region: { type: 'string' }, 'dry-run': { type: 'boolean' }, mapping: { type: 'string' },
      batch: { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help || positionals.length !== 1 || !values.kind) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const kind = parseKind(values.kind);
  const file = positionals[0];
  const config = loadConfig({ ...process.env, DEMO_DATA: 'false' });
  if (config.engine === 'embedded') {
    const pid = runningApp(config.DATA_DIR);
    if (pid) {
      console.error(`The app is running on ${config.DATA_DIR} (process ${pid}), and only one process can open the embedded data. Stop it and run the import again, or upload the file on the app's Import page.`);
      return 2;
    }
  }
  const store = await openGraphStore(config);
  try {
    const imports = new ImportService(store, new RegionsService(new RegionsRepository(store)));
    if (values.batch) imports.batchSize = Math.max(1, Number(values.batch) || 500);
    const shell: Viewer = { accountId: 'shell-import', role: Role.ADMIN, regions: [], allRegions: true };
    const started = Date.now();
    const { job, done } = await imports.startFile(shell, file, { kind, dryRun: !!values['dry-run'], mapping: values.mapping, defaultRegion: values.region });
    const mapped = Object.entries(job.mapping).filter(([, f]) => f).map(([h, f]) => `${h} → ${f}`).join(', ');
    const bulk = 'phases' in job;
    console.log(`${job.dryRun ? 'Dry run of' : 'Importing'} ${bulk ? 'the' : job.total} ${kind} from ${file} (${statSync(file).size} bytes${bulk ? ', bulk path' : ''}). Columns: ${mapped}.`);
    const tty = process.stdout.isTTY;
    const line = (j: ImportJob) => {
      const s = (Date.now() - started) / 1000;
      const b = j as Partial<BulkImportJob>;
      const where = b.bytes !== undefined
        ? `${j.processed} rows, ${Math.round((100 * (b.read ?? 0)) / Math.max(1, b.bytes))}% of the file read, ${b.step}`
        : `${j.processed}/${j.total} rows (${Math.round((100 * j.processed) / Math.max(1, j.total))}%)`;
      return `${where} · ${j.created} new · ${j.updated} updated · ${j.unchanged} unchanged · ${j.skipped} skipped · ${s.toFixed(1)} s`;
    };
    const timer = setInterval(() => {
      if (tty) process.stdout.write(`\r${line(job)}`);
      else console.log(line(job));
    }, tty ? 250 : 5000);
    const result = await done.finally(() => clearInterval(timer));
    if (tty) process.stdout.write(`\r${line(result)}\n`);
    else console.log(line(result));
    const seconds = (Date.now() - started) / 1000;
    for (const p of result.problems.slice(0, 20)) console.log(`  row ${p.line}${p.name ? ` (${p.name})` : ''}: ${p.problems.map((x) => `${x.field}: ${x.message}`).join('; ')}`);
    if (result.skipped > 20) console.log(`  … and ${result.skipped - 20} more rows skipped.`);
    if (result.status === 'failed') {
      console.error(`Stopped: ${result.error}`);
      return 1;
    }
    const verb = result.dryRun ? 'would be' : 'were';
    const phases = (result as Partial<BulkImportJob>).phases;
    if (phases) console.log(`Phases: ${Object.entries(phases).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}.`);
    console.log(`${result.dryRun ? 'Dry run done (nothing written)' : 'Done'} in ${seconds.toFixed(1)} s (${Math.round(result.total / Math.max(seconds, 0.001))} rows/s): ${result.created} ${verb} created, ${result.updated} ${verb} updated, ${result.unchanged} unchanged, ${result.skipped} skipped.`);
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    const message = e instanceof ConfigError || e instanceof AppError ? e.message : e instanceof Error ? e.message : String(e);
    console.error(`Import failed: ${message}`);
    process.exit(1);
  },
);
