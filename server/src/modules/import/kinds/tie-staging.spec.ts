import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvText, EncodedCells } from '../bulk-csv.js';
import { idOrder, stageTieLines } from './tie-staging.js';

describe('ties staging lines (tie-staging.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-tie-staging-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ids = new EncodedCells(['p-0', 'p-1', 'p-2', 'Zoë'].map((id) => csvText(id)));
  const texts = new EncodedCells([null, 'neighbors, "block club"', '2021-06-01', 'café'].map((t) => csvText(t)));
  const files = [join(dir, 'a.csv'), join(dir, 'b.csv')] as const;

  it('writes from,to,strength,context,since,lastContact as COPY reads them, the larger half first', async () => {
    const lines = {
      from: Int32Array.of(0, 0, 1, 2, 3), to: Int32Array.of(1, 2, 3, 3, 0), strength: Int8Array.of(4, 0, 1, 5, 2),
      context: Int32Array.of(1, 0, 3, 0, 0), since: Int32Array.of(2, 0, 0, 2, 0), last: Int32Array.of(0, 0, 2, 0, 2),
    };
    // Under the TypeScript sources there is no worker script: both halves are written here.
    expect(await stageTieLines(files, lines, 5, ids, texts)).toBe('main thread');
    expect(readFileSync(files[0], 'utf8')).toBe(
      '"p-0","p-1",4,"neighbors, ""block club""","2021-06-01",\n'
      + '"p-0","p-2",,,,\n'
      + '"p-1","Zoë",1,"café",,"2021-06-01"\n',
    );
    expect(readFileSync(files[1], 'utf8')).toBe('"p-2","Zoë",5,,"2021-06-01",\n"Zoë","p-0",2,,,"2021-06-01"\n');
  });

  it('one line goes to the first file alone', async () => {
    const one = { from: Int32Array.of(1), to: Int32Array.of(2), strength: Int8Array.of(0), context: Int32Array.of(0), since: Int32Array.of(0), last: Int32Array.of(0) };
    await stageTieLines(files, one, 1, ids, texts);
    expect(readFileSync(files[0], 'utf8')).toBe('"p-1","p-2",,,,\n');
    expect(readFileSync(files[1], 'utf8')).toBe('');
  });
});

describe('idOrder', () => {
  it('orders ids as JavaScript compares strings, short ones, shared prefixes and any UTF-16 units included', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1664525 + 1013904223) >>> 0) % n);
    const alphabet = ['a', 'b', '0', '-', 'é', 'Z', '\uffff', '😀'];
    const ids = ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'abcdf', 'abce', '\uffff\uffff\uffff\uffffx'];
    for (let i = 0; i < 2000; i++) ids.push(Array.from({ length: rand(7) }, () => alphabet[rand(alphabet.length)]).join(''));
    const before = idOrder(ids);
    for (let i = 0; i < 20_000; i++) {
      const a = rand(ids.length);
      const b = rand(ids.length);
      expect([ids[a], ids[b], before(a, b)]).toEqual([ids[a], ids[b], ids[a] < ids[b]]);
    }
  });
});
