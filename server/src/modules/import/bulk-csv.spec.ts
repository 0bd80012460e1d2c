import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ByteWriter, csvText, EncodedCells, fileSource, hasMoreLinesThan, readCsv, textSource, type CsvSource } from './bulk-csv.js';
import { parseCsv } from './csv.js';

/** A source handing out `size`-character chunks, so every state of the reader meets a chunk boundary. */
const chunked = (text: string, size: number): CsvSource => ({
  name: 'test',
  size: async () => text.length,
  async *chunks() {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  },
});

async function read(source: CsvSource) {
  let headers: string[] = [];
  const rows: Array<{ cells: string[]; line: number }> = [];
  await readCsv(source, (h) => void (headers = h), (batch) => void rows.push(...batch));
  return { headers, rows };
}

const FILES = [
  '\uFEFFName,Notes,Email\r\n"Ana ""Ani"" Ruiz","line one\r\nline two",ana@example.org\r\n\r\nBo,,\r\n',
  'name;zip\nAna;60614',
  'name\tzip\tnotes\nAna\t60614\t"a\tb"\n\n\nBo\t\t\n',
  'a,b,c\n1,2\n1,2,3,4\n"x",,"y"\n',
  'Name,Email\n"",\n  ,  \nCy,"c@x.org"\n',
  'only,a,header\n',
  'Email 1,Email 2,Strength,Context\nana@x.org,bo@x.org,3,"neighbors, ""old"" friends"\nbo@x.org,cy@x.org,,\n',
];

describe('streaming CSV (bulk path)', () => {
  it('gives exactly what parseCsv gives, whatever the chunk boundaries', async () => {
    for (const text of FILES) {
      const expected = parseCsv(text);
      for (const size of [1, 2, 3, 5, 7, 64, 1 << 20]) {
        expect(await read(chunked(text, size))).toEqual(expected);
      }
      expect(await read(textSource(text))).toEqual(expected);
    }
  });

  it('streams a file from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-csv-'));
    try {
      const file = join(dir, 'f.csv');
      const lines = ['Name,Zip', ...Array.from({ length: 50_000 }, (_, i) => `"Person, ${i}",${60000 + (i % 100)}`)];
      writeFileSync(file, lines.join('\n') + '\n');
      const { headers, rows } = await read(fileSource(file));
      expect(headers).toEqual(['Name', 'Zip']);
      expect(rows).toHaveLength(50_000);
      expect(rows[49_999]).toEqual({ line: 50_001, cells: ['Person, 49999', '60099'] });
      expect(await hasMoreLinesThan(fileSource(file), 50_000)).toBe(true);
      expect(await hasMoreLinesThan(fileSource(file), 50_001)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what parseCsv refuses, naming the problem', async () => {
    for (const bad of ['name,notes\n"unclosed,x', 'name\n"closed"x\n', 'name\nab"c\n']) {
      expect(() => parseCsv(bad)).toThrow(/not valid CSV/);
      await expect(read(chunked(bad, 3))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: expect.stringMatching(/not valid CSV/) }] });
    }
    await expect(read(textSource(''))).rejects.toMatchObject({ fields: [{ field: 'file', message: expect.stringMatching(/empty/) }] });
  });
});

describe('staging bytes', () => {
  it('writes cells, bytes and text exactly, through flushes and a line longer than the buffer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-bytes-'));
    try {
      const cells = new EncodedCells(['', csvText('a"b'), csvText('żółw ✓'), csvText(null), 'x'.repeat(100)]);
      expect(cells.longest).toBe(100);
      const file = join(dir, 'out.csv');
      const w = await ByteWriter.open(file, 64);
      let expected = '';
      for (let n = 0; n < 200; n++) {
        const i = n % 5;
        if (!w.room(120)) await w.flush();
        w.cell(cells, i);
        w.byte(44);
        w.bytes(Buffer.from('é\n'));
        expected += ['', '"a""b"', '"żółw ✓"', '', 'x'.repeat(100)][i] + ',é\n';
      }
      w.text('end');
      await w.close();
      expect(readFileSync(file, 'utf8')).toBe(expected + 'end');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
