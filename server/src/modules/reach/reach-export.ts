import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
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
const QUOTE = 34;
const NL = 10;
const CR = 13;
const START = 0;
const PLAIN = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;

/** A streaming CSV reader (RFC 4180 quoting, "" inside quotes); calls `onRow` for each row. */
export async function eachCsvRow(path: string, onRow: (fields: CsvField[]) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let fields: CsvField[] = [];
  let field = '';
  let wasQuoted = false;
  let state = START;
  const endField = () => {
    fields.push(wasQuoted || field !== '' ? field : null);
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    onRow(fields);
    fields = [];
  };
  const eat = (text: string) => {
    let seg = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      switch (state) {
        case START:
          if (c === QUOTE) {
            state = QUOTED;
            wasQuoted = true;
            seg = i + 1;
          } else if (c === COMMA) endField();
          else if (c === NL) endRow();
          else if (c !== CR) {
            state = PLAIN;
            seg = i;
          }
          break;
        case PLAIN:
          if (c === COMMA || c === NL) {
            field += text.slice(seg, i);
            state = START;
            if (c === COMMA) endField();
            else {
              if (field.charCodeAt(field.length - 1) === CR) field = field.slice(0, -1);
              endRow();
            }
          }
          break;
        case QUOTED:
          if (c === QUOTE) {
            field += text.slice(seg, i);
            state = QUOTE_SEEN;
          }
          break;
        default: // QUOTE_SEEN
          if (c === QUOTE) {
            field += '"';
            state = QUOTED;
            seg = i + 1;
          } else if (c === COMMA || c === NL) {
            state = START;
            if (c === COMMA) endField();
            else endRow();
          } else if (c !== CR) {
            // A stray character after a closing quote: keep it.
            state = PLAIN;
            seg = i;
          }
      }
    }
    if (state === PLAIN || state === QUOTED) field += text.slice(seg);
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 22 })) eat(decoder.write(chunk as Buffer));
  eat(decoder.end());
  if (state !== START || fields.length > 0 || field !== '') endRow();
}
