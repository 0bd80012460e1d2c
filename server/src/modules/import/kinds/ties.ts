import type { BulkRun, BulkWriter } from '../bulk-types.js';
import { PairTable } from './hash-tables.js';
import { TieDecider } from './tie-decide.js';
import { readTieKeys } from './tie-keys.js';
import { END_FIELDS, TieRows, VALUE_FIELDS, type TieColumns } from './tie-rows.js';
import { writeTies } from './tie-write.js';

/**
 * The ties kind: "person knows person" rows, through the bulk path. Built for 10M rows: people are numbered,
 * ties are pairs of numbers in an open-addressing table, new ties sit in typed arrays until they are written,
 * and only the rows a report shows become objects. Its phases, one file each:
 * 1. read the file (tie-rows.ts, on a worker thread in the built app, from the start) while reading the keys:
 *    the people in the importer's regions and the ties among them (tie-keys.ts);
 * 2. decide each row: match both ends, check the values by the tie form's rules, merge into the tie there or a
 *    new one (tie-decide.ts, tie-checks.ts);
 * 3. stage and write: the new ties ordered for COPY and staged (tie-order.ts, tie-staging.ts), then written with
 *    the updates in one transaction on the embedded engine (tie-write.ts);
 * 4. history: the job's entry, a history entry and a before-image per changed tie (tie-history.ts);
 * 5. index: the new ties handed to derived state with the commit, through the change feed (tie-changes.ts).
 */
export async function runTiesImport(ctx: BulkRun, bulk: BulkWriter): Promise<void> {
  const { job, mapping, headers } = ctx;
  // The file is read (on a worker thread in the built app) from now on, while the graph is read below.
  const cols = (field: string) => headers.map((h, i) => (mapping[h] === field ? i : -1)).filter((i) => i >= 0);
  const reader = new TieRows(ctx.source, Object.fromEntries([...END_FIELDS, ...VALUE_FIELDS].map((f) => [f, cols(f)])) as TieColumns);
  job.readOn = reader.threaded ? 'worker thread' : 'main thread';
  try {
    await importTies(ctx, bulk, reader);
  } finally {
    await reader.close();
  }
}

async function importTies(ctx: BulkRun, bulk: BulkWriter, reader: TieRows): Promise<void> {
  const { job } = ctx;
  const keys = await readTieKeys(ctx, bulk);
  const decider = new TieDecider(ctx, keys);
  for await (const batch of reader.batches((ms) => void (job.phases.parse += ms))) {
    ctx.timedSync('validate', () => decider.decide(batch));
    await decider.checked();
  }
  await decider.finish();
  // Every row is decided: the pair table (hundreds of MB at 10M ties) and the email keys are not needed any more.
  keys.pairs = new PairTable();
  keys.people.dropKeys();
  if (job.dryRun || (decider.fresh.n === 0 && decider.changed.size === 0)) return;
  await ctx.timed('write', () => writeTies(ctx, bulk, keys, decider.fresh, decider.changed));
}
