/**
 * Backs up the embedded database, consistent even while the app runs:
 *   npm run backup                 (to DATA_DIR/backups/graph-<time>.lbug)
 *   npm run backup -- --out FILE
 * When the app is running on DATA_DIR it is asked (SIGUSR2) to write the copy itself, between writes;
 * otherwise the data is opened here and copied. Neo4j: see the README (neo4j-admin database dump).
 */
import 'reflect-metadata';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { EmbeddedGraphStore } from '../graph/engines/embedded/embedded.store.js';
import { backupName, backupsDir, runningApp } from '../modules/backup/backup.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const config = loadConfig({ ...process.env, DEMO_DATA: 'false' });
  if (config.engine !== 'embedded') {
    console.error('NEO4J_URI is set: back up Neo4j with its own tools (see the README, "Backup and restore").');
    return 2;
  }
  const pid = runningApp(config.DATA_DIR);
  if (pid) {
    if (values.out) {
      console.error('The app is running: it writes its backup into DATA_DIR/backups. Leave out --out, or stop the app first.');
      return 2;
    }
    const started = Date.now();
    const before = new Set(listBackups(config.DATA_DIR));
    process.kill(pid, 'SIGUSR2');
    while (Date.now() - started < 120_000) {
      await new Promise((r) => setTimeout(r, 200));
      const fresh = listBackups(config.DATA_DIR).filter((f) => !before.has(f));
      if (fresh.length) {
        const file = join(backupsDir(config.DATA_DIR), fresh[0]);
        console.log(`Backed up the running app's data to ${file} (${statSync(file).size} bytes).`);
        return 0;
      }
    }
    console.error('The running app did not write a backup within 2 minutes; see its log.');
    return 1;
  }
  if (!existsSync(config.databaseFile)) {
    console.error(`There is no database at ${config.databaseFile}.`);
    return 1;
  }
  const file = resolve(values.out ?? join(backupsDir(config.DATA_DIR), backupName()));
  const store = await EmbeddedGraphStore.open({ file: config.databaseFile });
  try {
    const { bytes } = await store.backup(file);
    console.log(`Backed up ${config.databaseFile} to ${file} (${bytes} bytes).`);
    return 0;
  } finally {
    await store.close();
  }
}

function listBackups(dataDir: string): string[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.lbug')).sort();
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ConfigError ? e.message : `Backup failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
