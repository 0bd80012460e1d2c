import { textSource } from '../bulk-csv.js';
import { fingerprint } from './hash-tables.js';
import {
  EMAIL_NONE, EMAIL_ONE, EMAIL_SEVERAL, END_CELLS, readTieRows, TieRows, V_CONTEXT, V_LAST, V_REGION, V_SINCE, V_STRENGTH, VALUES,
  type TieBatch, type TieColumns,
} from './tie-rows.js';

// Columns: 0 Email 1, 1 Alt email 1, 2 Id 1, 3 Email 2, 4 Name 2, 5 Zip 2, 6 Strength, 7 Context, 8 Since, 9 Last, 10 Region
const columns: TieColumns = {
  personEmail: [0, 1], personId: [2], personName: [], personZip: [], otherEmail: [3], otherId: [], otherName: [4], otherZip: [5],
  strength: [6], context: [7], since: [8], lastContact: [9], region: [10],
};
const header = 'Email 1,Alt email 1,Id 1,Email 2,Name 2,Zip 2,Strength,Context,Since,Last,Region\n';

const hash = (text: string, fold: boolean) => {
  const out = new Int32Array(2);
  fingerprint(text, fold, out, 0);
  return [out[0], out[1]];
};

/** Every row of every batch, as plain values (the numbered texts turned back into texts). */
async function rowsOf(text: string) {
  const batches: TieBatch[] = [];
  await readTieRows(textSource(text), columns, (b) => void batches.push(b));
  const strings: string[] = [''];
  const rows = [];
  for (const b of batches) {
    strings.push(...b.strings);
    for (let r = 0; r < b.n; r++) {
      const cells = Array.from({ length: END_CELLS }, (_, c) => b.text.slice(b.offsets[END_CELLS * r + c], b.offsets[END_CELLS * r + c + 1]));
      const value = (v: number) => strings[b.values[VALUES * r + v]];
      rows.push({
        line: b.lines[r], cells, idGiven: [b.idGiven[2 * r], b.idGiven[2 * r + 1]], email: [b.email[2 * r], b.email[2 * r + 1]],
        emailHash: [[b.hashes[8 * r], b.hashes[8 * r + 1]], [b.hashes[8 * r + 2], b.hashes[8 * r + 3]]],
        idHash: [b.hashes[8 * r + 4], b.hashes[8 * r + 5]],
        values: [value(V_STRENGTH), value(V_CONTEXT), value(V_SINCE), value(V_LAST), value(V_REGION)],
      });
    }
  }
  return { batches, rows };
}

describe('ties reader (readTieRows)', () => {
  it('picks each field’s first filled-in cell, trimmed, fingerprints emails (case folded) and ids, and numbers the values', async () => {
    const text = header
      + ' , Ann@Example.org ,,bo@example.org,,,4,"neighbors, ""block club""",2021-06-01,,North\n'
      + '\n'
      + 'cy@example.org;cy2@example.org,,id-7,,Dee Doe,60614,x,neighbors,,2024-01-01,\n'
      + ',,,,,,,,,,\n'
      + 'ann@example.org,,,bo@example.org,,,4,"neighbors, ""block club""",2021-06-01,,North';
    const { rows } = await rowsOf(text);
    expect(rows.map((r) => r.line)).toEqual([2, 4, 6]);
    const [a, b, c] = rows;
    expect(a.cells).toEqual(['Ann@Example.org', '', '', '', 'bo@example.org', '', '', '']);
    expect(a.email).toEqual([EMAIL_ONE, EMAIL_ONE]);
    expect(a.emailHash).toEqual([hash('ann@example.org', true), hash('bo@example.org', false)]);
    expect(a.idGiven).toEqual([0, 0]);
    expect(a.values).toEqual(['4', 'neighbors, "block club"', '2021-06-01', '', 'North']);
    expect(b.cells).toEqual(['cy@example.org;cy2@example.org', 'id-7', '', '', '', '', 'Dee Doe', '60614']);
    expect(b.email).toEqual([EMAIL_SEVERAL, EMAIL_NONE]);
    expect(b.idGiven).toEqual([1, 0]);
    expect(b.idHash).toEqual(hash('id-7', false));
    expect(b.values).toEqual(['x', 'neighbors', '', '2024-01-01', '']);
    // The blank rows are skipped but counted; the last line (no line break) counts, its texts numbered as before.
    expect(c.emailHash).toEqual(a.emailHash);
    expect(c.values).toEqual(a.values);
  });

  it('hands over batches of at most 4,096 rows, each text numbered once across batches, in file order', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `p${i}@example.org,,,q${i}@example.org,,,${1 + (i % 5)},ctx${i % 3},,,`);
    const { batches, rows } = await rowsOf(header + lines.join('\n') + '\n');
    expect(batches.map((b) => b.n)).toEqual([4096, 4096, 1808]);
    expect(batches.flatMap((b) => b.strings)).toEqual(['1', 'ctx0', '2', 'ctx1', '3', 'ctx2', '4', '5']);
    expect(rows.map((r) => r.line)).toEqual(lines.map((_, i) => i + 2));
    expect(rows[9999].cells[0]).toBe('p9999@example.org');
    expect(rows[9999].values).toEqual(['5', 'ctx0', '', '', '']);
    expect(batches[2].read).toBe((header + lines.join('\n') + '\n').length);
  });

  it('fails as the file reader does on a file that is not CSV', async () => {
    await expect(readTieRows(textSource(`${header}a@example.org,"open quote\n`), columns, () => undefined))
      .rejects.toMatchObject({ fields: [{ field: 'file', message: expect.stringMatching(/not valid CSV/) }] });
  });

  it('on the main thread (no worker script under the TypeScript sources), hands over every row, timing the reading', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `p${i}@example.org,,,q${i}@example.org,,,,,,,`);
    const reader = new TieRows(textSource(header + lines.join('\n')), columns);
    expect(reader.threaded).toBe(false);
    let n = 0;
    let waited = 0;
    for await (const b of reader.batches((ms) => void (waited += ms))) n += b.n;
    expect(n).toBe(50_000);
    expect(waited).toBeGreaterThan(0);
    await reader.close();
  });
});

describe('ties reader closed early', () => {
  it('on the main thread, stops reading when closed part-way (a job that failed)', async () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `p${i}@example.org,,,q${i}@example.org,,,,,,,`);
    const source = textSource(header + lines.join('\n'));
    let chunks = 0;
    let stopped!: () => void;
    const finished = new Promise<void>((resolve) => (stopped = resolve));
    // The same text, counting the chunks read; its end (read through, or given up) settles `finished`.
    const counted = {
      ...source,
      chunks: async function* () {
        try {
          for await (const c of source.chunks()) {
            chunks++;
            yield c;
          }
        } finally {
          stopped();
        }
      },
    };
    const reader = new TieRows(counted, columns);
    for await (const b of reader.batches(() => undefined)) {
      expect(b.n).toBe(4096);
      await reader.close();
      break;
    }
    const seen = chunks;
    await finished;
    // At most the chunk after the one being read when it closed: not the rest of the text (about ten chunks of 1 MB).
    expect(chunks).toBeLessThanOrEqual(seen + 1);
    expect(chunks).toBeLessThan(7);
  });
});
