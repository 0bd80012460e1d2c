import { parentPort, workerData } from 'node:worker_threads';
import { workOutStepsAway, type StepsAwayInput } from './steps-away-thread.js';

/** The steps-away worker (see steps-away-thread.ts): works the whole network out and hands the arrays back. */
try {
  const out = workOutStepsAway(workerData as StepsAwayInput);
  const { adjacency, result } = out;
  parentPort!.postMessage(out, [adjacency.offsets.buffer, adjacency.targets.buffer, ...Object.values(result).map((a: Int32Array) => a.buffer)] as ArrayBuffer[]);
} catch (e) {
  parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
