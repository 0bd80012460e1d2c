import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeDir, startServer } from '../support/server.js';

/** Starts the built app on a data folder and gives back how it ended: it must not start. */
async function refusedStart(dataDir: string): Promise<string> {
  const error = await startServer({}, dataDir).then(
    async (s) => {
      await s.kill();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('API: the app does not start on a damaged database file', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-e2e-damaged-'));
  const file = join(dataDir, 'graph.lbug');
  const backup = join(dataDir, 'backups', 'graph-20260301-000000Z.lbug');
  let good: Buffer;

  beforeAll(async () => {
    // A real database (with the demo, since there was no file) and a backup of it.
    const s = await startServer({}, dataDir);
    expect(await s.stop()).toBe(0);
    good = readFileSync(file);
    mkdirSync(join(dataDir, 'backups'));
    writeFileSync(backup, good);
  }, 120_000);
  afterAll(() => removeDir(dataDir));

  it.each([
    ['empty (0 bytes)', () => Buffer.alloc(0), 'is empty (0 bytes)'],
    ['truncated', () => good.subarray(0, Math.floor(good.length / 2) + 10), 'is truncated'],
    ['not the engine’s format', () => Buffer.from('id,name\n1,Ana\n'), 'is not a database of this app'],
    ['cut at a page boundary', () => good.subarray(0, 4096 * 4), 'is truncated or damaged'],
  ])('refuses a file that is %s, exits non-zero and says what to do', async (_kind, content, what) => {
    writeFileSync(file, content());
    const message = await refusedStart(dataDir);
    expect(message).toMatch(/^server exited \(1\)/);
    expect(message).toContain(what);
    expect(message).toContain(`The newest backup is ${backup}`);
    expect(message).toContain(`DATA_DIR=${dataDir} npm run restore -- ${backup}`);
    // Nothing was started over it: the damaged file is left for the operator as it was.
    expect(statSync(file).size).toBe(content().length);
  });
});
