import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eachCsvRow, type CsvField } from '../modules/reach/reach-export.js';
import { CsvTokenizer } from './csv-tokenizer.js';

/** Rows of `text` read in pieces of `size` characters (the whole text when size is 0). */
function rows<E extends string | null>(text: string, size: number, emptyUnquoted: E, strict = false, delimiter = ',') {
  const out: Array<{ fields: Array<string | E>; row: number }> = [];
  const csv = new CsvTokenizer<E>(
    { delimiter: delimiter.charCodeAt(0), emptyUnquoted, reject: strict ? (problem) => new Error(`bad: ${problem}`) : undefined },
    (fields, row) => out.push({ fields, row }),
  );
  if (size === 0) csv.eat(text);
  else for (let i = 0; i < text.length; i += size) csv.eat(text.slice(i, i + size));
  csv.end();
  expect(csv.rows).toBe(out.length);
  return out.map((r, i) => {
    expect(r.row).toBe(i + 1);
    return r.fields;
  });
}

/** The same rows whatever the chunk boundaries (every piece size up to the text's length). */
function everyChunking<E extends string | null>(text: string, emptyUnquoted: E, strict = false, delimiter = ',') {
  const whole = rows(text, 0, emptyUnquoted, strict, delimiter);
  for (let size = 1; size <= text.length; size++) expect(rows(text, size, emptyUnquoted, strict, delimiter)).toEqual(whole);
  return whole;
}

describe('CsvTokenizer', () => {
  it('gives an empty unquoted field as null and a quoted empty one as "" when asked, at every chunk boundary', () => {
    const text = 'a,,"",\n"",x,\n,\n"q""uote","two\r\nlines",3\r\n,"",\r\nlast,"',
      lastRow = ['last', ''];
    expect(everyChunking(text, null)).toEqual([
      ['a', null, '', null],
      ['', 'x', null],
      [null, null],
      ['q"uote', 'two\r\nlines', '3'],
      [null, '', null],
      lastRow,
    ]);
    expect(everyChunking(text, '')).toEqual([
      ['a', '', '', ''],
      ['', 'x', ''],
      ['', ''],
      ['q"uote', 'two\r\nlines', '3'],
      ['', '', ''],
      lastRow,
    ]);
  });

  it('ends a last row without a line break, and gives nothing for an empty text', () => {
    expect(everyChunking('a,b\nc,', null)).toEqual([['a', 'b'], ['c', null]]);
    expect(everyChunking('a,b\n"c"', null)).toEqual([['a', 'b'], ['c']]);
    expect(rows('', 0, null)).toEqual([]);
    expect(everyChunking('\n\n', null)).toEqual([[null], [null]]);
  });

  it('lenient: keeps stray quotes and characters after a closing quote, drops a CR at the start of a field', () => {
    expect(everyChunking('ab"c,"x"y,"z"\rw\n\rq,\r\n', null)).toEqual([
      ['ab"c', 'xy', 'zw'],
      ['q', null],
    ]);
  });

  it('strict: throws for a quote inside an unquoted field, a character after a closing quote, an unclosed quote — naming the row', () => {
    for (const [text, problem] of [
      ['h\nok\nab"c\n', 'a quote inside an unquoted field on row 3'],
      ['h\n"closed"x\n', 'a character after a closing quote on row 2'],
      ['h\n"closed"\rx\n', 'a character after a closing quote on row 2'],
      ['h\n\n"open,x\n', 'a quote opened on or after row 3 is never closed'],
    ]) {
      for (const size of [0, 1, 2, 3]) expect(() => rows(text, size, '', true)).toThrow(`bad: ${problem}`);
      expect(() => rows(text, 0, null)).not.toThrow();
    }
  });

  it('strict: keeps a CR inside an unquoted field and accepts CRLF after a closing quote, whatever the delimiter', () => {
    expect(everyChunking('a;"b"\r\n\rc;d\r\n', '', true, ';')).toEqual([
      ['a', 'b'],
      ['\rc', 'd'],
    ]);
    expect(everyChunking('a\t"b\tc"\t\n', '', true, '\t')).toEqual([['a', 'b\tc', '']]);
  });
});

describe('eachCsvRow', () => {
  it('reads a file across its read buffer, with null for empty unquoted fields and multi-byte characters intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-csvrow-'));
    try {
      const file = join(dir, 'f.csv');
      // Rows long enough that the 4 MB read buffer and UTF-8 characters meet somewhere inside them.
      const lines = Array.from({ length: 60_000 }, (_, i) => `"id-${i}",,"",${i},"żółw ✓ ""${i}""${'x'.repeat(i % 50)}"`);
      writeFileSync(file, lines.join('\n') + '\n');
      const got: CsvField[][] = [];
      await eachCsvRow(file, (f) => void got.push(f));
      expect(got).toHaveLength(60_000);
      for (const i of [0, 1, 29_999, 59_999]) expect(got[i]).toEqual([`id-${i}`, null, '', String(i), `żółw ✓ "${i}"${'x'.repeat(i % 50)}`]);
      expect(got.every((f, i) => f.length === 5 && f[4] === `żółw ✓ "${i}"${'x'.repeat(i % 50)}`)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
