import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statfsSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { STORAGE_FULL_MESSAGE } from '../../../common/app-error.js';
import { BulkQueries as B, STAGING_DIR, STAGING_FILES, STAGING_USABLE } from '../../../modules/import/bulk.queries.js';
import { cypher } from '../../query.js';
import { copySourceFiles, estimateWriteBytes } from './disk-room.js';
import { EmbeddedGraphStore } from './embedded.store.js';

const addPerson = cypher('test.storage.addPerson', 'write', 'CREATE (p:Person {id: $id, name: $name, notes: $notes, version: 1})');
const people = cypher('test.storage.people', 'read', 'MATCH (p:Person) RETURN p.id AS id, p.notes AS notes ORDER BY p.id');
const MiB = 2 ** 20;

async function openStore(dir: string, reserveBytes: number): Promise<EmbeddedGraphStore> {
  const store = await EmbeddedGraphStore.open({ file: join(dir, 'graph.lbug'), reserveBytes });
  await store.applySchema();
  return store;
}

describe('embedded store: room on the disk is checked before the engine is asked', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cg-disk-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a write below the reserve with STORAGE_FULL and changes nothing; reads go on', async () => {
    const s = statfsSync(dir);
    const store = await openStore(dir, Number(s.bavail) * Number(s.bsize) + 1024 * MiB);
    await expect(store.write(addPerson, { id: 'p1', name: 'Ana', notes: 'x' })).rejects.toMatchObject({ code: 'STORAGE_FULL', message: STORAGE_FULL_MESSAGE });
    expect(await store.read(people)).toEqual([]);
    expect(store.writes()).toBe(0);
    await store.close();
  });

  it('counts a bulk COPY by the size of the files it loads, and refuses one that does not fit', async () => {
    expect(STAGING_USABLE).toBe(true);
    expect(copySourceFiles(B.copyPeople.embedded)).toEqual([STAGING_FILES.people]);
    expect(copySourceFiles(B.copyKnowsHalves.embedded)).toEqual([STAGING_FILES.knows, STAGING_FILES.knows2]);
    expect(copySourceFiles(addPerson.embedded)).toEqual([]);
    expect(estimateWriteBytes([], { notes: 'é'.repeat(50_000) })).toBeGreaterThanOrEqual(200_000);

    const store = await openStore(dir, 0);
    await store.write(addPerson, { id: 'p1', name: 'Ana', notes: 'kept' });
    mkdirSync(STAGING_DIR, { recursive: true });
    try {
      // A sparse staging file as large as the free space: loading it could not fit, whatever it holds.
      const s = statfsSync(dir);
      writeFileSync(STAGING_FILES.people, '');
      truncateSync(STAGING_FILES.people, Number(s.bavail) * Number(s.bsize));
      await expect(store.transaction(async (tx) => {
        await tx.run(addPerson, { id: 'p2', name: 'Bo', notes: 'not kept' });
        await tx.run(B.copyPeople, {});
      })).rejects.toMatchObject({ code: 'STORAGE_FULL' });
      expect(await store.read(people)).toEqual([{ id: 'p1', notes: 'kept' }]);
    } finally {
      rmSync(STAGING_DIR, { recursive: true, force: true });
      await store.close();
    }
  });
});

/** A data folder on its own small tmpfs (root only, as in CI); why not where it cannot be mounted. */
function smallDisk(): { dir: string; unmount: () => void } | { why: string } {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return { why: 'mounting a tmpfs needs root on Linux' };
  const dir = mkdtempSync(join(tmpdir(), 'cg-disk-io-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    rmdirSync(dir);
    return { why: `mount -t tmpfs failed: ${String((e as { stderr?: Buffer }).stderr ?? e).trim()}` };
  }
  return { dir, unmount: () => (execFileSync('umount', ['-l', dir]), rmdirSync(dir)) };
}

/** Opens the database as the app does, writes one more record, writes every other person to a file, closes cleanly. */
const REOPEN = `
import { writeFileSync } from 'node:fs';
import lbug from '@ladybugdb/core';
const db = new lbug.Database(process.argv[1], 0, true, false, 0, false, -1, true, false);
await db.init();
const c = new lbug.Connection(db);
await c.init();
(await c.query("CREATE (p:Person {id: 'p12', name: 'P12', notes: 'after restart', version: 1})")).close();
const r = await c.query('MATCH (p:Person) WHERE p.id <> "p12" RETURN p.id AS id, p.notes AS notes ORDER BY p.id');
writeFileSync(process.argv[2], JSON.stringify(await r.getAll()));
r.close();
c.close();
await db.close();
process.exit(0);
`;
const leftOpen: unknown[] = [];

const probe = smallDisk();
if ('unmount' in probe) probe.unmount();
else console.warn(`SKIPPED the engine I/O error test: ${probe.why}`);
const onTmpfs = 'unmount' in probe ? it : it.skip;

describe('embedded store: an I/O error from the engine makes the app read-only', () => {
  onTmpfs('stops writing after the engine fails to write, keeps reading, and leaves a log that replays intact', async () => {
    const disk = smallDisk();
    if (!('unmount' in disk)) throw new Error(disk.why);
    const logged: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((m: unknown) => void logged.push(String(m)));
    try {
      const notes = (i: number) => `${i}:`.padEnd(100_000, String(i % 10));
      const store = await openStore(disk.dir, 0);
      for (let i = 0; i < 10; i++) await store.write(addPerson, { id: `p${i}`, name: `P${i}`, notes: notes(i) });
      // Something else takes the last of the disk between two looks at the free space (they are a second apart),
      // so the next write reaches the engine on a full disk.
      const s = statfsSync(disk.dir);
      writeFileSync(join(disk.dir, 'ballast'), Buffer.alloc(Number(s.bavail) * Number(s.bsize), 1));
      const failed = await store.write(addPerson, { id: 'p10', name: 'P10', notes: notes(10) }).catch((e: unknown) => e);
      expect(failed).toMatchObject({ code: 'STORAGE_FULL', message: expect.stringMatching(/nothing was saved/) });
      expect(logged.filter((m) => /read-only from now on/.test(m))).toHaveLength(1);
      expect(logged[0]).toMatch(/no space left on the disk/);

      // Space returns, but this process never writes to those files again: refused, said once.
      rmSync(join(disk.dir, 'ballast'));
      await expect(store.write(addPerson, { id: 'p11', name: 'P11', notes: 'x' })).rejects.toMatchObject({ code: 'STORAGE_FULL', message: expect.stringMatching(/stopped saving after a disk error/) });
      await expect(store.backup(join(disk.dir, 'backups', 'b.lbug'))).rejects.toMatchObject({ code: 'STORAGE_FULL' });
      expect((await store.read(people)).map((r) => r.id)).toEqual([...Array(10).keys()].map((i) => `p${i}`));
      await store.close();
      // The engine is left unclosed, as after a crash: kept from the garbage collector, whose clean-up would write.
      leftOpen.push(store);
      expect(logged.filter((m) => /read-only from now on/.test(m))).toHaveLength(1);
      // No checkpoint at close after the error: the log stays and replays at the next open.
      expect(readdirSync(disk.dir).some((f) => f.startsWith('graph.lbug.wal'))).toBe(true);

      // The next start, in another process, on the files as this one leaves them (copied: it still holds their lock).
      const next = mkdtempSync(join(tmpdir(), 'cg-disk-next-'));
      try {
        for (const f of readdirSync(disk.dir).filter((f) => f.startsWith('graph.lbug'))) copyFileSync(join(disk.dir, f), join(next, f));
        execFileSync(process.execPath, ['--input-type=module', '-e', REOPEN, join(next, 'graph.lbug'), join(next, 'rows.json')]);
        const rows = JSON.parse(readFileSync(join(next, 'rows.json'), 'utf8')) as Array<{ id: string; notes: string }>;
        expect(rows.map((r) => r.id)).toEqual([...Array(10).keys()].map((i) => `p${i}`));
        for (const r of rows) expect(r.notes).toBe(notes(Number(r.id.slice(1))));
        expect(existsSync(join(next, 'graph.lbug.wal'))).toBe(false);
      } finally {
        rmSync(next, { recursive: true, force: true });
      }
    } finally {
      spy.mockRestore();
      disk.unmount();
    }
  }, 120_000);
});
