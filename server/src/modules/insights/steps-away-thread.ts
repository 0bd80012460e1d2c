import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { adjacencyOf, stepsAway, type Adjacency, type StepsAway } from './steps-away.js';

export interface StepsAwayInput {
  n: number;
  a: Int32Array;
  b: Int32Array;
}

export interface StepsAwayOutput {
  adjacency: Adjacency;
  result: StepsAway;
}

export function workOutStepsAway(input: StepsAwayInput): StepsAwayOutput {
  const adjacency = adjacencyOf(input.n, input.a, input.b);
  return { adjacency, result: stepsAway(adjacency) };
}

const WORKER_SCRIPT = new URL('./steps-away.worker.js', import.meta.url);
/** Below this many links the work takes milliseconds: done here, without starting a thread. */
const ON_A_THREAD_FROM = 200_000;

/**
 * The whole network worked out on a worker thread in the built app (at 1M records / 10M ties it takes seconds,
 * which would hold every request of the server meanwhile); here when the network is small or the built worker
 * script is not there (tests run the sources). The link arrays are copies (the index keeps its own).
 */
export async function workOutAside(input: StepsAwayInput): Promise<{ out: StepsAwayOutput; where: 'worker thread' | 'main thread' }> {
  if (input.a.length < ON_A_THREAD_FROM || !existsSync(fileURLToPath(WORKER_SCRIPT))) return { out: workOutStepsAway(input), where: 'main thread' };
  const worker = new Worker(WORKER_SCRIPT, { workerData: input, transferList: [input.a.buffer, input.b.buffer] as ArrayBuffer[] });
  try {
    const out = await new Promise<StepsAwayOutput>((resolve, reject) => {
      worker.on('message', (m: StepsAwayOutput & { error?: string }) => (m.error ? reject(new Error(m.error)) : resolve(m)));
      worker.on('error', reject);
      worker.on('exit', () => reject(new Error('The steps-away worker stopped before answering.')));
    });
    return { out, where: 'worker thread' };
  } finally {
    await worker.terminate();
  }
}
