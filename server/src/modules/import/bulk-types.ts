// Types the bulk path shares with the import service and the kinds (kinds/ties.ts), in their own file so that
// none of those files imports another that imports it back.
import type { FieldProblem } from '../../common/app-error.js';
import type { Viewer } from '../../common/viewer.js';
import type { GraphStore } from '../../graph/graph-store.port.js';
import type { CypherQuery } from '../../graph/query.js';
import type { CsvField } from '../reach/reach-export.js';
import type { Region } from '../regions/region.model.js';
import type { CsvSource } from './bulk-csv.js';
import type { ImportJob, RowReport } from './import-job.js';
import type { ImportKind, ImportMapping } from './mapping.js';

/**
 * Milliseconds spent per phase (parse: reading and splitting the CSV; validate: fields, regions and the forms'
 * rules; match: existing records; write; index: the reach index). A ties file read on a worker thread is parsed
 * while the main thread matches and validates: its parse is the time the main thread waited for rows.
 */
export interface BulkPhases {
  parse: number;
  validate: number;
  match: number;
  write: number;
  /** Of `write`: writing the staging files for COPY. */
  stage: number;
  index: number;
}

export interface BulkImportJob extends ImportJob {
  path: 'bulk';
  /** The file's name (the shell) or "upload". */
  file: string;
  bytes: number;
  /** How far reading has got, in characters (about bytes): progress while the number of rows is not known yet. */
  read: number;
  /** What it is doing: reading (and checking) rows, writing, or updating the reach index. */
  step: 'reading' | 'writing' | 'indexing' | 'done';
  phases: BulkPhases;
  /** Ties files: whether the file was read on a worker thread beside the main thread (see kinds/tie-rows.ts). */
  readOn?: 'worker thread' | 'main thread';
  /** Ties files: where the second half of the new ties' staging lines was written (see kinds/tie-staging.ts). */
  stagedOn?: 'worker thread' | 'main thread';
}

/** What a kind's run gets: the job, the rows, and the writing and reporting helpers. */
export interface BulkRun {
  viewer: Viewer;
  job: BulkImportJob;
  source: CsvSource;
  headers: string[];
  mapping: ImportMapping;
  defaultRegion: Region | null;
  regionOf(text: string | undefined): { region: Region | null; problem: FieldProblem | null };
  report(r: RowReport): void;
  timed<T>(phase: keyof BulkPhases, work: () => Promise<T>): Promise<T>;
  timedSync<T>(phase: keyof BulkPhases, work: () => T): T;
  /** Reads every row, timing the parse apart from the work on the rows. */
  rows(onRows: (rows: Array<{ cells: string[]; line: number }>) => void, onChunk?: () => Promise<void>): Promise<void>;
}

/** What the bulk path asks of the job bookkeeping (import-jobs.ts): the account's mappings, and its jobs' nodes. */
export interface ImportJobs {
  lastMapping(viewer: Viewer, kind: ImportKind): Promise<ImportMapping>;
  saveMapping(viewer: Viewer, kind: ImportKind, mapping: ImportMapping): Promise<void>;
  track(job: ImportJob): Promise<void>;
  settle(job: ImportJob): Promise<void>;
}

/** What a kind's bulk run (ties) uses of the bulk importer: the store and exports (derived state follows the store's change feed). */
export interface BulkWriter {
  readonly store: GraphStore;
  scan(query: CypherQuery, file: string, onRow: (fields: Array<CsvField | unknown>) => void): Promise<void>;
}
