import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../config/app-config.js';
import { openGraphStore } from '../../open-store.js';
import { DatabaseFileError } from './database-file.js';

/** A data folder with a real database in it (schema applied, closed cleanly) and two backups, the newer one named. */
async function dataFolder(): Promise<{ dir: string; file: string; newest: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-damaged-'));
  const config = loadConfig({ DATA_DIR: dir });
  const store = await openGraphStore(config);
  expect(store.isNew).toBe(true);
  await store.close();
  mkdirSync(join(dir, 'backups', 'daily'), { recursive: true });
  const older = join(dir, 'backups', 'graph-20260101-000000Z.lbug');
  const newest = join(dir, 'backups', 'daily', 'graph-20260301-000000Z.lbug');
  writeFileSync(older, readFileSync(config.databaseFile));
  writeFileSync(newest, readFileSync(config.databaseFile));
  utimesSync(older, new Date('2026-01-01'), new Date('2026-01-01'));
  utimesSync(newest, new Date('2026-03-01'), new Date('2026-03-01'));
  return { dir, file: config.databaseFile, newest };
}

async function refusal(dir: string): Promise<string> {
  const error = await openGraphStore(loadConfig({ DATA_DIR: dir })).then(
    async (store) => {
      await store.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatabaseFileError);
  return (error as Error).message;
}

describe('a damaged or foreign database file stops the start, saying what is wrong and how to restore', () => {
  let dir: string;
  let file: string;
  let newest: string;
  beforeEach(async () => {
    ({ dir, file, newest } = await dataFolder());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const restoreLine = () => `npm run restore -- ${newest}`;

  it('opens the database as it was when nothing is wrong (not as new: no demo goes into it)', async () => {
    const store = await openGraphStore(loadConfig({ DATA_DIR: dir }));
    expect(store.isNew).toBe(false);
    await store.close();
  });

  it('refuses an empty (0-byte) file, and leaves it as it was', async () => {
    writeFileSync(file, '');
    const message = await refusal(dir);
    expect(message).toContain(`The database file ${file} is empty (0 bytes)`);
    expect(message).toContain(`The newest backup is ${newest}`);
    expect(message).toContain(restoreLine());
    expect(statSync(file).size).toBe(0);
  });

  it('refuses a file that is not the engine’s (a CSV saved under its name)', async () => {
    writeFileSync(file, 'name,email\nAna,ana@example.org\n');
    const message = await refusal(dir);
    expect(message).toContain(`The file ${file} is not a database of this app`);
    expect(message).toContain(restoreLine());
  });

  it('refuses a file cut short in the middle of a page', async () => {
    truncateSync(file, Math.floor(statSync(file).size / 2) + 100);
    const message = await refusal(dir);
    expect(message).toContain(`The database file ${file} is truncated`);
    expect(message).toContain(restoreLine());
  });

  it('refuses a file cut short at a page boundary, which only the engine can tell', async () => {
    truncateSync(file, 4096 * 4);
    const message = await refusal(dir);
    expect(message).toContain(`The database file ${file} is truncated or damaged, so the app did not start (the engine says:`);
    expect(message).toContain(restoreLine());
  });

  it('refuses a write-ahead log whose database file is gone', async () => {
    rmSync(file);
    writeFileSync(`${file}.wal`, 'x'.repeat(100));
    const message = await refusal(dir);
    expect(message).toContain(`${file}.wal is there but the database file ${file} is missing`);
  });

  it('says where a copy would go when there is no backup yet', async () => {
    rmSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(file, '');
    const message = await refusal(dir);
    expect(message).toContain(`There is no backup in ${join(dir, 'backups')}`);
    expect(message).toContain(`DATA_DIR=${dir} npm run restore -- FILE`);
  });
});
