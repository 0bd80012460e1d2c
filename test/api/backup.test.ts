import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, ROOT, startServer } from '../support/server.js';

const cli = (name: string, args: string[], dataDir: string) =>
  execFileSync(process.execPath, [join(ROOT, `server/dist/cli/${name}.js`), ...args], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });

/**
 * The same, without blocking this process: the writes sent meanwhile go out and are answered while the backup runs
 * (a blocked event loop held them back until the server had closed their idle keep-alive sockets).
 */
const cliAsync = async (name: string, args: string[], dataDir: string) =>
  (await promisify(execFile)(process.execPath, [join(ROOT, `server/dist/cli/${name}.js`), ...args], { env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir }, encoding: 'utf8' })).stdout;

const COUNTS = `{ people(first: 1) { totalCount } organizations(first: 1) { totalCount } campaigns { id } races { id } }`;

describe('backup and restore (embedded engine)', () => {
  it('backs up while the app runs and writes; restoring gives back exactly what was there at the backup', async () => {
    const server = await startServer();
    const c = new GraphqlClient(server.url);
    await c.signIn(DEMO.admin, DEMO_PASSWORD);
    const create = (name: string) => c.ok(`mutation($n: String!, $notes: String) { createPerson(input: { name: $n, regionId: "region-great-lakes", notes: $notes }) { id } }`, { n: name, notes: 'x'.repeat(20_000) });
    await create('Kept By Backup');
    let backupFile = '';
    let before: unknown;
    try {
      // Writes keep arriving while the backup is taken.
      const writing = Promise.all(Array.from({ length: 10 }, (_, i) => create(`Concurrent ${i}`)));
      const [out] = await Promise.all([cliAsync('backup', [], server.dataDir), writing]);
      expect(out).toMatch(/Backed up the running app's data to .*graph-.*\.lbug \(\d+ bytes, \d+ records, checked\)/);
      backupFile = join(server.dataDir, 'backups', readdirSync(join(server.dataDir, 'backups'))[0]);
      await create('After The Backup');
      before = await c.ok(COUNTS);
      expect(() => cli('restore', [backupFile], server.dataDir)).toThrow(/The app is running on this data folder/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(existsSync(join(server.dataDir, 'app.pid'))).toBe(false);

    // Restore into a fresh folder and compare with what the backup held.
    const restoredDir = mkdtempSync(join(tmpdir(), 'cg-restore-'));
    expect(cli('restore', [backupFile], restoredDir)).toMatch(/Restored .* \(\d+ records\)/);
    const restored = await startServer({ DEMO_DATA: 'false' }, restoredDir);
    try {
      const r = new GraphqlClient(restored.url);
      await r.signIn(DEMO.admin, DEMO_PASSWORD);
      const names = async (s: string) => (await r.ok(`query($s: String) { people(search: $s, first: 50) { nodes { name notes } } }`, { s })).people.nodes;
      expect(await names('Kept By Backup')).toEqual([{ name: 'Kept By Backup', notes: 'x'.repeat(20_000) }]);
      expect(await names('After The Backup')).toEqual([]);
      const counts = await r.ok(COUNTS);
      const concurrent = (await names('Concurrent')).length;
      // Everything at the backup came back: the demo, the first person and however many concurrent writes preceded it.
      expect(counts.people.totalCount).toBe(336 + 1 + concurrent);
      expect({ ...counts, people: null }).toEqual({ ...(before as object), people: null });
      expect((before as { people: { totalCount: number } }).people.totalCount).toBe(336 + 1 + 10 + 1);
    } finally {
      await restored.stop();
      removeDir(restoredDir);
      removeDir(server.dataDir);
    }
  });

  it('backs up a stopped app’s data from the shell, and a restore of a bad file changes nothing', async () => {
    const server = await startServer();
    await server.stop();
    const out = join(server.dataDir, 'manual.lbug');
    expect(cli('backup', ['--out', out], server.dataDir)).toMatch(/Backed up .* \(\d+ bytes, \d+ records, checked\)/);
    expect(existsSync(out)).toBe(true);
    const bad = join(server.dataDir, 'not-a-backup.lbug');
    execFileSync('sh', ['-c', `echo nonsense > ${bad}`]);
    expect(() => cli('restore', [bad], server.dataDir)).toThrow(/Restore failed: the backup could not be opened/);
    const empty = join(server.dataDir, 'empty.lbug');
    writeFileSync(empty, '');
    expect(() => cli('restore', [empty], server.dataDir)).toThrow(/Restore failed: the backup could not be opened \(it holds no tables\); nothing was changed/);
    const again = await startServer({}, server.dataDir);
    try {
      const c = new GraphqlClient(again.url);
      await c.signIn(DEMO.admin, DEMO_PASSWORD);
      expect((await c.ok(COUNTS)).people.totalCount).toBe(336);
    } finally {
      await again.stop();
      removeDir(server.dataDir);
    }
  });
});

const STATUS = `{ backupStatus { scheduled offReason scheduleHours keepDaily keepWeekly nextAt
  lastGood { file takenAt bytes records } lastFailure { at message } kept { file takenAt bytes } } }`;

describe('scheduled backups (embedded engine)', () => {
  it('takes checked backups on a schedule, keeps one a day, and shows admins the last good one and a failure until the next success', async () => {
    // 0.001 hours: every 3.6 s, the first 3.6 s after start.
    const server = await startServer({ BACKUP_SCHEDULE_HOURS: '0.001' });
    const admin = new GraphqlClient(server.url);
    await admin.signIn(DEMO.admin, DEMO_PASSWORD);
    const status = async () => (await admin.ok(STATUS)).backupStatus;
    const until = async <T>(check: (s: any) => T | undefined | false | null, what: string): Promise<T> => {
      for (let i = 0; i < 450; i++) {
        const found = check(await status());
        if (found) return found;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`waited 90 s for ${what}:\n${JSON.stringify(await status())}\n${server.output()}`);
    };
    try {
      const before = await status();
      expect(before).toMatchObject({ scheduled: true, offReason: null, scheduleHours: 0.001, keepDaily: 7, keepWeekly: 4, lastGood: null, lastFailure: null, kept: [] });
      const first = await until((s) => s.lastGood, 'a first backup');
      const backups = join(server.dataDir, 'backups');
      expect(first.file).toBe(join(backups, readdirSync(backups).find((f) => f.endsWith('.lbug'))!));
      // The demo coalition: its 300 people, organizations, ties and the rest, counted in the backup opened read-only.
      expect(first.records).toBeGreaterThan(300);

      // Others do not see backups.
      const staff = new GraphqlClient(server.url);
      await staff.signIn(DEMO.staff, DEMO_PASSWORD);
      const refused = await staff.request(STATUS);
      expect(refused.errors?.[0]).toMatchObject({ message: 'Only admins see backups.', extensions: { code: 'FORBIDDEN' } });

      // The next scheduled backup replaces it: one backup a day is kept.
      const second = await until((s) => s.lastGood?.takenAt !== first.takenAt && s.lastGood, 'a second backup');
      expect(second.records).toBeGreaterThanOrEqual(first.records);
      expect(readdirSync(backups).filter((f) => f.endsWith('.lbug'))).toEqual([second.file.split('/').pop()]);
      expect((await status()).kept.map((k: { file: string }) => k.file)).toEqual([second.file]);

      // A backups folder that cannot be written: the failure is shown beside the last good backup...
      rmSync(backups, { recursive: true });
      writeFileSync(backups, 'in the way');
      const failed = await until((s) => s.lastFailure, 'a failed backup');
      expect(failed.message).toBe(`The backup could not be written to ${backups}; the server log says why.`);
      expect((await status()).lastGood).toEqual(second);
      // ...until a backup succeeds again.
      rmSync(backups);
      const recovered = await until((s) => !s.lastFailure && s.lastGood?.takenAt !== second.takenAt && s.lastGood, 'a backup after the failure');
      expect(existsSync(recovered.file)).toBe(true);
    } finally {
      expect(await server.stop()).toBe(0);
      removeDir(server.dataDir);
    }
  });

  it('is off when BACKUP_SCHEDULE_HOURS is 0, saying so', async () => {
    const server = await startServer({ BACKUP_SCHEDULE_HOURS: '0' });
    try {
      const admin = new GraphqlClient(server.url);
      await admin.signIn(DEMO.admin, DEMO_PASSWORD);
      expect((await admin.ok(STATUS)).backupStatus).toMatchObject({ scheduled: false, nextAt: null, offReason: expect.stringContaining('BACKUP_SCHEDULE_HOURS is 0') });
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });

  it('does not signal a process that is not the app: a stale app.pid is reported and the data backed up directly', async () => {
    const server = await startServer({ BACKUP_SCHEDULE_HOURS: '0' });
    await server.stop();
    const other = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      await new Promise((r) => other.once('spawn', r));
      // As after a crash: the pid file left behind, its pid now another program's.
      writeFileSync(join(server.dataDir, 'app.pid'), String(other.pid));
      const run = spawnSync(process.execPath, [join(ROOT, 'server/dist/cli/backup.js')], {
        env: { PATH: process.env.PATH ?? '', DATA_DIR: server.dataDir }, encoding: 'utf8',
      });
      expect(run.stderr).toContain(`names process ${other.pid}, which is now another program (sleep): the app is not running`);
      expect(run.stdout).toMatch(/Backup written to .*graph-.*\.lbug \(\d+ bytes, \d+ records, checked\)/);
      expect(run.status).toBe(0);
      await new Promise((r) => setTimeout(r, 300));
      // Not signalled: SIGUSR2 would have ended it.
      expect(other.signalCode).toBeNull();
      expect(existsSync(join(server.dataDir, 'app.pid'))).toBe(false);
    } finally {
      other.kill();
      removeDir(server.dataDir);
    }
  });
});
