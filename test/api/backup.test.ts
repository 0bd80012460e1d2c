import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, ROOT, startServer } from '../support/server.js';

const cli = (name: string, args: string[], dataDir: string) =>
  execFileSync(process.execPath, [join(ROOT, `server/dist/cli/${name}.js`), ...args], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });

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
      const out = cli('backup', [], server.dataDir);
      await writing;
      expect(out).toMatch(/Backed up the running app's data to .*graph-.*\.lbug \(\d+ bytes\)/);
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
      expect(counts.people.totalCount).toBe(300 + 1 + concurrent);
      expect({ ...counts, people: null }).toEqual({ ...(before as object), people: null });
      expect((before as { people: { totalCount: number } }).people.totalCount).toBe(300 + 1 + 10 + 1);
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
    expect(cli('backup', ['--out', out], server.dataDir)).toMatch(/Backed up .* \(\d+ bytes\)/);
    expect(existsSync(out)).toBe(true);
    const bad = join(server.dataDir, 'not-a-backup.lbug');
    execFileSync('sh', ['-c', `echo nonsense > ${bad}`]);
    expect(() => cli('restore', [bad], server.dataDir)).toThrow(/Restore failed: the backup could not be opened/);
    const again = await startServer({}, server.dataDir);
    try {
      const c = new GraphqlClient(again.url);
      await c.signIn(DEMO.admin, DEMO_PASSWORD);
      expect((await c.ok(COUNTS)).people.totalCount).toBe(300);
    } finally {
      await again.stop();
      removeDir(server.dataDir);
    }
  });
});
