import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The first bytes of every LadybugDB 0.19 database file. */
const MAGIC = 'LBUG';
/** The engine writes its file in whole pages. */
const PAGE_BYTES = 4096;

/** The database file cannot be used: the app refuses to start, and the message says why and what to do. */
export class DatabaseFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseFileError';
    // Nest logs a failed start with the error's stack: the operator needs the message, not our frames.
    this.stack = `${this.name}: ${message}`;
  }
}

/**
 * Looks at the database file before the engine opens it, because the engine starts a new, empty database over a
 * 0-byte file and answers a damaged one with its own internals. Returns whether there is no database yet (only
 * then may the demo load). A log without its database is refused too: its records belong to a file that is gone.
 */
export function checkDatabaseFile(file: string, dataDir: string): { isNew: boolean } {
  const wal = `${file}.wal`;
  if (!existsSync(file)) {
    if (existsSync(wal)) {
      throw damaged(file, dataDir, `${wal} is there but the database file ${file} is missing, so the app did not start (it would have started a new, empty database).`);
    }
    return { isNew: true };
  }
  const size = statSync(file).size;
  if (size === 0) {
    throw damaged(file, dataDir, `The database file ${file} is empty (0 bytes): it was damaged, perhaps by a full disk or an interrupted copy, so the app did not start (it would have started a new, empty database over it).`);
  }
  if (readStart(file, MAGIC.length) !== MAGIC) {
    throw damaged(file, dataDir, `The file ${file} is not a database of this app (it does not start as a LadybugDB database file), so the app did not start.`);
  }
  if (size % PAGE_BYTES !== 0) {
    throw damaged(file, dataDir, `The database file ${file} is truncated (${size} bytes, not a whole number of pages): it was cut short, perhaps by a full disk or an interrupted copy, so the app did not start.`);
  }
  return { isNew: false };
}

/** The engine refused a file that looked right: said in the same way, with the engine's reason for the operator. */
export function notOpened(file: string, dataDir: string, e: unknown): DatabaseFileError {
  const reason = (e instanceof Error ? e.message : String(e)).replace(/^Runtime exception: /, '').split('\n')[0];
  if (/lock/i.test(reason)) {
    return new DatabaseFileError(`The database file ${file} is in use by another process (is the app already running on ${dataDir}?), so the app did not start.`);
  }
  const what = /outside the database file|past the end|truncat/i.test(reason) ? 'is truncated or damaged' : 'could not be opened';
  return damaged(file, dataDir, `The database file ${file} ${what}, so the app did not start (the engine says: ${reason}).`);
}

function damaged(file: string, dataDir: string, what: string): DatabaseFileError {
  const backups = join(resolve(dataDir), 'backups');
  const newest = newestBackup(backups);
  // Absolute paths: npm runs the command in the repository's folder, wherever the app was started from.
  const restore = (f: string) => `DATA_DIR=${resolve(dataDir)} npm run restore -- ${f}`;
  const lines = [what];
  if (newest) {
    lines.push(`The newest backup is ${newest} (written ${statSync(newest).mtime.toISOString()}).`);
    lines.push(`To restore it (the current file is kept aside): ${restore(newest)}`);
  } else {
    lines.push(`There is no backup in ${backups}. If you have a copy of ${basename(file)}, restore it with: ${restore('FILE')}`);
    lines.push(`To start again with a new, empty database instead, move ${dirname(file)}/${basename(file)}* somewhere else.`);
  }
  return new DatabaseFileError(lines.join('\n'));
}

/** The most recent backup file in the backups folder or a folder below it (daily/weekly), by time written. */
function newestBackup(dir: string): string | null {
  if (!existsSync(dir)) return null;
  let best: { file: string; at: number } | null = null;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (!name.endsWith('.lbug')) continue;
    const file = join(dir, name);
    const at = statSync(file).mtimeMs;
    if (!best || at > best.at) best = { file, at };
  }
  return best?.file ?? null;
}

function readStart(file: string, bytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}
