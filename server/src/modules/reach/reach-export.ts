import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { CsvTokenizer } from '../../common/csv-tokenizer.js';
import type { GraphStore } from '../../graph/graph-store.port.js';
import { EXPORT_DIR, ReachExport } from './reach.queries.js';

export type CsvField = string | null;

/** Loads in one process take turns: the export files have fixed names. */
let turn: Promise<unknown> = Promise.resolve();

/**
 * The embedded engine writes people, KNOWS ties and affiliations to CSV files (COPY ... TO), which are then
 * read row by row and removed. Rows: people [id, region, kinds, name]; knows [a, b, strength, score,
 * scoreAt, lastContact, context, since, until, createdAt]; affiliations [a, o, kind, title, since, until]. An empty unquoted field is null.
 */
export function exportGraph(
  store: GraphStore,
  on: { person(f: CsvField[]): void; knows(f: CsvField[]): void; affiliation(f: CsvField[]): void },
): Promise<void> {
  const run = turn.then(async () => {
    await mkdir(EXPORT_DIR, { recursive: true });
    try {
      for (const [query, file, row] of [
        [ReachExport.people, 'people', on.person],
        [ReachExport.knows, 'knows', on.knows],
        [ReachExport.affiliations, 'affiliations', on.affiliation],
      ] as const) {
        await store.read(query);
        await eachCsvRow(`${EXPORT_DIR}/${file}.csv`, row);
      }
    } finally {
      await rm(EXPORT_DIR, { recursive: true, force: true });
    }
  });
  turn = run.catch(() => undefined);
  return run;
}

const COMMA = 44;

/**
 * A streaming CSV reader for the engine's own COPY TO files (RFC 4180 quoting, "" inside quotes; lenient:
 * stray characters are kept); calls `onRow` for each row. An empty unquoted field is null, a quoted one ''.
 */
export async function eachCsvRow(path: string, onRow: (fields: CsvField[]) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  const csv = new CsvTokenizer({ delimiter: COMMA, emptyUnquoted: null }, onRow);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 22 })) csv.eat(decoder.write(chunk as Buffer));
  csv.eat(decoder.end());
  csv.end();
}
