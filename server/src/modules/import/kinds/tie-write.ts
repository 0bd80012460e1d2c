import { withMessages } from '../said-history.js';
import { rm } from 'node:fs/promises';
import { now } from '../../../common/clock.js';
import type { GraphTx } from '../../../graph/graph-store.port.js';
import { NEO4J_TX_ROWS, WRITE_BATCH } from '../bulk-shared.js';
import type { BulkRun, BulkWriter } from '../bulk-types.js';
import { BulkQueries as B, STAGING_FILES, STAGING_USABLE } from '../bulk.queries.js';
import { newTiesChange } from './tie-changes.js';
import type { ChangedTie } from './tie-decide.js';
import { historyRows, tieJobEntry, tieUpdates, undoRows, updateRows, type TieUpdate } from './tie-history.js';
import type { TieKeys } from './tie-keys.js';
import { stageNewTies } from './tie-order.js';
import type { TieList } from './tie-tables.js';

/**
 * A ties import's write (kinds/ties.ts): the job's entry, the new ties, the changed ones with a history entry
 * and a before-image each. On the embedded engine one transaction (all or nothing): the new ties staged and
 * loaded with COPY FROM (those COPY cannot carry as UNWIND batches), the updates in UNWIND batches. On Neo4j
 * UNWIND batches of WRITE_BATCH rows, NEO4J_TX_ROWS rows per transaction. Each transaction describes the new
 * ties it wrote to the change feed (tie-changes.ts).
 */
export async function writeTies(ctx: BulkRun, bulk: BulkWriter, keys: TieKeys, fresh: TieList, changed: ReadonlyMap<number, ChangedTie>): Promise<void> {
  const { job, viewer } = ctx;
  const store = bulk.store;
  const at = now();
  const created = fresh.n;
  const ids = keys.people.ids;
  const text = (i: number) => keys.strs.list[i];
  const row = (n: number) => {
    const a = ids[fresh.a.a[n]];
    const b = ids[fresh.b.a[n]];
    const [x, y] = a < b ? [a, b] : [b, a];
    return {
      a: x,
      b: y,
      strength: fresh.strength.a[n] || null,
      context: text(fresh.ctx.a[n]),
      since: text(fresh.since.a[n]),
      lastContact: text(fresh.last.a[n]),
    };
  };
  const createRows = async (tx: GraphTx, part: readonly number[]) => {
    for (let j = 0; j < part.length; j += WRITE_BATCH)
      await tx.run(B.createKnows, { now: at, importId: job.id, rows: part.slice(j, j + WRITE_BATCH).map(row) });
  };
  const updates = tieUpdates(changed, keys);
  const writeUpdates = async (tx: GraphTx, list: readonly TieUpdate[]) => {
    const params = { now: at, accountId: viewer.accountId, importId: job.id };
    for (let i = 0; i < list.length; i += WRITE_BATCH) {
      const part = list.slice(i, i + WRITE_BATCH);
      const rows = updateRows(part, keys);
      await tx.run(B.updateKnows, { ...params, rows });
      await tx.run(B.knowsHistory, { ...params, rows: withMessages(historyRows(part, rows, keys)) });
      await tx.run(B.undoKnows, { importId: job.id, rows: undoRows(job.id, part, rows, keys) });
    }
  };
  const jobEntry = tieJobEntry(job, viewer, at, created, changed.size);
  try {
    if (store.capabilities.fileCopy && STAGING_USABLE) {
      const t = performance.now();
      const { copied, batched, stagedOn } = await stageNewTies(keys, fresh);
      job.stagedOn = stagedOn;
      job.phases.stage += performance.now() - t;
      await store.transaction(async (tx) => {
        await tx.run(B.jobChange, jobEntry);
        if (copied) await tx.run(copied > 1 ? B.copyKnowsHalves : B.copyKnows, { now: at, importId: job.id });
        await createRows(tx, batched);
        await writeUpdates(tx, updates);
        tx.describe?.({ knows: newTiesChange(keys, fresh, at) });
      });
      return;
    }
    await store.write(B.jobChange, jobEntry);
    const batched = Array.from({ length: created }, (_, n) => n);
    for (let i = 0; i < batched.length; i += NEO4J_TX_ROWS) {
      await store.transaction(async (tx) => {
        const part = batched.slice(i, i + NEO4J_TX_ROWS);
        await createRows(tx, part);
        tx.describe?.({ knows: newTiesChange(keys, fresh, at, part) });
      });
    }
    for (let i = 0; i < updates.length; i += NEO4J_TX_ROWS) await store.transaction((tx) => writeUpdates(tx, updates.slice(i, i + NEO4J_TX_ROWS)));
  } finally {
    await rm(STAGING_FILES.knows, { force: true });
    await rm(STAGING_FILES.knows2, { force: true });
  }
}
