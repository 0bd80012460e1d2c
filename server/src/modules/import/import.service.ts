import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppError, badInput, isStorageFull } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { inRegion, type Viewer } from '../../common/viewer.js';
import { GraphError } from '../../graph/errors.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { RegionsService } from '../regions/regions.service.js';
import type { Region } from '../regions/region.model.js';
import type { ImportOptions } from './import-options.js';
import { BULK_THRESHOLD_ROWS, BulkImporter } from './bulk-import.js';
import { fileSource, textSource } from './bulk-csv.js';
import { parseCsv } from './csv.js';
import { jobNode, KEEP_PROBLEMS, type ImportJob, type RowReport } from './import-job.js';
import { assertCanImport, findRegion, ImportJobBook } from './import-jobs.js';
import { ImportQueries as Q } from './import.queries.js';
import { AttendanceUnit } from './kinds/attendance.js';
import { InteractionsUnit } from './kinds/interactions.js';
import { RegionLookup, type BatchRow, type ImportKindUnit } from './kinds/kind.js';
import { RecordsUnit } from './kinds/records.js';
import { checkMapping, CUSTOM_FIELD_PREFIX, gather, IMPORT_FIELDS, suggestMapping, type ImportKind, type ImportMapping } from './mapping.js';
import { FieldEntity, type FieldDefinitionRecord } from '../custom-fields/custom-field.model.js';
import { readDefinitions, visibleTo } from '../custom-fields/custom-fields.service.js';
import { ImportRollback, type Edited } from './rollback.js';
import { RollbackQueries as R } from './rollback.queries.js';
import { AuditAction, recordAudit } from '../audit/audit.js';

export type { ImportJob, RowAction, RowReport } from './import-job.js';
export type { ImportOptions } from './import-options.js';

export interface ImportPreview {
  kind: ImportKind;
  headers: string[];
  fields: string[];
  /**
   * The custom fields among `fields` (`custom:<key>`), by name for the mapping step: those the importer may fill
   * in, coalition-wide (region null) or of one of their regions (its name).
   */
  customFields: Array<{ field: string; label: string; region: string | null }>;
  mapping: ImportMapping;
  /** Whether the mapping comes from this account's last import of this kind. */
  remembered: boolean;
  total: number;
  sample: string[][];
  /** Interrupted or failed imports of this same file (same checksum) that can be resumed. */
  resumable: ImportJob[];
}

/** The kinds, one unit each (see kinds/kind.ts). A new kind is a new unit here and in mapping.ts. */
/** The rows path's units; ties always go through the bulk path (kinds/ties.ts). */
const UNITS: Record<Exclude<ImportKind, 'ties'>, ImportKindUnit> = {
  people: new RecordsUnit('people'),
  organizations: new RecordsUnit('organizations'),
  interactions: new InteractionsUnit(),
  attendance: new AttendanceUnit(),
};

const KEEP_ROWS = 1000;
const ROLLBACK_STATES = new Set(['done', 'failed', 'interrupted', 'rollingBack']);

export const checksumOf = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * CSV import: files, mappings, batches, resume and roll-back; the kinds do the rows, the job book
 * (import-jobs.ts) keeps the jobs, the bulk path (bulk-import.ts) takes large files and ties.
 * A run writes `batchSize` rows per transaction, and in the same transaction the job's progress (its ImportJob
 * node: counts and the row offset reached), so after a crash the job says exactly which rows are in. Dry runs
 * are kept in memory only.
 */
@Injectable()
export class ImportService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Import');
  /** Jobs whose roll-back is under way in this process. */
  private readonly rollingBack = new Set<string>();
  /** Rows per transaction on the rows path. */
  batchSize = 500;
  /** Files with more rows than this go through the bulk path (the rows path writes ~2,000 rows/s, with history per record). */
  bulkThreshold = BULK_THRESHOLD_ROWS;
  private readonly book: ImportJobBook;
  readonly bulk: BulkImporter;

  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly regions: RegionsService,
  ) {
    this.book = new ImportJobBook(store);
    this.bulk = new BulkImporter(this.book, store, regions, () => this.bulkThreshold);
  }

  async onApplicationBootstrap(): Promise<void> {
    // On a full disk the app still starts; interrupted jobs are marked at the next start with room.
    await this.recover().catch((e: unknown) => {
      if (!isStorageFull(e)) throw e;
    });
  }

  /** Jobs left "running" by a process that ended are marked interrupted (they can be resumed or rolled back). */
  recover(): Promise<number> {
    return this.book.recover();
  }

  assertAllowed(viewer: Viewer): void {
    assertCanImport(viewer);
  }

  /** The headers of a file, the mapping suggested for them (the account's last one where it fits), a sample. */
  async preview(viewer: Viewer, kind: ImportKind, text: string): Promise<ImportPreview> {
    this.assertAllowed(viewer);
    const csv = parseCsv(text);
    const custom = await this.customFieldsOf(viewer, kind);
    const suggested = suggestMapping(kind, csv.headers, custom);
    const last = await this.lastMapping(viewer, kind);
    const known = csv.headers.filter((h) => h in last);
    const mapping = Object.fromEntries(csv.headers.map((h) => [h, h in last ? last[h] : suggested[h]]));
    const checksum = checksumOf(text);
    const resumable = (await this.jobs(viewer)).filter((j) => j.kind === kind && j.path !== 'bulk' && j.checksum === checksum && (j.status === 'interrupted' || j.status === 'failed'));
    const regionNames = custom.some((f) => f.region) ? new Map((await this.regions.all()).map((r) => [r.id, r.name])) : new Map<string, string>();
    return {
      kind, headers: csv.headers, fields: [...IMPORT_FIELDS[kind], ...custom.map((f) => `${CUSTOM_FIELD_PREFIX}${f.key}`)],
      customFields: custom.map((f) => ({ field: `${CUSTOM_FIELD_PREFIX}${f.key}`, label: f.label, region: f.region ? (regionNames.get(f.region) ?? null) : null })),
      mapping, remembered: known.length > 0,
      total: csv.rows.length, sample: csv.rows.slice(0, 5).map((r) => r.cells), resumable,
    };
  }

  /** The custom fields a file of this kind can fill in for this viewer (none for ties, meetings, attendance). */
  async customFieldsOf(viewer: Viewer, kind: ImportKind): Promise<FieldDefinitionRecord[]> {
    if (kind !== 'people' && kind !== 'organizations') return [];
    return visibleTo(viewer, await readDefinitions(this.store), kind === 'people' ? FieldEntity.PERSON : FieldEntity.ORGANIZATION);
  }

  lastMapping(viewer: Viewer, kind: ImportKind): Promise<ImportMapping> {
    return this.book.lastMapping(viewer, kind);
  }

  /** Checks the file and the options, and starts the job; `done` settles when it has finished. */
  async start(viewer: Viewer, text: string, options: ImportOptions): Promise<{ job: ImportJob; done: Promise<ImportJob> }> {
    this.assertAllowed(viewer);
    // ── Bulk path (bulk-import.ts): ties, and people or organizations above bulkThreshold rows ──
    if (!options.resume && (await this.bulk.takes(options.kind, textSource(text)))) return this.bulk.start(viewer, textSource(text), options);
    const csv = parseCsv(text);
    const checksum = checksumOf(text);
    let job: ImportJob;
    let defaultRegion: Region | null = null;
    if (options.resume) {
      job = await this.book.resumable(viewer, options.resume, options.kind, checksum, csv.rows.length);
      defaultRegion = job.defaultRegion ? await this.resolveRegion(job.defaultRegion) : null;
    } else {
      const given = options.mapping !== undefined && options.mapping !== null && options.mapping !== '';
      const customKeys = (await this.customFieldsOf(viewer, options.kind)).map((f) => f.key);
      const mapping = given ? checkMapping(options.kind, csv.headers, options.mapping, customKeys) : (await this.preview(viewer, options.kind, text)).mapping;
      checkMapping(options.kind, csv.headers, mapping, customKeys);
      if (options.defaultRegion) {
        defaultRegion = await this.resolveRegion(options.defaultRegion);
        if (!defaultRegion) throw badInput('defaultRegion', `There is no region named ${options.defaultRegion}.`);
        if (!inRegion(viewer, defaultRegion.id)) throw badInput('defaultRegion', 'Choose one of your regions.');
      }
      if (given) await this.book.saveMapping(viewer, options.kind, mapping);
      job = {
        id: randomUUID(), kind: options.kind, dryRun: options.dryRun, accountId: viewer.accountId, status: 'running',
        fileName: (options.fileName ?? '').slice(0, 200), checksum, total: csv.rows.length, processed: 0, created: 0, updated: 0, unchanged: 0,
        skipped: 0, rows: [], problems: [], error: null, startedAt: now(), finishedAt: null, mapping, defaultRegion: defaultRegion?.id ?? null,
        resumedFrom: 0, rolledBackAt: null, rollback: null,
      };
    }
    await this.book.track(job);
    const done = this.run(viewer, job, csv, defaultRegion).then(
      async () => {
        job.status = 'done';
        job.finishedAt = now();
        if (!job.dryRun) await this.book.save(job, job.finishedAt);
        return job;
      },
      async (e: unknown) => {
        job.status = 'failed';
        job.error = e instanceof AppError ? e.message : `The import stopped on an unexpected error at row ${job.processed + 2}; the ${job.processed} rows before are in. Upload the same file to resume, or roll it back.`;
        // The query's name and the kind of failure only (GraphError's message): no values, no engine message.
        if (!(e instanceof AppError)) this.logger.error(`Import ${job.id} failed: ${e instanceof GraphError ? e.message : e instanceof Error ? e.name : 'error'}`);
        job.finishedAt = now();
        if (!job.dryRun) await this.book.save(job, job.finishedAt).catch(() => undefined);
        return job;
      },
    ).finally(() => {
      if (!job.dryRun) this.book.forget(job.id);
    });
    return { job, done };
  }

  /** A file on disk (the shell): streamed through the bulk path when large, read whole when small. */
  async startFile(viewer: Viewer, path: string, options: ImportOptions): Promise<{ job: ImportJob; done: Promise<ImportJob> }> {
    this.assertAllowed(viewer);
    const source = fileSource(path, basename(path));
    if (!options.resume && (await this.bulk.takes(options.kind, source))) return this.bulk.start(viewer, source, { ...options, fileName: options.fileName ?? basename(path) });
    return this.start(viewer, await readFile(path, 'utf8'), { ...options, fileName: options.fileName ?? basename(path) });
  }

  /** A job of this viewer's (admins: anyone's). */
  job(viewer: Viewer, id: string): Promise<ImportJob> {
    return this.book.job(viewer, id);
  }

  /** The viewer's recent imports (runs, not dry runs), newest first; admins see everyone's. */
  async jobs(viewer: Viewer, limit = 50): Promise<ImportJob[]> {
    this.assertAllowed(viewer);
    return this.book.jobs(viewer, limit);
  }

  /**
   * Rolls back a finished, failed or interrupted import: removes what it created, restores what it changed.
   * Records changed since refuse it (CONFLICT, naming them) unless `keepEdited`: then exactly those stay as they are.
   *
   * The check of what was changed since comes first (and answers at once); the roll-back itself then runs on in
   * the background, the job "rolling back" until it ends. The promise settles when it ends, or after `waitMs`
   * with the job still rolling back (the web app's request waits a few seconds, then follows the job like an
   * import's). A roll-back that stopped part-way (the app stopped, an error) is finished by running it again.
   */
  async rollback(viewer: Viewer, id: string, keepEdited = false, waitMs = Infinity): Promise<ImportJob> {
    this.assertAllowed(viewer);
    if (this.book.running(id)?.status === 'running') throw new AppError('FAILED_PRECONDITION', 'That import is still running: wait for it to finish, then roll it back.');
    const job = await this.book.stored(viewer, id);
    // Checked after the read (no await from here to add): two requests cannot both start it.
    if (this.rollingBack.has(id)) throw new AppError('FAILED_PRECONDITION', 'That import is being rolled back: wait for it to finish.');
    this.book.forget(id); // a finished bulk job kept for its progress details: from now on its node is the truth
    if (job.status === 'rolledBack') throw new AppError('FAILED_PRECONDITION', 'That import was already rolled back.');
    if (!ROLLBACK_STATES.has(job.status)) throw new AppError('FAILED_PRECONDITION', 'That import is still running: wait for it to finish, then roll it back.');
    this.rollingBack.add(id);
    let work: Promise<ImportJob>;
    try {
      const rb = new ImportRollback(this.store);
      const edited = await rb.edited(id);
      if (edited.length && !keepEdited) {
        throw new AppError('CONFLICT', `${edited.length === 1 ? 'One record was' : `${edited.length}${edited.length >= 1000 ? '+' : ''} records were`} changed since this import: ${describe(edited)}. Nothing was rolled back. Roll back the rest and keep ${edited.length === 1 ? 'it' : 'those'} as ${edited.length === 1 ? 'it is' : 'they are'}, or leave the import in place.`, [], { edited: edited.slice(0, 50) });
      }
      // A bulk job of an earlier version kept no before-images of what it updated: say so (only on a first
      // roll-back: one that stopped part-way has dropped the before-images it had put back).
      let notRestored = 0;
      if (job.path === 'bulk' && job.updated > 0 && job.status !== 'rollingBack') {
        const [count] = await this.store.read(R.undoCount, { jobId: id });
        if (Number(count?.n ?? 0) === 0) notRestored = job.updated;
      }
      const until = job.finishedAt ?? now();
      job.status = 'rollingBack';
      job.finishedAt = until;
      job.error = null;
      await this.book.save(job);
      this.book.keep(job);
      work = this.rollBackInBackground(viewer, job, rb, edited, notRestored).finally(() => this.rollingBack.delete(id));
    } catch (e) {
      this.rollingBack.delete(id);
      throw e;
    }
    return this.waitFor(work, job, waitMs);
  }

  /** The roll-back proper, once checked: the job's node says how it ended, with an audit entry when it did. */
  private rollBackInBackground(viewer: Viewer, job: ImportJob, rb: ImportRollback, edited: Edited[], notRestored: number): Promise<ImportJob> {
    const id = job.id;
    const until = job.finishedAt!;
    return rb.run(id, viewer.accountId, new Set(edited.map((e) => e.id)), until).then(
      async (summary) => {
        summary.kept = edited.slice(0, 200);
        if (notRestored > 0) {
          const what = job.kind === 'ties' ? 'existing ties' : 'existing records';
          summary.notRestored = notRestored;
          summary.note = `This bulk import was made by an earlier version, which kept no copy of the ${what} it updated (${notRestored.toLocaleString('en-US')} ${notRestored === 1 ? 'row' : 'rows'}): those stay as the import left them, and their history shows what it changed. What it created was removed.`;
        }
        // The job followed in memory says "rolled back" only once its node does: a reader of either sees the same.
        const ended: ImportJob = { ...job, status: 'rolledBack', rolledBackAt: now(), rollback: summary };
        await this.store.transaction(async (tx) => {
          await tx.run(Q.saveJob, jobNode(ended, ended.rolledBackAt!));
          await recordAudit(tx, {
            action: AuditAction.IMPORT_ROLLED_BACK, actorId: viewer.accountId, targetType: 'import', targetId: id,
            summary: `Rolled back the ${job.kind} import${job.fileName ? ` of ${job.fileName}` : ''}: ${summary.removed} removed, ${summary.restored} restored, ${summary.kept.length} kept`,
          }, ended.rolledBackAt!);
        });
        Object.assign(job, ended);
        this.book.forget(id);
        return job;
      },
      async (e: unknown) => {
        // Each chunk of the roll-back is one transaction that drops its own undo entries: running it again finishes it.
        job.error = 'The roll-back stopped on an unexpected error before the end; roll it back again to finish it.';
        this.logger.error(`Roll-back of import ${id} stopped: ${e instanceof GraphError ? e.message : e instanceof Error ? e.name : 'error'}`);
        await this.book.save(job).catch(() => undefined);
        this.book.forget(id);
        throw e instanceof AppError ? e : new AppError('INTERNAL_SERVER_ERROR', job.error);
      },
    );
  }

  /** The roll-back's end, or the job still rolling back after `waitMs`. */
  private async waitFor(work: Promise<ImportJob>, job: ImportJob, waitMs: number): Promise<ImportJob> {
    if (waitMs === Infinity) return work;
    work.catch(() => undefined); // settled in the background; its failure is on the job
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<ImportJob>((resolve) => (timer = setTimeout(() => resolve(job), waitMs)));
    try {
      return await Promise.race([work, waited]);
    } finally {
      clearTimeout(timer);
    }
  }

  async resolveRegion(text: string): Promise<Region | null> {
    return findRegion(await this.regions.all(), text);
  }

  private async run(viewer: Viewer, job: ImportJob, csv: ReturnType<typeof parseCsv>, defaultRegion: Region | null): Promise<void> {
    const mapped = new Set(Object.values(job.mapping).filter(Boolean));
    if (job.kind === 'ties') throw badInput('kind', 'Ties are imported through the bulk path.');
    const unit = UNITS[job.kind];
    const pass = await unit.open({
      store: this.store, viewer, importId: job.id, dryRun: job.dryRun, regions: new RegionLookup(await this.regions.all(), viewer, defaultRegion),
      mapped,
    });
    for (let start = job.processed; start < csv.rows.length; start += this.batchSize) {
      const batch = csv.rows.slice(start, start + this.batchSize);
      const rows: BatchRow[] = batch.map((r) => ({ line: r.line, g: gather(job.mapping, csv.headers, r.cells) }));
      const plan = await pass.plan(rows);
      const next = { ...job, problems: [...job.problems], rows: job.rows };
      const count = (reports: RowReport[]) => {
        for (const r of reports) {
          if (r.action === 'create') next.created++;
          else if (r.action === 'update') next.updated++;
          else if (r.action === 'unchanged') next.unchanged++;
          else next.skipped++;
          if (r.action === 'skip' && next.problems.length < KEEP_PROBLEMS) next.problems.push(r);
        }
        next.processed += batch.length;
      };
      if (job.dryRun) {
        count(plan.reports);
        for (const r of plan.reports) if (job.rows.length < KEEP_ROWS) job.rows.push(r);
        Object.assign(job, next);
        continue;
      }
      // The batch and the job's progress in one transaction: the offset never runs ahead of (or behind) the data.
      await this.store.transaction(async (tx) => {
        const at = now();
        const stale = plan.write ? await plan.write(tx, at) : new Set<string>();
        for (const r of plan.reports) {
          if (r.id && stale.has(r.id)) {
            r.action = 'skip';
            r.problems = [{ field: 'version', message: 'Someone changed this record while the import ran; run the import again to apply this row.' }];
          }
        }
        count(plan.reports);
        await tx.run(Q.saveJob, jobNode(next, at));
      });
      Object.assign(job, next);
    }
  }
}

function describe(edited: Edited[]): string {
  const first = edited.slice(0, 5).map((e) => `${e.name || 'unnamed'} (${e.type})`);
  return edited.length > 5 ? `${first.join(', ')} and ${edited.length - 5} more` : first.join(', ');
}
