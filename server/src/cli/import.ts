/**
 * Imports a CSV from a shell, through the same rules as the web app:
 *   npm run import -- --kind people|organizations|ties|interactions|attendance [--region REGION] [--dry-run] [--mapping JSON] [--as EMAIL] FILE
 *   npm run import -- --resume JOB FILE        continue an interrupted or failed import of FILE from the row it reached
 *   npm run import -- --rollback JOB [--keep-edited]
 *   npm run import -- --jobs                    the recent imports
 * --region (id or name) is for rows with no region column; --as runs as that account (its regions; follow-ups
 * are assigned to it). On the embedded engine the app must be stopped (only one process opens the data).
 * The file is streamed from disk: ties, and people or organizations files above the bulk threshold, go through
 * the bulk path (see the README; such a job cannot be resumed, and its roll-back removes what it created only).
 * Prints a progress line and a summary.
 */
import 'reflect-metadata';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../common/app-error.js';
import { AccountsRepository } from '../modules/accounts/accounts.repository.js';
import { Role, type Viewer } from '../common/viewer.js';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { localDataFolder, openGraphStore } from '../graph/open-store.js';
import { runningApp } from '../modules/backup/backup.js';
import { ImportService, type ImportJob } from '../modules/import/import.service.js';
import type { BulkImportJob } from '../modules/import/bulk-import.js';
import { parseKind } from '../modules/import/mapping.js';
import { RegionsRepository } from '../modules/regions/regions.repository.js';
import { RegionsService } from '../modules/regions/regions.service.js';

const USAGE = [
  'Usage: npm run import -- --kind people|organizations|ties|interactions|attendance [--region REGION] [--dry-run] [--mapping JSON] [--as EMAIL] [--batch N] FILE',
  '       npm run import -- --resume JOB [--as EMAIL] FILE',
  '       npm run import -- --rollback JOB [--keep-edited] [--as EMAIL]',
  '       npm run import -- --jobs',
].join('\n');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' }, region: { type: 'string' }, 'dry-run': { type: 'boolean' }, mapping: { type: 'string' },
      batch: { type: 'string' }, help: { type: 'boolean' }, resume: { type: 'string' }, rollback: { type: 'string' },
      'keep-edited': { type: 'boolean' }, as: { type: 'string' }, jobs: { type: 'boolean' },
    },
  });
  const importing = positionals.length === 1 && (!!values.kind || !!values.resume);
  if (values.help || (!importing && !values.rollback && !values.jobs)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig({ ...process.env, DEMO_DATA: 'false' });
  const folder = localDataFolder(config);
  if (folder) {
    const pid = runningApp(folder);
    if (pid) {
      console.error(`The app is running on ${folder} (process ${pid}), and only one process can open the embedded data. Stop it and run the import again, or upload the file on the app's Import page.`);
      return 2;
    }
  }
  const store = await openGraphStore(config);
  try {
    const imports = new ImportService(store, new RegionsService(new RegionsRepository(store)));
    await imports.recover();
    if (values.batch) imports.batchSize = Math.max(1, Number(values.batch) || 500);
    let shell: Viewer = { accountId: 'shell-import', role: Role.ADMIN, regions: [], allRegions: true };
    if (values.as) {
      const account = await new AccountsRepository(store).byEmail(values.as.trim().toLowerCase());
      if (!account || account.disabled) {
        console.error(`There is no active account ${values.as}.`);
        return 2;
      }
      shell = { accountId: account.id, role: account.role as Role, regions: account.regions ?? [], allRegions: !!account.allRegions };
    }
    if (values.jobs) {
      for (const j of await imports.jobs(shell)) {
        console.log(`${j.id}  ${j.startedAt.slice(0, 16).replace('T', ' ')}  ${j.kind.padEnd(13)} ${j.status.padEnd(12)} ${j.processed}/${j.total} rows · ${j.created} new · ${j.updated} updated  ${j.fileName}`);
      }
      return 0;
    }
    if (values.rollback) {
      const j = await imports.rollback(shell, values.rollback, !!values['keep-edited']).catch((e: unknown) => {
        if (e instanceof AppError && e.code === 'CONFLICT') throw new AppError('CONFLICT', `${e.message} (To do so: --keep-edited.)`);
        throw e;
      });
      const r = j.rollback!;
      console.log(`Rolled back import ${j.id} (${j.kind}${j.fileName ? `, ${j.fileName}` : ''}): ${r.removed} removed, ${r.restored} restored${r.notRestored ? `, ${r.notRestored} updated rows not restored` : ''}${r.kept.length ? `, ${r.kept.length} kept as changed since: ${r.kept.slice(0, 10).map((k) => `${k.name} (${k.type})`).join(', ')}` : ''}.`);
      if (r.note) console.log(r.note);
      return 0;
    }
    const file = positionals[0];
    const kind = values.resume ? (await imports.job(shell, values.resume)).kind : parseKind(values.kind!);
    const started = Date.now();
    const { job, done } = await imports.startFile(shell, file, {
      kind, dryRun: !!values['dry-run'], mapping: values.mapping, defaultRegion: values.region, fileName: basename(file), resume: values.resume,
    });
    if (job.resumedFrom) console.log(`Resuming import ${job.id} at row ${job.resumedFrom + 2} (${job.resumedFrom} rows already in).`);
    else if (!job.dryRun) console.log(`Import ${job.id} (roll it back with: npm run import -- --rollback ${job.id})`);
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
      if (!result.dryRun) console.error(`Resume with: npm run import -- --resume ${result.id} ${file}   or roll back with: npm run import -- --rollback ${result.id}`);
      return 1;
    }
    const verb = result.dryRun ? 'would be' : 'were';
    const phases = (result as Partial<BulkImportJob>).phases;
    if (phases) console.log(`Phases: ${Object.entries(phases).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}${(result as Partial<BulkImportJob>).readOn ? ` (file read on the ${(result as Partial<BulkImportJob>).readOn})` : ''}.`);
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
