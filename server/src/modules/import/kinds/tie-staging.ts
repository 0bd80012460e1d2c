import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ByteWriter, type CellBytes } from '../bulk-csv.js';

/**
 * Writing the new ties' staging lines for the engine's COPY FROM (ties.ts): `from,to,strength,context,since,
 * lastContact`, each id and text copied as bytes encoded once. The lines are already in the order COPY wants
 * (grouped by their first person). In the built app the second half is written by a worker thread while this
 * thread writes the first (the other core is idle until COPY starts): two files, which COPY reads as one.
 */

/** The lines' columns: person numbers (into the id cells), strength (0: none), text numbers (into the text cells; 0: none). */
export interface TieLines {
  from: Int32Array;
  to: Int32Array;
  strength: Int8Array;
  context: Int32Array;
  since: Int32Array;
  last: Int32Array;
}

const COMMA = 44;
const NEWLINE = 10;
const DIGIT_0 = 48;
/** Lines written per batch (see the loop). */
const BATCH = 1024;
/** Keeps the touches (reads only to bring memory into cache) from being optimized away. */
let sink = 0;

/** Writes lines [i0, i1) to `file`. */
export async function writeTieLines(file: string, lines: TieLines, i0: number, i1: number, ids: CellBytes, texts: CellBytes): Promise<void> {
  const longest = 2 * ids.longest + 3 * texts.longest + 8;
  const { from, to, strength, context, since, last } = lines;
  const idBytes = ids.bytes;
  const idStart = ids.start;
  const out = await ByteWriter.open(file);
  try {
    for (let b0 = i0; b0 < i1; b0 += BATCH) {
      const b1 = Math.min(i1, b0 + BATCH);
      // The other end's id bytes are the one scattered read: touched first, together, so their cache misses overlap.
      let s = 0;
      for (let i = b0; i < b1; i++) s += idBytes[idStart[to[i]]];
      sink = (sink + s) | 0;
      for (let i = b0; i < b1; i++) {
        if (!out.room(longest)) await out.flush();
        out.cell(ids, from[i]);
        out.byte(COMMA);
        out.cell(ids, to[i]);
        out.byte(COMMA);
        if (strength[i]) out.byte(DIGIT_0 + strength[i]);
        out.byte(COMMA);
        out.cell(texts, context[i]);
        out.byte(COMMA);
        out.cell(texts, since[i]);
        out.byte(COMMA);
        out.cell(texts, last[i]);
        out.byte(NEWLINE);
      }
    }
  } finally {
    await out.close();
  }
}

/**
 * Whether ids[a] < ids[b] (JavaScript's string order, by UTF-16 unit), mostly without reading the strings:
 * each id's first four units are kept as two numbers (a missing unit below every unit), and only ids that
 * share those four units are compared as strings. Reading two strings a tie, scattered over a million, was
 * most of the staging's own loop in a profile of 3M ties; with these numbers 10M ties' staging went from 8.9
 * to 6.8 s (two runs, one before and one after).
 */
export function idOrder(ids: readonly string[]): (a: number, b: number) => boolean {
  const head = new Float64Array(ids.length);
  const next = new Float64Array(ids.length);
  const unit = (s: string, k: number) => (k < s.length ? s.charCodeAt(k) + 1 : 0);
  for (let i = 0; i < ids.length; i++) {
    const s = ids[i];
    head[i] = unit(s, 0) * 65_537 + unit(s, 1);
    next[i] = unit(s, 2) * 65_537 + unit(s, 3);
  }
  return (a, b) => (head[a] !== head[b] ? head[a] < head[b] : next[a] !== next[b] ? next[a] < next[b] : ids[a] < ids[b]);
}

/** What the staging worker is given. */
export interface TieStagingInput {
  file: string;
  lines: TieLines;
  ids: CellBytes;
  texts: CellBytes;
}

const WORKER_SCRIPT = new URL('./tie-staging.worker.js', import.meta.url);

/**
 * Writes every line: the first half (the larger, when odd: one line goes to files[0] alone) to files[0] on this
 * thread, the second half to files[1] on a worker thread when the built worker script is there (else on this
 * thread after the first). Returns where the second half was written.
 */
export async function stageTieLines(files: readonly [string, string], lines: TieLines, count: number, ids: CellBytes, texts: CellBytes): Promise<'worker thread' | 'main thread'> {
  const half = count - (count >> 1);
  if (!existsSync(fileURLToPath(WORKER_SCRIPT))) {
    await writeTieLines(files[0], lines, 0, half, ids, texts);
    await writeTieLines(files[1], lines, half, count, ids, texts);
    return 'main thread';
  }
  // The worker gets copies of its half (about 100 MB for 5M lines, copied in a fraction of a second).
  const part = (a: Int32Array | Int8Array) => a.slice(half, count);
  const input: TieStagingInput = {
    file: files[1],
    lines: { from: part(lines.from) as Int32Array, to: part(lines.to) as Int32Array, strength: part(lines.strength) as Int8Array, context: part(lines.context) as Int32Array, since: part(lines.since) as Int32Array, last: part(lines.last) as Int32Array },
    ids, texts,
  };
  const worker = new Worker(WORKER_SCRIPT, { workerData: input });
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: { error?: string }) => (m.error ? reject(new Error(m.error)) : resolve()));
    worker.on('error', reject);
    worker.on('exit', () => reject(new Error('The staging worker stopped before writing its lines.')));
  });
  try {
    await Promise.all([writeTieLines(files[0], lines, 0, half, ids, texts), done]);
  } finally {
    await worker.terminate();
  }
  return 'worker thread';
}
