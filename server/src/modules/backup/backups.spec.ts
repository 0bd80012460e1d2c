import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadConfig } from '../../config/app-config.js';
import { readDatabaseFile } from '../../graph/engines/embedded/embedded.store.js';
import type { GraphStore } from '../../graph/graph-store.port.js';
import { openGraphStore } from '../../graph/open-store.js';
import { cypher } from '../../graph/query.js';
import { appOnDataDir, backupName, pidFile, writePid } from './backup.js';
import { countAllRecords } from './backup.queries.js';
import { BackupFailed, Backups } from './backups.js';
import { backupsToKeep } from './retention.js';

const addRegion = cypher('test.backups.addRegion', 'write', 'CREATE (:Region {id: $id, name: $name})');
const DAY = 86_400_000;
const quiet = { log: () => undefined, error: () => undefined };

describe('retention: 7 daily and 4 weekly backups', () => {
  const at = (iso: string) => ({ at: new Date(iso), name: new Date(iso).toISOString() });
  const kept = (backups: Array<{ at: Date; name: string }>, daily = 7, weekly = 4) =>
    [...backupsToKeep(backups, daily, weekly)].map((b) => b.name).sort();

  it('keeps the newest of each of the last 7 days, and the newest of each of the last 4 weeks', () => {
    // One backup a day at 03:00 from Monday 2026-01-05 to Saturday 2026-02-28 (55 days).
    const daily = Array.from({ length: 55 }, (_, i) => at(new Date(Date.parse('2026-01-05T03:00:00Z') + i * DAY).toISOString()));
    expect(kept(daily)).toEqual([
      // Weeks starting Mon 02-02 and 02-09 end on Sundays 02-08 and 02-15; 02-16's week ends 02-22.
      '2026-02-08T03:00:00.000Z', '2026-02-15T03:00:00.000Z',
      '2026-02-22T03:00:00.000Z', '2026-02-23T03:00:00.000Z', '2026-02-24T03:00:00.000Z', '2026-02-25T03:00:00.000Z',
      '2026-02-26T03:00:00.000Z', '2026-02-27T03:00:00.000Z', '2026-02-28T03:00:00.000Z',
    ]);
  });

  it('keeps one backup per day, the newest, when several were taken the same day', () => {
    const backups = [at('2026-03-02T01:00:00Z'), at('2026-03-02T13:00:00Z'), at('2026-03-02T23:59:59Z'), at('2026-03-03T00:00:00Z'), at('2026-03-03T06:00:00Z')];
    expect(kept(backups)).toEqual(['2026-03-02T23:59:59.000Z', '2026-03-03T06:00:00.000Z']);
  });

  it('counts days that have a backup, so a pause in backups does not delete the ones before it', () => {
    const before = Array.from({ length: 3 }, (_, i) => at(`2026-01-0${5 + i}T03:00:00Z`));
    const after = [at('2026-03-01T03:00:00Z')];
    expect(kept([...before, ...after])).toEqual([...before, ...after].map((b) => b.name));
  });

  it('always keeps the newest backup, even with no daily or weekly ones asked for', () => {
    expect(kept([at('2026-03-01T03:00:00Z'), at('2026-03-02T03:00:00Z')], 0, 0)).toEqual(['2026-03-02T03:00:00.000Z']);
  });
});

describe('scheduled backups of the embedded database', () => {
  let dir: string;
  let store: GraphStore;
  let clock: Date;
  const backups = (over: Partial<GraphStore> = {}) =>
    new Backups({ ...store, engine: 'embedded', backup: store.backup!.bind(store), ...over } as GraphStore, {
      dataDir: dir, databaseFile: join(dir, 'graph.lbug'), scheduleHours: 24, keepDaily: 7, keepWeekly: 4, now: () => clock, log: quiet,
    });
  const files = () => readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.lbug')).sort();

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cg-backups-'));
    store = await openGraphStore(loadConfig({ DATA_DIR: dir }));
    await store.write(addRegion, { id: 'region-a', name: 'Great Lakes' });
    clock = new Date('2026-01-05T03:00:00Z');
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a backup a day for 30 days and keeps the 7 newest days and the newest of 4 weeks, each with every record', async () => {
    const b = backups();
    for (let day = 0; day < 30; day++) {
      clock = new Date(Date.parse('2026-01-05T03:00:00Z') + day * DAY);
      await store.write(addRegion, { id: `region-${day}`, name: `Region ${day}` });
      await b.take();
    }
    // Mon 2026-01-05 + 29 days = Tue 2026-02-03: dailies 01-28..02-03; weeks end Sun 01-18, 01-25, and 02-01 (daily too).
    expect(files()).toEqual(['2026-01-18', '2026-01-25', '2026-01-28', '2026-01-29', '2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02', '2026-02-03']
      .map((d) => backupName(new Date(`${d}T03:00:00Z`))));
    const status = b.status();
    expect(status.lastGood).toMatchObject({ file: join(dir, 'backups', backupName(clock)), takenAt: clock.toISOString() });
    expect(status.lastFailure).toBeNull();
    expect(status.kept.map((k) => basename(k.file))).toEqual(files().reverse());
    // The newest backup holds every record; the one of 01-18 what there was then (14 regions fewer).
    const total = Number((await store.read(countAllRecords))[0].total);
    expect(status.lastGood!.records).toBe(total);
    const [older] = await readDatabaseFile(join(dir, 'backups', files()[0]), [countAllRecords]);
    expect(Number(older[0].total)).toBe(total - 16);
  });

  it('reports a backup that does not open as failed, removes it, keeps the previous one, and clears the failure on the next good backup', async () => {
    const b = backups();
    const good = await b.take();
    clock = new Date(clock.getTime() + DAY);
    // A copy cut short, as a failing disk or a killed copy would leave it.
    const truncating = backups({
      backup: async (file, count) => {
        const taken = await store.backup!(file, count);
        truncateSync(file, Math.floor(taken.bytes / 3));
        return taken;
      },
    });
    await expect(truncating.take()).rejects.toThrow(new BackupFailed('The backup was written but does not open: it is damaged, so it was removed. The server log says why; the previous backups are kept.'));
    expect(files()).toEqual([basename(good.file)]);
    const failed = truncating.status();
    expect(failed.lastGood).toEqual(good);
    expect(failed.lastFailure).toEqual({ at: clock.toISOString(), message: expect.stringContaining('does not open') });
    // After a restart the failure is still shown.
    expect(backups().status().lastFailure).toEqual(failed.lastFailure);

    clock = new Date(clock.getTime() + 60_000);
    const next = await backups().take();
    expect(backups().status()).toMatchObject({ lastGood: next, lastFailure: null });
  });

  it('reports a backup that is not a database, or holds fewer records than the database had, as failed', async () => {
    const garbage = backups({
      backup: async (file) => {
        writeFileSync(file, 'not a database '.repeat(1000));
        return { bytes: 15_000, records: 2 };
      },
    });
    await expect(garbage.take()).rejects.toThrow(/does not open: it is damaged/);
    expect(files()).toEqual([]);

    const short = backups({
      backup: async (file, count) => {
        const taken = await store.backup!(file, count);
        return { ...taken, records: taken.records! + 1 };
      },
    });
    await expect(short.take()).rejects.toThrow(/holds \d+ records where the database held \d+: it was removed/);
    expect(files()).toEqual([]);
    expect(short.status()).toMatchObject({ lastGood: null, lastFailure: { message: expect.stringMatching(/records where the database held/) } });
  });

  it('takes a new backup for a request that comes while one is running, and joins a running one otherwise', async () => {
    const b = backups();
    const scheduled = b.take();
    const joined = b.take();
    clock = new Date(clock.getTime() + 1000);
    const requested = b.request();
    const [first, again, own] = await Promise.all([scheduled, joined, requested]);
    expect(again).toBe(first);
    expect(own.takenAt).toBe(clock.toISOString());
    expect(own.takenAt > first.takenAt).toBe(true);
  });

  it('checks a backup without changing it', async () => {
    const { file } = await backups().take();
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();
    await readDatabaseFile(file, [countAllRecords]);
    expect(hash()).toBe(before);
    expect(readdirSync(join(dir, 'backups')).filter((f) => f !== 'status.json')).toEqual([basename(file)]);
  });

  it('is off on an engine without backups (Neo4j), saying so', () => {
    const b = backups({ engine: 'neo4j', backup: undefined });
    b.start();
    expect(b.status()).toMatchObject({ scheduled: false, nextAt: null, offReason: expect.stringContaining('Neo4j') });
  });

  it('schedules the first backup a minute after start when there is none, and the next one a period after the last good one', async () => {
    const first = backups();
    first.start();
    expect(first.status()).toMatchObject({ scheduled: true, nextAt: new Date(clock.getTime() + 60_000).toISOString() });
    first.stop();
    await first.take();
    clock = new Date(clock.getTime() + 3 * 3_600_000);
    const restarted = backups();
    restarted.start();
    expect(restarted.status().nextAt).toBe(new Date(clock.getTime() + 21 * 3_600_000).toISOString());
    restarted.stop();
  });
});

describe('the app.pid check before signalling', () => {
  let dir: string;
  let other: ChildProcess | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cg-pid-'));
  });
  afterEach(() => {
    other?.kill();
    other = null;
    rmSync(dir, { recursive: true, force: true });
  });
  const sleeper = async () => {
    other = spawn('sleep', ['30'], { stdio: 'ignore' });
    await new Promise((r) => other!.once('spawn', r));
    return other.pid!;
  };

  it('finds the app that wrote the pid file', () => {
    writePid(dir);
    expect(appOnDataDir(dir)).toEqual({ running: process.pid });
  });

  it('treats a pid now used by another program as stale, naming it', async () => {
    writePid(dir);
    const record = JSON.parse(readFileSync(pidFile(dir), 'utf8')) as { pid: number; startTicks: string };
    // The app's pid file, its pid reused by another program after a crash: that program started at another time.
    writeFileSync(pidFile(dir), JSON.stringify({ pid: await sleeper(), startTicks: String(Number(record.startTicks) - 1) }));
    expect(appOnDataDir(dir)).toEqual({ stale: expect.stringMatching(/names process \d+, which is now another program \(sleep\): the app is not running/) });
    // A pid file from before start times were recorded names a process that is not the app's main.js.
    writeFileSync(pidFile(dir), String(other!.pid));
    expect(appOnDataDir(dir)).toEqual({ stale: expect.stringContaining('which is now another program (sleep)') });
  });

  it('treats a pid of an ended process, or a file without a pid, as stale', async () => {
    const pid = await sleeper();
    other!.kill();
    await new Promise((r) => other!.once('exit', r));
    writeFileSync(pidFile(dir), JSON.stringify({ pid, startTicks: '1' }));
    expect(appOnDataDir(dir)).toEqual({ stale: expect.stringContaining(`names process ${pid}, which has ended`) });
    writeFileSync(pidFile(dir), 'garbage');
    expect(appOnDataDir(dir)).toEqual({ stale: expect.stringContaining('does not hold a process id') });
    rmSync(pidFile(dir));
    expect(appOnDataDir(dir)).toBeNull();
    expect(existsSync(pidFile(dir))).toBe(false);
  });
});
