import { mkdir, rm } from 'node:fs/promises';
import type { GraphStore, Params } from '../../graph/graph-store.port.js';
import type { CypherQuery } from '../../graph/query.js';
import { eachCsvRow, type CsvField } from '../reach/reach-export.js';
import { ACTIVITY_EXPORT_DIR } from './insights.queries.js';

/** Exports in one process take turns: their files have fixed names. */
let turn: Promise<unknown> = Promise.resolve();

/**
 * Has the embedded engine write each query's rows to its file (COPY ... TO, see InsightExports), reads the file row
 * by row into `row`, and removes it. An empty unquoted field is null.
 */
export function readExports(store: GraphStore, exports: ReadonlyArray<{ query: CypherQuery; file: string; params: Params; row(f: CsvField[]): void }>): Promise<void> {
  const run = turn.then(async () => {
    await mkdir(ACTIVITY_EXPORT_DIR, { recursive: true });
    try {
      for (const e of exports) {
        await store.read(e.query, e.params);
        await eachCsvRow(e.file, e.row);
        await rm(e.file, { force: true });
      }
    } finally {
      await rm(ACTIVITY_EXPORT_DIR, { recursive: true, force: true });
    }
  });
  turn = run.catch(() => undefined);
  return run;
}
