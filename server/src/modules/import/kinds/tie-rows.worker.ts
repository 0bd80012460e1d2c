import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../common/app-error.js';
import { readTieRows, sourceOf, WORKER_AHEAD, type TieBatch, type TieReaderInput, type TieReaderMessage } from './tie-rows.js';

/** The ties reader's thread (see tie-rows.ts): reads the file, posts batches, stays at most WORKER_AHEAD ahead. */
const input = workerData as TieReaderInput;
const port = parentPort!;
let ahead = 0;
let room: (() => void) | null = null;
port.on('message', () => {
  ahead--;
  if (ahead < WORKER_AHEAD && room) {
    const r = room;
    room = null;
    r();
  }
});
const post = (m: TieReaderMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

try {
  await readTieRows(sourceOf(input.source), input.columns, (batch: TieBatch) => {
    ahead++;
    post({ type: 'batch', batch }, [batch.lines.buffer, batch.idGiven.buffer, batch.email.buffer, batch.hashes.buffer, batch.values.buffer, batch.offsets.buffer] as ArrayBuffer[]);
    if (ahead < WORKER_AHEAD) return;
    return new Promise<void>((resolve) => (room = resolve));
  });
  post({ type: 'done' });
} catch (e) {
  // A file that is not CSV names its field ("file") as the main thread's reader would; anything else goes as a plain error.
  const field = e instanceof AppError ? (e.fields?.[0]?.field ?? null) : null;
  post({ type: 'error', field, message: e instanceof AppError ? (e.fields?.[0]?.message ?? e.message) : e instanceof Error ? e.message : String(e) });
}
port.close();
