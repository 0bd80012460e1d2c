import { cypher } from '../../graph/query.js';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where backups go, and the file the running app leaves so the backup command can find it. */
export const backupsDir = (dataDir: string) => join(dataDir, 'backups');
export const pidFile = (dataDir: string) => join(dataDir, 'app.pid');

export function backupName(at = new Date()): string {
  return `graph-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace('T', '-')}.lbug`;
}

export function writePid(dataDir: string): void {
  writeFileSync(pidFile(dataDir), String(process.pid));
}

export function removePid(dataDir: string): void {
  rmSync(pidFile(dataDir), { force: true });
}

/** The pid of the app running on this data folder, or null when none is (a stale pid file is ignored). */
export function runningApp(dataDir: string): number | null {
  if (!existsSync(pidFile(dataDir))) return null;
  const pid = Number(readFileSync(pidFile(dataDir), 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Counts every record: a restored database that answers this opened correctly. */
export const countAllRecords = cypher('backup.countAllRecords', 'read', 'MATCH (n) RETURN count(n) AS total');
