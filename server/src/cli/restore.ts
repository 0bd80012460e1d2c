/**
 * Restores the embedded database from a backup file. The app must be stopped.
 *   npm run restore -- FILE
 * The current database is kept aside in DATA_DIR/before-restore-<time>/ first; if the backup does not open,
 * it is put back and nothing changes.
 */
import 'reflect-metadata';
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { EmbeddedGraphStore, readDatabaseFile } from '../graph/engines/embedded/embedded.store.js';
import { localDataFolder } from '../graph/open-store.js';
import { runningApp } from '../modules/backup/backup.js';
import { countAllRecords, countNodeTables } from '../modules/backup/backup.queries.js';

async function main(): Promise<number> {
  const source = process.argv[2];
  if (!source || !existsSync(source)) {
    console.error('Usage: npm run restore -- FILE   (a backup made by npm run backup)');
    return 2;
  }
  const config = loadConfig({ ...process.env, DEMO_DATA: 'false' });
  if (!localDataFolder(config)) {
    console.error('NEO4J_URI is set: restore Neo4j with its own tools (see the README, "Backup and restore").');
    return 2;
  }
  if (runningApp(config.DATA_DIR)) {
    console.error('The app is running on this data folder: stop it first, then restore.');
    return 2;
  }
  // The backup is checked read-only first: a damaged one changes nothing, not even for a moment.
  try {
    const [, tables] = await readDatabaseFile(resolve(source), [countAllRecords, countNodeTables]);
    if (!(Number(tables[0]?.total) > 0)) throw new Error('it holds no tables');
  } catch (e) {
    console.error(`Restore failed: the backup could not be opened (${e instanceof Error ? e.message : String(e)}); nothing was changed.`);
    return 1;
  }
  const db = config.databaseFile;
  const aside = join(config.DATA_DIR, `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  const moved: string[] = [];
  mkdirSync(config.DATA_DIR, { recursive: true });
  for (const f of [db, `${db}.wal`]) {
    if (existsSync(f)) {
      mkdirSync(aside, { recursive: true });
      renameSync(f, join(aside, basename(f)));
      moved.push(f);
    }
  }
  try {
    copyFileSync(resolve(source), db);
    const store = await EmbeddedGraphStore.open({ file: db });
    let total = 0;
    try {
      total = Number((await store.read(countAllRecords))[0].total);
    } finally {
      await store.close();
    }
    console.log(`Restored ${resolve(source)} into ${db} (${total} records).${moved.length ? ` The previous data is in ${aside}.` : ''}`);
    return 0;
  } catch (e) {
    for (const f of [db, `${db}.wal`]) if (existsSync(f)) renameSync(f, `${f}.failed-restore`);
    for (const f of moved) renameSync(join(aside, basename(f)), f);
    throw new Error(`the backup could not be opened (${e instanceof Error ? e.message : String(e)}); the previous data is back in place`, { cause: e });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ConfigError ? e.message : `Restore failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
