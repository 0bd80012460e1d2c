import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readDatabaseFile } from '../../graph/engines/embedded/embedded.store.js';
import type { GraphStore } from '../../graph/graph-store.port.js';
import { backupName, backupsDir, backupTime } from './backup.js';
import { countAllRecords, countNodeTables } from './backup.queries.js';
import { backupsToKeep } from './retention.js';

export interface BackupRecord {
  /** Absolute path of the backup file. */
  file: string;
  takenAt: string;
  bytes: number;
  /** Records (nodes and relationships) counted in the backup, opened read-only. */
  records: number;
}

export interface BackupFailure {
  at: string;
  /** What went wrong and what to do, for the admin page; engine details go to the log only. */
  message: string;
}

export interface BackupStatus {
  /** False on Neo4j and when BACKUP_SCHEDULE_HOURS is 0; `offReason` says which. */
  scheduled: boolean;
  offReason: string | null;
  scheduleHours: number;
  keepDaily: number;
  keepWeekly: number;
  running: boolean;
  nextAt: string | null;
  lastGood: BackupRecord | null;
  /** The last attempt's failure, until a later backup succeeds. */
  lastFailure: BackupFailure | null;
  /** Backups in DATA_DIR/backups, newest first. */
  kept: Array<{ file: string; takenAt: string; bytes: number }>;
}

export interface BackupSettings {
  dataDir: string;
  databaseFile: string;
  /** Hours between scheduled backups (fractions allowed); 0: none. */
  scheduleHours: number;
  keepDaily: number;
  keepWeekly: number;
  /** The clock: tests move it on by days. */
  now?: () => Date;
  log?: { log(message: string): void; error(message: string): void };
}

/** Thrown when a backup was not taken or did not check out; `message` is for people. */
export class BackupFailed extends Error {}

const RETRY_AFTER_FAILURE_MS = 3_600_000;
/** Longest a Node timer can wait; a longer wait is re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * Free space a backup must leave in the data folder besides its own size: the engine crashes on a full disk,
 * so a backup never takes the room its next checkpoint needs.
 */
const MIN_FREE_AFTER_BACKUP = 128 * 2 ** 20;

/**
 * Consistent backups of the embedded database on a schedule, each checked by opening it read-only and counting
 * its records against the count taken in the same pause as the copy. The last good backup and the last failure
 * are kept in DATA_DIR/backups/status.json, so the admin page shows them after a restart too. After each good
 * backup, old ones are pruned (see retention.ts). One backup at a time.
 */
export class Backups {
  private readonly dir: string;
  private readonly now: () => Date;
  private readonly log: NonNullable<BackupSettings['log']>;
  private state: { lastGood: BackupRecord | null; lastFailure: BackupFailure | null };
  private current: Promise<BackupRecord> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private dueAt: number | null = null;

  constructor(
    private readonly store: GraphStore,
    private readonly settings: BackupSettings,
  ) {
    this.dir = resolve(backupsDir(settings.dataDir));
    this.now = settings.now ?? (() => new Date());
    this.log = settings.log ?? { log: (m) => console.log(m), error: (m) => console.error(m) };
    this.state = readState(this.dir);
  }

  get offReason(): string | null {
    if (!this.store.backup) {
      return 'The app runs on Neo4j: its scheduled backups are off. Back up Neo4j with its own tools (neo4j-admin database dump).';
    }
    if (this.settings.scheduleHours <= 0) return 'BACKUP_SCHEDULE_HOURS is 0: scheduled backups are off. `npm run backup` still takes one.';
    return null;
  }

  status(): BackupStatus {
    return {
      scheduled: this.offReason === null,
      offReason: this.offReason,
      scheduleHours: this.settings.scheduleHours,
      keepDaily: this.settings.keepDaily,
      keepWeekly: this.settings.keepWeekly,
      running: this.current !== null,
      nextAt: this.dueAt === null ? null : new Date(this.dueAt).toISOString(),
      lastGood: this.state.lastGood,
      lastFailure: this.state.lastFailure,
      kept: this.list()
        .sort((a, b) => b.at.getTime() - a.at.getTime())
        .map((b) => ({ file: b.file, takenAt: b.at.toISOString(), bytes: b.bytes })),
    };
  }

  /** Starts the schedule: the first backup when the last good one is older than the schedule, then every period. */
  start(): void {
    if (this.offReason) return;
    const period = this.settings.scheduleHours * 3_600_000;
    // Not at the very start: the app settles first (demo data, indexes).
    const settle = Math.min(period, 60_000);
    const lastGood = this.state.lastGood ? Date.parse(this.state.lastGood.takenAt) : null;
    const failedSince = !!this.state.lastFailure && (lastGood === null || Date.parse(this.state.lastFailure.at) > lastGood);
    const due = lastGood === null || failedSince ? 0 : lastGood + period;
    this.arm(Math.max(due, this.now().getTime() + settle));
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = null;
  }

  private arm(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.dueAt = at;
    const wait = Math.max(0, Math.min(at - this.now().getTime(), MAX_TIMER_MS));
    this.timer = setTimeout(() => {
      if (this.now().getTime() < at) return this.arm(at);
      const period = this.settings.scheduleHours * 3_600_000;
      this.take().then(
        () => this.timer && this.arm(this.now().getTime() + period),
        () => this.timer && this.arm(this.now().getTime() + Math.min(period, RETRY_AFTER_FAILURE_MS)),
      );
    }, wait);
    this.timer.unref();
  }

  /** Takes a backup now (or joins the one being taken), checks it, records the outcome and prunes old backups. */
  take(): Promise<BackupRecord> {
    this.current ??= this.run().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  /**
   * A backup that begins after this call (`npm run backup`): one already running may have paused writes before
   * the request, so it is waited for and a new one taken.
   */
  request(): Promise<BackupRecord> {
    const running = this.current;
    if (!running) return this.take();
    return running.catch(() => undefined).then(() => this.take());
  }

  private async run(): Promise<BackupRecord> {
    const takenAt = this.now();
    const file = join(this.dir, backupName(takenAt));
    try {
      if (!this.store.backup) throw new BackupFailed(this.offReason ?? 'This engine has no backup.');
      let taken: { bytes: number; records?: number };
      try {
        await mkdir(this.dir, { recursive: true });
        this.checkRoom();
        taken = await this.store.backup(file, countAllRecords);
      } catch (e) {
        if (e instanceof BackupFailed) throw e;
        this.log.error(`Backup to ${file} failed: ${describe(e)}`);
        throw new BackupFailed(
          (e as NodeJS.ErrnoException).code === 'ENOSPC'
            ? `The disk of ${this.dir} is full: no backup was written. Free space there (old backups can go).`
            : `The backup could not be written to ${this.dir}; the server log says why.`,
        );
      }
      const records = await this.check(file, taken.records ?? 0);
      const record: BackupRecord = { file, takenAt: takenAt.toISOString(), bytes: taken.bytes, records };
      this.state = { lastGood: record, lastFailure: null };
      this.save();
      this.log.log(`Backup written to ${file} (${taken.bytes} bytes, ${records} records, checked).`);
      this.prune();
      return record;
    } catch (e) {
      const message = e instanceof BackupFailed ? e.message : 'The backup failed; the server log says why.';
      if (!(e instanceof BackupFailed)) this.log.error(`Backup failed: ${describe(e)}`);
      this.state = { ...this.state, lastFailure: { at: this.now().toISOString(), message } };
      this.save();
      throw new BackupFailed(message);
    }
  }

  private checkRoom(): void {
    const size = (f: string) => (existsSync(f) ? statSync(f).size : 0);
    const need = size(this.settings.databaseFile) + size(`${this.settings.databaseFile}.wal`);
    const fs = statfsSync(this.dir);
    const free = fs.bavail * fs.bsize;
    const reserve = Math.max(need, MIN_FREE_AFTER_BACKUP);
    if (free - need < reserve) {
      throw new BackupFailed(
        `Not enough free disk space for a backup in ${this.dir}: it needs ${mib(need + reserve)} free (the copy, and room for the database to keep working), there is ${mib(free)}. Free space there (old backups can go) or add disk.`,
      );
    }
  }

  /** Opens the copy read-only and counts its records: a copy that does not open or holds other counts is removed. */
  async check(file: string, expected: number): Promise<number> {
    let records: number;
    let tables: number;
    try {
      const [all, labels] = await readDatabaseFile(file, [countAllRecords, countNodeTables]);
      records = Number(all[0]?.total);
      tables = Number(labels[0]?.total);
    } catch (e) {
      this.log.error(`Backup ${file} does not open: ${describe(e)}`);
      rmSync(file, { force: true });
      throw new BackupFailed('The backup was written but does not open: it is damaged, so it was removed. The server log says why; the previous backups are kept.');
    }
    if (!(tables > 0) || records !== expected) {
      rmSync(file, { force: true });
      throw new BackupFailed(
        `The backup was written but holds ${records} records where the database held ${expected}${tables > 0 ? '' : ', and no tables'}: it was removed. The previous backups are kept.`,
      );
    }
    return records;
  }

  /** Removes backups that the retention rules do not keep. Only files named like backups are touched. */
  private prune(): void {
    const all = this.list();
    const keep = backupsToKeep(all, this.settings.keepDaily, this.settings.keepWeekly);
    const gone: Array<{ file: string }> = all.filter((b) => !keep.has(b));
    // Copies cut short by a crash or a kill (only one backup runs at a time, and this one is done).
    for (const name of readdirSync(this.dir)) if (/^graph-.*\.lbug\.partial$/.test(name)) gone.push({ file: join(this.dir, name) });
    for (const b of gone) {
      try {
        rmSync(b.file, { force: true });
      } catch (e) {
        this.log.error(`Could not remove the old backup ${b.file}: ${describe(e)}`);
      }
    }
    if (gone.length) this.log.log(`Removed ${gone.length} old or unfinished backup file(s); ${keep.size} backup(s) kept.`);
  }

  private list(): Array<{ file: string; at: Date; bytes: number }> {
    const out: Array<{ file: string; at: Date; bytes: number }> = [];
    // The admin page must show the last failure even when the folder is gone or is not a folder.
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return out;
    }
    for (const name of names) {
      const at = backupTime(name);
      const bytes = at ? statSync(join(this.dir, name), { throwIfNoEntry: false })?.size : undefined;
      if (at && bytes !== undefined) out.push({ file: join(this.dir, name), at, bytes });
    }
    return out;
  }

  private save(): void {
    const file = join(this.dir, 'status.json');
    try {
      writeFileSync(`${file}.partial`, JSON.stringify(this.state, null, 2));
      renameSync(`${file}.partial`, file);
    } catch (e) {
      this.log.error(`Could not record the backup status in ${file}: ${describe(e)}`);
    }
  }
}

/** The recorded outcome of the last backups (also read by `npm run backup` while the app runs). */
export function readState(dir: string): { lastGood: BackupRecord | null; lastFailure: BackupFailure | null } {
  try {
    const s = JSON.parse(readFileSync(join(dir, 'status.json'), 'utf8')) as { lastGood?: BackupRecord; lastFailure?: BackupFailure };
    return { lastGood: s.lastGood ?? null, lastFailure: s.lastFailure ?? null };
  } catch {
    return { lastGood: null, lastFailure: null };
  }
}

const mib = (bytes: number) => `${Math.ceil(bytes / 2 ** 20)} MiB`;
const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));
