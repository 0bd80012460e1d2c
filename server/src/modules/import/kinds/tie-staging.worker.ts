import { parentPort, workerData } from 'node:worker_threads';
import { writeTieLines, type TieStagingInput } from './tie-staging.js';

/** The staging worker (see tie-staging.ts): writes its half of the new ties' lines, then says so. */
const input = workerData as TieStagingInput;
try {
  await writeTieLines(input.file, input.lines, 0, input.lines.from.length, input.ids, input.texts);
  parentPort!.postMessage({});
} catch (e) {
  parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
