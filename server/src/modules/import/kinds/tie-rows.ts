import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { badInput } from '../../../common/app-error.js';
import { fileSource, readCsv, textSource, type CsvSource } from '../bulk-csv.js';
import { fingerprint } from './hash-tables.js';

/**
 * Reading a ties file, apart from deciding about its rows: parsing the CSV, picking each field's cell (the
 * first filled-in one of its columns, trimmed), fingerprinting the ends' emails and record ids, and numbering
 * the other values (strength, context, dates, region: the same few values come back row after row). This is
 * about half the work of a ties import, and it needs nothing from the graph, so in the built app it runs on a
 * worker thread, from the start of the job: while the main thread reads the people and ties already there,
 * and then while it decides about the rows (ties.ts), a batch at a time. Where there is no worker script (the
 * TypeScript sources under jest) the same function runs on the main thread, after the reading of the graph.
 *
 * A batch carries no cell as its own string: the eight cells that name the two ends travel as one text with
 * offsets, read only for the rows that need them (a row skipped, a row reported in a dry run, an end named by
 * name or by several addresses).
 */

/** The fields of a ties row, in the order a batch carries them. */
export const END_FIELDS = ['personEmail', 'personId', 'personName', 'personZip', 'otherEmail', 'otherId', 'otherName', 'otherZip'] as const;
export const VALUE_FIELDS = ['strength', 'context', 'since', 'lastContact', 'region'] as const;
/** Cells named per row in `text` (END_FIELDS). */
export const END_CELLS = END_FIELDS.length;
/** Values numbered per row in `values` (VALUE_FIELDS). */
export const VALUES = VALUE_FIELDS.length;
/** The value numbers' positions in `values`. */
export const V_STRENGTH = 0;
export const V_CONTEXT = 1;
export const V_SINCE = 2;
export const V_LAST = 3;
export const V_REGION = 4;

/** An end's email cell: empty, one address, or several (split by the main thread). */
export const EMAIL_NONE = 0;
export const EMAIL_ONE = 1;
export const EMAIL_SEVERAL = 2;

/** Each field's columns (indexes into a row's cells), from the mapping. */
export type TieColumns = Record<(typeof END_FIELDS)[number] | (typeof VALUE_FIELDS)[number], number[]>;

export interface TieBatch {
  /** Rows in the batch. */
  n: number;
  /** Each row's line in the file (the header is line 1). */
  lines: Int32Array;
  /**
   * Per row and end k (0: the person, 1: the other), at 2r + k: whether a record id was given (`idGiven`: 1) and
   * what the email cell holds (`email`: EMAIL_NONE, EMAIL_ONE or EMAIL_SEVERAL).
   */
  idGiven: Uint8Array;
  email: Uint8Array;
  /** Fingerprints (two ints each): of end k's email at 8r + 2k, of its record id at 8r + 4 + 2k (when given). */
  hashes: Int32Array;
  /** VALUES numbers per row (0: empty); number i is the i-th text `strings` has brought so far, from 1. */
  values: Int32Array;
  /** Texts first seen in this batch, numbered on from the last batch's. */
  strings: string[];
  /** The END_CELLS cells of every row, one after the other; cell c of row r is text.slice(offsets[8r + c], offsets[8r + c + 1]). */
  text: string;
  offsets: Int32Array;
  /** Characters of the file read so far (progress). */
  read: number;
}

const BATCH_ROWS = 4096;

/**
 * Reads the source and hands over its rows in batches. `emit` may return a promise: reading waits for it
 * between chunks of the text (how the worker keeps at most a few batches waiting).
 */
export async function readTieRows(source: CsvSource, columns: TieColumns, emit: (batch: TieBatch) => void | Promise<void>): Promise<void> {
  const numbers = new Map<string, number>();
  let fresh: string[] = [];
  let read = 0;
  /** The last batch's hand-over, when it has to wait (the reader is too far ahead). */
  let waiting: Promise<void> | undefined;
  const endCols = END_FIELDS.map((f) => columns[f]);
  const valueCols = VALUE_FIELDS.map((f) => columns[f]);
  const first = (cells: string[], at: number[]): string => {
    for (let i = 0; i < at.length; i++) {
      const v = cells[at[i]].trim();
      if (v !== '') return v;
    }
    return '';
  };
  /** Numbers of one-character texts (a strength), by character code: no Map look-up for them. */
  const single = new Int32Array(128);
  const numberOf = (s: string): number => {
    if (s === '') return 0;
    const c = s.length === 1 ? s.charCodeAt(0) : 128;
    if (c < 128 && single[c] !== 0) return single[c];
    let i = numbers.get(s);
    if (i === undefined) {
      i = numbers.size + 1;
      numbers.set(s, i);
      fresh.push(s);
    }
    if (c < 128) single[c] = i;
    return i;
  };

  let b = newBatch();
  let parts: string[] = [];
  let at = 0;
  const flush = () => {
    if (b.n === 0) return;
    b.offsets[END_CELLS * b.n] = at;
    b.text = parts.join('');
    b.strings = fresh;
    b.read = read;
    const out = b;
    b = newBatch();
    parts = [];
    at = 0;
    fresh = [];
    waiting = (emit(out) as Promise<void> | undefined) ?? waiting;
  };
  /** Cell `o` of the batch's end cells (its offset; the text joined at the flush). */
  const put = (o: number, text: string) => {
    b.offsets[o] = at;
    if (text !== '') parts.push(text);
    at += text.length;
  };
  const onRows = (rows: Array<{ cells: string[]; line: number }>) => {
    for (const { cells, line } of rows) {
      const r = b.n++;
      b.lines[r] = line;
      for (let k = 0; k < 2; k++) {
        const email = first(cells, endCols[4 * k]);
        const id = first(cells, endCols[4 * k + 1]);
        const name = first(cells, endCols[4 * k + 2]);
        const zip = first(cells, endCols[4 * k + 3]);
        if (id !== '') {
          b.idGiven[2 * r + k] = 1;
          fingerprint(id, false, b.hashes, 8 * r + 4 + 2 * k);
        }
        if (email === '') b.email[2 * r + k] = EMAIL_NONE;
        else if (email.indexOf(';') >= 0 || email.indexOf(',') >= 0) b.email[2 * r + k] = EMAIL_SEVERAL;
        else {
          b.email[2 * r + k] = EMAIL_ONE;
          fingerprint(email, true, b.hashes, 8 * r + 2 * k);
        }
        const o = END_CELLS * r + 4 * k;
        put(o, email);
        put(o + 1, id);
        put(o + 2, name);
        put(o + 3, zip);
      }
      for (let v = 0; v < VALUES; v++) b.values[VALUES * r + v] = numberOf(first(cells, valueCols[v]));
      if (b.n === BATCH_ROWS) flush();
    }
  };
  await readCsv(source, () => undefined, onRows, {
    onProgress: (n) => void (read = n),
    onChunk: async () => {
      if (waiting) await waiting;
      waiting = undefined;
    },
  });
  flush();
  if (waiting) await waiting;
}

function newBatch(): TieBatch {
  return {
    n: 0, lines: new Int32Array(BATCH_ROWS), idGiven: new Uint8Array(2 * BATCH_ROWS), email: new Uint8Array(2 * BATCH_ROWS),
    hashes: new Int32Array(8 * BATCH_ROWS), values: new Int32Array(VALUES * BATCH_ROWS), strings: [], text: '',
    offsets: new Int32Array(END_CELLS * BATCH_ROWS + 1), read: 0,
  };
}

/** What the worker is given: where the text is (a file, or the text itself) and the columns. */
export interface TieReaderInput {
  source: { path: string; name: string } | { text: string; name: string };
  columns: TieColumns;
}

/** Messages from the worker. */
export type TieReaderMessage =
  | { type: 'batch'; batch: TieBatch }
  | { type: 'done' }
  | { type: 'error'; field: string | null; message: string };

/**
 * At most this many batches (2M rows) wait for the main thread; reading waits beyond that. A batch of the bench's rows is
 * about 0.5 MB (typed arrays 364 KB, by their sizes, and the two emails' text), so about 260 MB at most. Enough
 * for the worker to read on through the main thread's reading of the graph (1M people: 3.3-5 s here).
 */
export const WORKER_AHEAD = 512;

export function sourceOf(input: TieReaderInput['source']): CsvSource {
  return 'path' in input ? fileSource(input.path, input.name) : textSource(input.text, input.name);
}

const WORKER_SCRIPT = new URL('./tie-rows.worker.js', import.meta.url);

/**
 * The rows of a ties file, batch by batch: read on a worker thread (started at once) when the built worker
 * script is there and the source can be handed to it, else on this thread as `batches()` asks for them.
 * Either way the reading runs at most WORKER_AHEAD batches ahead of the main thread.
 */
export class TieRows {
  private worker: Worker | null = null;
  private readonly queue: TieBatch[] = [];
  private wake: (() => void) | null = null;
  /** This thread's reader waits here while the queue is full. */
  private room: (() => void) | null = null;
  private started = false;
  private ended = false;
  private closed = false;
  private failure: Error | null = null;

  constructor(private readonly source: CsvSource, private readonly columns: TieColumns, useWorker = true) {
    const input = source.transferable?.();
    if (!useWorker || !input || !existsSync(fileURLToPath(WORKER_SCRIPT))) return;
    this.started = true;
    const worker = new Worker(WORKER_SCRIPT, { workerData: { source: input, columns } satisfies TieReaderInput });
    this.worker = worker;
    worker.on('message', (m: TieReaderMessage) => {
      if (m.type === 'batch') this.queue.push(m.batch);
      else if (m.type === 'done') this.ended = true;
      else this.failure ??= m.field ? badInput(m.field, m.message) : new Error(m.message);
      this.poke();
    });
    worker.on('error', (e) => {
      this.failure ??= e;
      this.poke();
    });
    worker.on('exit', () => {
      if (!this.ended) this.failure ??= new Error('The ties reader stopped before the end of the file.');
      this.poke();
    });
  }

  /** Whether the rows are read on a worker thread. */
  get threaded(): boolean {
    return this.worker !== null;
  }

  /** The batches in file order. `waited` gets the milliseconds spent waiting for the reader (on this thread: reading). */
  async *batches(waited: (ms: number) => void): AsyncGenerator<TieBatch> {
    if (!this.started) {
      this.started = true;
      readTieRows(this.source, this.columns, (b) => {
        // Closed (the job ended or failed): stop reading.
        if (this.closed) throw new Error('The ties reader was closed.');
        this.queue.push(b);
        this.poke();
        if (this.queue.length < WORKER_AHEAD) return;
        return new Promise<void>((resolve) => (this.room = resolve));
      }).then(
        () => {
          this.ended = true;
          this.poke();
        },
        (e: unknown) => {
          this.failure ??= e instanceof Error ? e : new Error(String(e));
          this.poke();
        },
      );
    }
    for (;;) {
      if (this.failure) throw this.failure;
      const b = this.queue.shift();
      if (b) {
        // One batch taken: the reader may read one more.
        if (this.worker) this.worker.postMessage(1);
        else if (this.queue.length < WORKER_AHEAD) {
          const r = this.room;
          this.room = null;
          r?.();
        }
        yield b;
        continue;
      }
      if (this.ended) return;
      const t = performance.now();
      await new Promise<void>((resolve) => (this.wake = resolve));
      waited(performance.now() - t);
    }
  }

  /** Stops the worker (done, or the job failed). */
  async close(): Promise<void> {
    this.closed = true;
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
    const r = this.room;
    this.room = null;
    r?.();
  }

  private poke(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}
