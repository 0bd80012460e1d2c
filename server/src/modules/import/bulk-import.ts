import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { AppError, badInput, type FieldProblem } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { inRegion, type Viewer } from '../../common/viewer.js';
import type { GraphStore, Row } from '../../graph/graph-store.port.js';
import type { CypherQuery } from '../../graph/query.js';
import { eachCsvRow, type CsvField } from '../reach/reach-export.js';
import type { Region } from '../regions/region.model.js';
import type { RegionsService } from '../regions/regions.service.js';
import { hasMoreLinesThan, readCsv, type CsvSource } from './bulk-csv.js';
import { STAGING_DIR, STAGING_USABLE } from './bulk.queries.js';
import type { BulkImportJob, BulkRun, BulkWriter, ImportJobs } from './bulk-types.js';
import type { ImportOptions } from './import-options.js';
import { KEEP_PROBLEMS, type ImportJob } from './import-job.js';
import { assertCanImport, findRegion } from './import-jobs.js';
import { checkMapping, suggestMapping, type ImportKind, type ImportMapping } from './mapping.js';
import { runBulkRecords } from './kinds/bulk-records.js';
import { runTiesImport } from './kinds/ties.js';
import { FieldEntity, type FieldDefinitionRecord } from '../custom-fields/custom-field.model.js';
import { readDefinitions, visibleTo } from '../custom-fields/custom-fields.service.js';

export type { BulkImportJob, BulkPhases, BulkRun } from './bulk-types.js';

/** Above this many rows, people and organizations go through the bulk path (ties always do). */
export const BULK_THRESHOLD_ROWS = 20_000;
const KEEP_ROWS = 1000;

/** Bulk jobs in one process take turns (the staging files have fixed names; the embedded engine has one writer anyway). */
let turn: Promise<unknown> = Promise.resolve();

/**
 * The bulk path: large files of people or organizations, and every ties file. The same rules as the rows path
 * (the same code for fields, matching and merging, the forms' rules compiled by fast-check.ts), the same
 * report; the differences are in how it reads and writes:
 * - the file is streamed (from disk in the shell), never held whole;
 * - matching reads every record in the importer's regions once (the embedded engine exports them with COPY TO:
 *   1M people in a few seconds), never one request per row or per batch;
 * - nothing is written until every row is read; then, on the embedded engine, one transaction holds the job's
 *   history entry, the new records staged in a CSV file and loaded with COPY FROM (rows COPY cannot carry go
 *   as UNWIND batches), and the updates in UNWIND batches (with the version check and a history entry each);
 *   on Neo4j UNWIND batches of 10,000, 100,000 rows per transaction;
 * - history: one entry per job ("Imported N people from file.csv"); each created record and tie carries
 *   `importId` = the job id, and its history shows that entry; updated records get their own entry as usual.
 */
export class BulkImporter implements BulkWriter {
  constructor(
    private readonly jobs: ImportJobs,
    readonly store: GraphStore,
    private readonly regions: RegionsService,
    /** Files of people or organizations with more rows than this take the bulk path (the service's setting). */
    private readonly threshold: () => number,
  ) {}

  /** Whether this file goes the bulk path: ties always; people and organizations above the service's threshold; never interactions or attendance. */
  async takes(kind: ImportKind, source: CsvSource): Promise<boolean> {
    if (kind === 'ties') return true;
    // Interactions and attendance always go the rows path (main's units, with before-images and resume).
    return (kind === 'people' || kind === 'organizations') && (await hasMoreLinesThan(source, this.threshold() + 1));
  }

  async start(viewer: Viewer, source: CsvSource, options: ImportOptions): Promise<{ job: ImportJob; done: Promise<ImportJob> }> {
    assertCanImport(viewer);
    const headers = await readHeaders(source);
    const custom = await this.customFieldsOf(viewer, options.kind);
    const customKeys = custom.map((f) => f.key);
    let mapping: ImportMapping;
    if (options.mapping === undefined || options.mapping === null || options.mapping === '') {
      const suggested = suggestMapping(options.kind, headers, custom);
      const last = await this.jobs.lastMapping(viewer, options.kind);
      mapping = checkMapping(options.kind, headers, Object.fromEntries(headers.map((h) => [h, h in last ? last[h] : suggested[h]])), customKeys);
    } else {
      mapping = checkMapping(options.kind, headers, options.mapping, customKeys);
    }
    let defaultRegion: Region | null = null;
    if (options.defaultRegion) {
      defaultRegion = findRegion(await this.regions.all(), options.defaultRegion);
      if (!defaultRegion) throw badInput('defaultRegion', `There is no region named ${options.defaultRegion}.`);
      if (!inRegion(viewer, defaultRegion.id)) throw badInput('defaultRegion', 'Choose one of your regions.');
    }
    if (options.mapping !== undefined && options.mapping !== null && options.mapping !== '') {
      await this.jobs.saveMapping(viewer, options.kind, mapping);
    }
    const job: BulkImportJob = {
      id: randomUUID(), kind: options.kind, dryRun: options.dryRun, accountId: viewer.accountId, status: 'running',
      total: 0, processed: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, rows: [], problems: [],
      error: null, startedAt: now(), finishedAt: null, mapping,
      // Stored as an ImportJob like the rows path's jobs (listed, rolled back by importId); no checksum: it cannot resume.
      fileName: (options.fileName ?? source.name).slice(0, 200), checksum: '', defaultRegion: defaultRegion?.id ?? null,
      resumedFrom: 0, rolledBackAt: null, rollback: null,
      path: 'bulk', file: source.name, bytes: await source.size(), read: 0, step: 'reading', phases: { parse: 0, validate: 0, match: 0, write: 0, stage: 0, index: 0 },
    };
    await this.jobs.track(job);
    const work = turn.then(() => this.run(viewer, job, source, headers, mapping, defaultRegion))
      .finally(() => rm(STAGING_DIR, { recursive: true, force: true }));
    turn = work.catch(() => undefined);
    const done = work.then(
      async () => {
        job.step = 'done';
        job.read = job.bytes;
        job.status = 'done';
        job.finishedAt = now();
        await this.jobs.settle(job);
        return job as ImportJob;
      },
      async (e: unknown) => {
        job.status = 'failed';
        job.error = e instanceof AppError
          ? e.message
          : this.store.capabilities.fileCopy && STAGING_USABLE
            ? 'The import stopped on an unexpected error; nothing of it was saved (a bulk import is saved in one transaction, all or nothing). Run it again.'
            : 'The import stopped on an unexpected error; part of it may be written. Roll it back (it removes what it created), then run it again.';
        job.finishedAt = now();
        await this.jobs.settle(job);
        return job as ImportJob;
      },
    );
    return { job, done };
  }

  /** The custom fields a people or organizations file can fill in for this viewer (as the rows path offers them). */
  private async customFieldsOf(viewer: Viewer, kind: ImportKind): Promise<FieldDefinitionRecord[]> {
    if (kind !== 'people' && kind !== 'organizations') return [];
    return visibleTo(viewer, await readDefinitions(this.store), kind === 'people' ? FieldEntity.PERSON : FieldEntity.ORGANIZATION);
  }

  /** The kind's run, with the context it gets: the job, the rows, and the region, reporting and timing helpers. */
  private async run(viewer: Viewer, job: BulkImportJob, source: CsvSource, headers: string[], mapping: ImportMapping, defaultRegion: Region | null): Promise<void> {
    const regions = await this.regions.all();
    const regionById = new Map(regions.map((r) => [r.id, r]));
    const regionByName = new Map(regions.map((r) => [r.name.toLowerCase(), r]));
    const clock = () => performance.now();
    const ctx: BulkRun = {
      viewer, job, source, headers, mapping, defaultRegion,
      regionOf(text) {
        let region: Region | null | undefined = defaultRegion;
        let problem: FieldProblem | null = null;
        if (text) {
          region = regionById.get(text) ?? regionByName.get(text.toLowerCase());
          if (!region) problem = { field: 'region', message: `There is no region named ${text}.` };
        }
        if (region && !inRegion(viewer, region.id)) problem = { field: 'region', message: `${region.name} is not one of your regions.` };
        else if (!region && !text) problem = { field: 'region', message: 'Choose a region: map a column to region, or give a default region.' };
        return { region: problem ? null : region ?? null, problem };
      },
      report(r) {
        if (r.action === 'create') job.created++;
        else if (r.action === 'update') job.updated++;
        else if (r.action === 'unchanged') job.unchanged++;
        else job.skipped++;
        if (job.dryRun && job.rows.length < KEEP_ROWS) job.rows.push(r);
        if (r.action === 'skip' && job.problems.length < KEEP_PROBLEMS) job.problems.push(r);
      },
      async timed(phase, work) {
        if (phase === 'write' || phase === 'index') job.step = phase === 'write' ? 'writing' : 'indexing';
        const t = clock();
        try {
          return await work();
        } finally {
          job.phases[phase] += clock() - t;
        }
      },
      timedSync(phase, work) {
        const t = clock();
        try {
          return work();
        } finally {
          job.phases[phase] += clock() - t;
        }
      },
      async rows(onRows, onChunk) {
        // Parse time = the time reading takes, less the time spent on the rows.
        const t0 = clock();
        let inside = 0;
        await readCsv(source, () => undefined, (rows) => {
          const t = clock();
          job.total += rows.length;
          onRows(rows);
          inside += clock() - t;
        }, {
          onProgress: (n) => void (job.read = Math.min(n, job.bytes)),
          onChunk: onChunk && (async () => {
            const t = clock();
            await onChunk();
            inside += clock() - t;
          }),
        });
        job.phases.parse += clock() - t0 - inside;
      },
    };
    if (job.kind === 'ties') return runTiesImport(ctx, this);
    if (job.kind !== 'people' && job.kind !== 'organizations') throw badInput('kind', `The bulk path imports people, organizations and ties, not ${job.kind}.`);
    return runBulkRecords(ctx, this, job.kind);
  }

  /**
   * Reads every row of an export query: on the embedded engine it writes a file (COPY ... TO) read back as
   * a stream; on Neo4j it is a plain read. Fields come positionally, as the query returns them.
   */
  async scan(query: CypherQuery, file: string, onRow: (fields: Array<CsvField | unknown>) => void): Promise<void> {
    if (this.store.capabilities.fileCopy && STAGING_USABLE) {
      await mkdir(STAGING_DIR, { recursive: true });
      try {
        await this.store.read(query);
        await eachCsvRow(file, onRow);
      } finally {
        await rm(file, { force: true });
      }
      return;
    }
    for (const row of await this.store.read(query)) onRow(Object.values(row as Row));
  }

}

/** The header row of a source, reading no further than its first chunk. */
async function readHeaders(source: CsvSource): Promise<string[]> {
  let headers: string[] | null = null;
  const stop = new Error('headers read');
  try {
    await readCsv(source, (h) => {
      headers = h;
      throw stop;
    }, () => undefined);
  } catch (e) {
    if (e !== stop) throw e;
  }
  if (!headers) throw badInput('file', 'The file is empty: the first line should name the columns.');
  return headers;
}


