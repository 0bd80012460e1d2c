import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Where backups go, and the file the running app leaves so the backup command can find it. */
export const backupsDir = (dataDir: string) => join(dataDir, 'backups');
export const pidFile = (dataDir: string) => join(dataDir, 'app.pid');

const NAME = /^graph-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})Z\.lbug$/;

export function backupName(at = new Date()): string {
  return `graph-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace('T', '-')}.lbug`;
}

/** When a backup named by backupName() was taken; null for any other file name. */
export function backupTime(file: string): Date | null {
  const m = NAME.exec(basename(file));
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
}

/**
 * The pid file holds the app's pid and its start time as the kernel counts it (/proc/PID/stat), so a pid that
 * was reused by another process after a crash is told apart from the app: the start times differ.
 */
interface PidRecord {
  pid: number;
  startTicks: string | null;
}

export function writePid(dataDir: string): void {
  const record: PidRecord = { pid: process.pid, startTicks: startTicks(process.pid) };
  writeFileSync(pidFile(dataDir), `${JSON.stringify(record)}\n`);
}

export function removePid(dataDir: string): void {
  rmSync(pidFile(dataDir), { force: true });
}

/** Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot. Null where there is no /proc. */
function startTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return null;
  }
}

export type AppOnDataDir = { running: number } | { stale: string } | null;

/**
 * Whether the app runs on this data folder: `running` with its pid; `stale` with a message saying why the pid
 * file does not name it (the process ended, or the pid now belongs to another program); null without a pid file.
 * Nothing is signalled to find out.
 */
export function appOnDataDir(dataDir: string): AppOnDataDir {
  const file = pidFile(dataDir);
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8').trim();
  let record: PidRecord;
  try {
    // Apps started before the start time was recorded wrote the bare pid.
    record = /^\d+$/.test(text) ? { pid: Number(text), startTicks: null } : (JSON.parse(text) as PidRecord);
  } catch {
    record = { pid: NaN, startTicks: null };
  }
  const stale = (why: string) => ({ stale: `${file} ${why}: the app is not running on this data folder (the file was left by an app that did not stop cleanly).` });
  if (!Number.isInteger(record.pid) || record.pid <= 0) return stale('does not hold a process id');
  try {
    process.kill(record.pid, 0);
  } catch (e) {
    // EPERM: a process of another user has this pid; the app runs as the user who owns DATA_DIR.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return stale(`names process ${record.pid}, which has ended`);
  }
  const started = startTicks(record.pid);
  // Without /proc (not Linux) the live pid is taken as the app's.
  if (started === null) return existsSync('/proc/self/stat') ? stale(`names process ${record.pid}, which has ended`) : { running: record.pid };
  const cmd = commandLine(record.pid) ?? '';
  const isApp = record.startTicks !== null ? record.startTicks === started : /\bmain\.js\b/.test(cmd);
  if (!isApp) return stale(`names process ${record.pid}, which is now another program (${cmd.split(' ')[0] || 'unknown'})`);
  return { running: record.pid };
}

/** The pid of the app running on this data folder, or null; a stale pid file is reported through `onStale`. */
export function runningApp(dataDir: string, onStale: (message: string) => void = (m) => console.error(m)): number | null {
  const found = appOnDataDir(dataDir);
  if (found && 'stale' in found) onStale(found.stale);
  return found && 'running' in found ? found.running : null;
}
