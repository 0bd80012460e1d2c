/**
 * Backs up the embedded database, consistent even while the app runs, and checks the copy (opened read-only,
 * its records counted against the database's):
 *   npm run backup                 (to DATA_DIR/backups/graph-<time>.lbug; old backups pruned as scheduled ones)
 *   npm run backup -- --out FILE   (app stopped; the file is kept whatever the retention)
 * When the app is running on DATA_DIR it is asked (SIGUSR2) to take the backup itself, between writes, and this
 * waits for the outcome it records; otherwise the data is opened here. This imports no Nest module, so it starts
 * in well under a second. Neo4j: see the README (neo4j-admin database dump).
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type AppConfig } from '../config/app-config.js';
import { EmbeddedGraphStore } from '../graph/engines/embedded/embedded.store.js';
import { appOnDataDir, backupsDir, removePid } from '../modules/backup/backup.js';
import { countAllRecords } from '../modules/backup/backup.queries.js';
import { BackupFailed, Backups, readState } from '../modules/backup/backups.js';

const WAIT_FOR_APP_MS = 10 * 60_000;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const config = loadConfig({ ...process.env, DEMO_DATA: 'false' });
  if (config.engine !== 'embedded') {
    console.error('NEO4J_URI is set: back up Neo4j with its own tools (see the README, "Backup and restore").');
    return 2;
  }
  const app = appOnDataDir(config.DATA_DIR);
  if (app && 'stale' in app) {
    console.error(`${app.stale} It was removed; backing up the data directly.`);
    removePid(config.DATA_DIR);
  }
  if (app && 'running' in app) {
    if (values.out) {
      console.error('The app is running: it writes its backup into DATA_DIR/backups. Leave out --out, or stop the app first.');
      return 2;
    }
    return askRunningApp(config, app.running);
  }
  if (!existsSync(config.databaseFile)) {
    console.error(`There is no database at ${config.databaseFile}.`);
    return 1;
  }
  const store = await EmbeddedGraphStore.open({ file: config.databaseFile, readConnections: 1 });
  try {
    const backups = new Backups(store, settings(config));
    if (values.out) {
      const file = resolve(values.out);
      const { bytes, records } = await store.backup(file, countAllRecords);
      const counted = await backups.check(file, records ?? 0);
      console.log(`Backed up ${config.databaseFile} to ${file} (${bytes} bytes, ${counted} records, checked).`);
    } else {
      // Backups prints what it wrote and what it pruned.
      await backups.take();
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** Signals the app and waits for the outcome it records in DATA_DIR/backups/status.json. */
async function askRunningApp(config: AppConfig, pid: number): Promise<number> {
  const dir = backupsDir(config.DATA_DIR);
  const before = readState(dir);
  const started = Date.now();
  process.kill(pid, 'SIGUSR2');
  while (Date.now() - started < WAIT_FOR_APP_MS) {
    await new Promise((r) => setTimeout(r, 100));
    const now = readState(dir);
    if (now.lastFailure && now.lastFailure.at !== before.lastFailure?.at) {
      console.error(`Backup failed: ${now.lastFailure.message}`);
      return 1;
    }
    if (now.lastGood && now.lastGood.takenAt !== before.lastGood?.takenAt) {
      const { file, bytes, records } = now.lastGood;
      console.log(`Backed up the running app's data to ${file} (${bytes} bytes, ${records} records, checked).`);
      return 0;
    }
  }
  console.error(`The running app (process ${pid}) recorded no backup within ${WAIT_FOR_APP_MS / 60_000} minutes; see its log.`);
  return 1;
}

function settings(config: AppConfig) {
  return {
    dataDir: config.DATA_DIR,
    databaseFile: config.databaseFile,
    scheduleHours: config.BACKUP_SCHEDULE_HOURS,
    keepDaily: config.BACKUP_KEEP_DAILY,
    keepWeekly: config.BACKUP_KEEP_WEEKLY,
  };
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    const message = e instanceof ConfigError || e instanceof BackupFailed ? e.message : `Backup failed: ${e instanceof Error ? e.message : String(e)}`;
    console.error(e instanceof BackupFailed ? `Backup failed: ${message}` : message);
    process.exit(1);
  },
);
