import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, ROOT, startServer } from '../support/server.js';

describe('API: the data across restarts', () => {
  it('keeps what was saved across a restart, does not load the demo twice, and leaves no write-ahead log after SIGTERM', async () => {
    const first = await startServer();
    const c = new GraphqlClient(first.url);
    await c.signIn(DEMO.admin, DEMO_PASSWORD);
    const notes = 'Long one-to-one notes. '.repeat(3000);
    const id = (await c.ok(`mutation($n: String) { createPerson(input: { name: "Survives Restart", regionId: "region-great-lakes", notes: $n }) { id } }`, { n: notes })).createPerson.id;
    expect(await first.stop()).toBe(0);
    expect(readdirSync(first.dataDir).filter((f) => f.endsWith('.wal'))).toEqual([]);
    expect(existsSync(join(first.dataDir, 'graph.lbug'))).toBe(true);

    const second = await startServer({}, first.dataDir);
    try {
      expect(second.output()).not.toMatch(/Loaded the demo coalition/);
      const c2 = new GraphqlClient(second.url);
      await c2.signIn(DEMO.admin, DEMO_PASSWORD);
      expect((await c2.ok('{ people(first: 1) { totalCount } }')).people.totalCount).toBe(337);
      expect((await c2.ok(`query($id: ID!) { person(id: $id) { notes } }`, { id })).person.notes).toBe(notes.trim());
    } finally {
      await second.stop();
      removeDir(first.dataDir);
    }
  });

  it('starts empty, without demo data, when DEMO_DATA=false', async () => {
    const s = await startServer({ DEMO_DATA: 'false' });
    try {
      const c = new GraphqlClient(s.url);
      expect((await c.signIn(DEMO.admin, DEMO_PASSWORD)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    } finally {
      await s.stop();
      removeDir(s.dataDir);
    }
  });

  it('creates the first admin from the shell, who can then sign in', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cg-admin-'));
    const cli = (password: string) =>
      execFileSync(process.execPath, [join(ROOT, 'server/dist/cli/create-admin.js'), '--email', 'Founder@Example.org', '--name', 'Founder'], {
        env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, ADMIN_PASSWORD: password },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    expect(() => cli('too-short')).toThrow(/at least 12 characters/);
    expect(cli('a-long-founder-password')).toContain('Created admin account founder@example.org');
    const s = await startServer({ DEMO_DATA: 'false' }, dataDir);
    try {
      const c = new GraphqlClient(s.url);
      expect((await c.signIn('founder@example.org', 'a-long-founder-password')).errors).toBeUndefined();
      expect((await c.ok('{ me { role allRegions } }')).me).toEqual({ role: 'ADMIN', allRegions: true });
      expect((await c.ok('mutation { createRegion(input: { name: "Twin Cities" }) { name } }')).createRegion).toEqual({ name: 'Twin Cities' });
    } finally {
      await s.stop();
      removeDir(dataDir);
    }
  });
});
