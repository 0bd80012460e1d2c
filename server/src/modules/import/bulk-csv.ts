import { createReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { badInput } from '../../common/app-error.js';
import { CsvTokenizer } from '../../common/csv-tokenizer.js';

/**
 * Streaming CSV for large imports: the same dialect as csv.ts (quoted fields, "" inside quotes, line breaks
 * inside quotes, CRLF or LF, a UTF-8 byte-order mark, and `,` `;` or tab as the delimiter, whichever the header
 * line uses most), read a chunk at a time from a file or a text, so a file of hundreds of MB never sits in
 * memory whole. Rows come out numbered as a spreadsheet shows them (the header is row 1), blank rows skipped
 * but counted, each padded or cut to the header's length, exactly as parseCsv gives them (a test compares).
 */
export interface CsvSource {
  /** A file name or "upload", for messages and history. */
  readonly name: string;
  /** Bytes, for the report. */
  size(): Promise<number>;
  /** Text chunks in order. */
  chunks(): AsyncIterable<string>;
  /** Where the text is, for another thread to read it (a file's path, or the text itself). */
  transferable?(): { path: string; name: string } | { text: string; name: string };
}

export function textSource(text: string, name = 'upload'): CsvSource {
  return {
    name,
    size: async () => Buffer.byteLength(text),
    transferable: () => ({ text, name }),
    async *chunks() {
      // Slices of 1 MB, with a turn of the event loop between them: a 50 MB upload does not stall the app.
      for (let i = 0; i < text.length; i += 1 << 20) {
        if (i > 0) await yieldToLoop();
        yield text.slice(i, i + (1 << 20));
      }
    },
  };
}

export function fileSource(path: string, name = path): CsvSource {
  return {
    name,
    size: async () => (await stat(path)).size,
    transferable: () => ({ path, name }),
    async *chunks() {
      const decoder = new StringDecoder('utf8');
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) yield decoder.write(chunk as Buffer);
      const rest = decoder.end();
      if (rest) yield rest;
    },
  };
}

/** Whether a source has more than `n` lines (stops reading once it knows). */
export async function hasMoreLinesThan(source: CsvSource, n: number): Promise<boolean> {
  let lines = 0;
  for await (const chunk of source.chunks()) {
    for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) if (++lines > n) return true;
  }
  return false;
}

export type RowHandler = (cells: string[], line: number) => void;

/**
 * Reads `source`: calls `onHeaders` with the header row, then `onRows` with the data rows, a thousand at a
 * time, synchronously while parsing (so rows are garbage before the next ones come: at 10M rows, keeping a
 * chunk's worth alive made the garbage collector the slowest part), and `onChunk` after each chunk of text
 * (for asynchronous work). Throws BAD_USER_INPUT for a file that is not CSV (an unclosed quote, a character
 * after a closing quote), as parseCsv does.
 */
export async function readCsv(
  source: CsvSource,
  onHeaders: (headers: string[]) => void | Promise<void>,
  onRows: (rows: Array<{ cells: string[]; line: number }>) => void,
  options: { onChunk?: () => void | Promise<void>; onProgress?: (charsRead: number) => void } = {},
): Promise<{ records: number }> {
  let headers: string[] | null = null;
  let width = 0;
  let pending = '';
  let batch: Array<{ cells: string[]; line: number }> = [];
  let onHeadersPending = true;
  let csv: CsvTokenizer | null = null;

  const onRow = (cells: string[], line: number) => {
    if (!headers) {
      headers = cells.map((h) => h.trim());
      width = headers.length;
      return;
    }
    let blank = true;
    for (const c of cells) {
      if (c.trim() !== '') {
        blank = false;
        break;
      }
    }
    if (blank) return;
    if (cells.length > width) cells.length = width;
    while (cells.length < width) cells.push('');
    batch.push({ cells, line });
    if (batch.length >= 1024) {
      const out = batch;
      batch = [];
      onRows(out);
    }
  };
  /** The tokenizer for a text whose first line is `firstLine` (the delimiter is the one it uses most). */
  const tokenizer = (firstLine: string) => {
    const delimiter = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0].charCodeAt(0);
    return new CsvTokenizer({ delimiter, emptyUnquoted: '', reject: notCsv }, onRow);
  };

  let sawText = false;
  let charsRead = 0;
  for await (let chunk of source.chunks()) {
    charsRead += chunk.length;
    options.onProgress?.(charsRead);
    if (!csv) {
      pending += chunk;
      const nl = pending.indexOf('\n');
      if (nl < 0 && pending.length < 1 << 20) continue;
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
      csv = tokenizer(pending.slice(0, nl < 0 ? pending.length : nl));
      chunk = pending;
      pending = '';
    }
    if (chunk.length) sawText = true;
    csv.eat(chunk);
    if (headers && onHeadersPending) {
      onHeadersPending = false;
      await onHeaders(headers);
    }
    if (batch.length) {
      const out = batch;
      batch = [];
      onRows(out);
    }
    await options.onChunk?.();
  }
  if (!csv) {
    // A file of one line without a line break (or no text at all).
    if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
    csv = tokenizer(pending);
    sawText = pending.length > 0;
    csv.eat(pending);
  }
  csv.end();
  if (!sawText || !headers) throw badInput('file', 'The file is empty: the first line should name the columns.');
  if ((headers as string[]).every((h) => h === '')) throw badInput('file', 'The first line should name the columns.');
  if (onHeadersPending) await onHeaders(headers);
  if (batch.length) onRows(batch);
  await options.onChunk?.();
  return { records: csv.rows };
}
const notCsv = (what: string) => badInput('file', `The file is not valid CSV: ${what}.`);

// ── Writing staging files for the engine's COPY FROM ─────────────────────────────────────────────

/** A string cell, always quoted ("" inside); null is an empty unquoted cell. Empty strings are stored as null by COPY. */
export const csvText = (v: string | null | undefined): string => (v == null ? '' : `"${v.includes('"') ? v.replace(/"/g, '""') : v}"`);

/** A list cell, [a,b] quoted. Only for elements `listSafe` accepts. */
export const csvList = (v: readonly string[] | null | undefined): string => (v == null ? '' : `"[${v.join(',')}]"`);

/**
 * Whether the engine's CSV reader gives back exactly this text: no line breaks (its parallel reader refuses
 * them inside quotes). Rows with other text go through the batched writes instead.
 */
export const textSafe = (v: string | null | undefined): boolean => v == null || !/[\r\n]/.test(v);

/** Whether every element of a list survives the engine's list syntax: no , [ ] { } quotes or backslash, no outer spaces. */
export const listSafe = (v: readonly string[] | null | undefined): boolean =>
  v == null || v.every((x) => x !== '' && !/[,[\]{}"'\\\r\n]/.test(x) && x.trim() === x);

/** Cells as bytes: cell i is bytes[start[i] .. start[i + 1]) (EncodedCells, or its copy on another thread). */
export interface CellBytes {
  readonly bytes: Uint8Array;
  readonly start: Int32Array;
  /** The longest cell, in bytes. */
  readonly longest: number;
}

/**
 * Cells encoded once to UTF-8 bytes (e.g. every person's id quoted by csvText), by number: a staging file of
 * 10M ties is then written by copying bytes, never by building 10M strings (that took 32 s of 94 s).
 */
export class EncodedCells implements CellBytes {
  readonly bytes: Buffer;
  /** Cell i is bytes[start[i] .. start[i + 1]). */
  readonly start: Int32Array;
  /** The longest cell, in bytes. */
  readonly longest: number;

  constructor(cells: ReadonlyArray<string>) {
    this.start = new Int32Array(cells.length + 1);
    let longest = 0;
    for (let i = 0; i < cells.length; i++) {
      const n = Buffer.byteLength(cells[i]);
      if (n > longest) longest = n;
      this.start[i + 1] = this.start[i] + n;
    }
    this.longest = longest;
    this.bytes = Buffer.alloc(this.start[cells.length]);
    // Written in slices (one string of every cell would be hundreds of MB).
    let at = 0;
    for (let i = 0; i < cells.length; i += 65_536) {
      at += this.bytes.write(cells.slice(i, i + 65_536).join(''), at, 'utf8');
    }
  }
}

/**
 * A staging file written a byte at a time into a large buffer, flushed when it is nearly full. The caller
 * writes whole lines between `room()` checks: `if (!w.room(longestLine)) await w.flush()`. Writing more than
 * `room()` allowed would be lost (a Buffer ignores writes past its end), so the check comes before every line.
 */
export class ByteWriter {
  private buf: Buffer;
  private at = 0;
  private need = 0;

  private constructor(private readonly file: FileHandle, size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }

  static async open(path: string, size = 1 << 23): Promise<ByteWriter> {
    return new ByteWriter(await open(path, 'w'), size);
  }

  /** Whether `n` more bytes fit; when not, `flush()` makes room for them (a bigger buffer if need be). */
  room(n: number): boolean {
    if (this.at + n <= this.buf.length) return true;
    this.need = Math.max(this.need, n);
    return false;
  }

  text(s: string): void {
    this.at += this.buf.write(s, this.at, 'utf8');
  }

  byte(b: number): void {
    this.buf[this.at++] = b;
  }

  /** Cell i of these cells. */
  cell(cells: CellBytes, i: number): void {
    const src = cells.bytes;
    const buf = this.buf;
    let at = this.at;
    for (let k = cells.start[i], end = cells.start[i + 1]; k < end; k++) buf[at++] = src[k];
    this.at = at;
  }

  bytes(src: Uint8Array): void {
    const buf = this.buf;
    let at = this.at;
    for (let k = 0; k < src.length; k++) buf[at++] = src[k];
    this.at = at;
  }

  async flush(): Promise<void> {
    let done = 0;
    while (done < this.at) done += (await this.file.write(this.buf, done, this.at - done)).bytesWritten;
    this.at = 0;
    if (this.need > this.buf.length) this.buf = Buffer.allocUnsafe(this.need * 2);
    this.need = 0;
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.file.close();
    }
  }
}
