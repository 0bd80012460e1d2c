import { Logger } from '@nestjs/common';
import { badInput, forbidden, notFound } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { canManageRecords, Role, type Viewer } from '../../common/viewer.js';
import type { GraphStore } from '../../graph/graph-store.port.js';
import { AuditAction, recordAudit } from '../audit/audit.js';
import type { Region } from '../regions/region.model.js';
import { jobFromNode, jobNode, type ImportJob } from './import-job.js';
import { ImportQueries as Q } from './import.queries.js';
import type { ImportKind, ImportMapping } from './mapping.js';

/**
 * Import job bookkeeping, for both paths (the rows path in import.service.ts, the bulk path in bulk-import.ts):
 * the jobs running in this process and recent dry runs (live, for progress), each job's ImportJob node (written
 * when it starts, with its audit entry, and when it ends), finding a viewer's jobs, which one can be resumed,
 * the jobs a stopped process left running, and the mapping each account last used per kind.
 */

const KEEP_DRY_RUNS_MS = 3_600_000;
/** On Neo4j (several app instances), a running job not heard of for this long is taken as interrupted. */
const STALE_RUNNING_MS = 10 * 60_000;

/** Importing is for admins, staff and leaders. */
export function assertCanImport(viewer: Viewer): void {
  if (!canManageRecords(viewer)) throw forbidden('Importing is for admins, staff and leaders.');
}

/** A region by id or by name (any case), among `all`. */
export function findRegion(all: readonly Region[], text: string): Region | null {
  const t = text.trim().toLowerCase();
  return all.find((r) => r.id === text.trim()) ?? all.find((r) => r.name.toLowerCase() === t) ?? null;
}

const mappingKey = (viewer: Viewer, kind: ImportKind) => `import.mapping.${viewer.accountId}.${kind}`;

export class ImportJobBook {
  private readonly logger = new Logger('Import');
  /** Jobs running in this process, and recent dry runs (and finished bulk jobs, for their progress details). */
  private readonly live = new Map<string, ImportJob>();

  constructor(private readonly store: GraphStore) {}

  /** Jobs left "running" by a process that ended are marked interrupted (they can be resumed or rolled back). */
  async recover(): Promise<number> {
    const rows = await this.store.write(Q.interruptJobs, {
      everyone: this.store.capabilities.soleWriter,
      before: new Date(Date.now() - STALE_RUNNING_MS).toISOString(),
      error: 'The import was interrupted (the app stopped). The rows before the offset shown are in; upload the same file to resume, or roll it back.',
    });
    if (rows.length) this.logger.warn(`${rows.length} import(s) found interrupted`);
    return rows.length;
  }

  /** A job starts: kept live (progress) and, unless a dry run, stored as running with its audit entry. */
  async track(job: ImportJob): Promise<void> {
    this.sweep();
    if (!job.dryRun) await this.saveStarted(job);
    this.live.set(job.id, job);
  }

  /** A (resumed) job is stored as running, with its audit entry (who imported what) in the same transaction. */
  private async saveStarted(job: ImportJob): Promise<void> {
    const at = now();
    await this.store.transaction(async (tx) => {
      await tx.run(Q.saveJob, jobNode(job, at));
      await recordAudit(
        tx,
        {
          action: AuditAction.IMPORT_STARTED,
          actorId: job.accountId,
          targetType: 'import',
          targetId: job.id,
          summary: `${job.resumedFrom ? 'Resumed' : 'Started'} an import of ${job.kind}${job.fileName ? ` from ${job.fileName}` : ''}${job.total ? ` (${job.total.toLocaleString('en-US')} row${job.total === 1 ? '' : 's'})` : ''}`,
        },
        at,
      );
    });
  }

  /** The job's node as it is now (throws when it cannot be written). */
  async save(job: ImportJob, at = now()): Promise<void> {
    await this.store.write(Q.saveJob, jobNode(job, at));
  }

  /**
   * A bulk job has ended (done or failed): its node says so. The live job stays for an hour (as dry runs do)
   * so that polling it still shows its step and phases; a roll-back drops it (the node is then the truth).
   */
  async settle(job: ImportJob): Promise<void> {
    if (job.dryRun) return;
    try {
      await this.save(job, job.finishedAt ?? now());
    } catch {
      this.logger.error(`Import ${job.id}: its end could not be stored`);
    }
  }

  /** The job running (or kept) in this process, if any. */
  running(id: string): ImportJob | undefined {
    return this.live.get(id);
  }

  keep(job: ImportJob): void {
    this.live.set(job.id, job);
  }

  forget(id: string): void {
    this.live.delete(id);
  }

  /** A job of this viewer's (admins: anyone's), live or stored. */
  async job(viewer: Viewer, id: string): Promise<ImportJob> {
    const live = this.live.get(id);
    if (live) {
      if (live.accountId !== viewer.accountId && viewer.role !== Role.ADMIN) throw notFound('That import');
      return live;
    }
    return this.stored(viewer, id);
  }

  /** A job of this viewer's (admins: anyone's), as its node says. */
  async stored(viewer: Viewer, id: string): Promise<ImportJob> {
    const [row] = await this.store.read(Q.job, { id });
    if (!row) throw notFound('That import');
    const job = jobFromNode(row.j);
    if (job.accountId !== viewer.accountId && viewer.role !== Role.ADMIN) throw notFound('That import');
    return job;
  }

  /** The viewer's recent imports (runs, not dry runs), newest first; admins see everyone's. */
  async jobs(viewer: Viewer, limit = 50): Promise<ImportJob[]> {
    const rows = await this.store.read(Q.jobs, { everyone: viewer.role === Role.ADMIN, accountId: viewer.accountId, limit });
    return rows.map((r) => {
      const job = jobFromNode(r.j);
      return this.live.get(job.id) ?? job;
    });
  }

  /** The job to resume, checked (same kind, same file, interrupted or failed), ready to run on from its offset. */
  async resumable(viewer: Viewer, id: string, kind: ImportKind, checksum: string, total: number): Promise<ImportJob> {
    if (this.live.get(id)?.status === 'running') throw badInput('resume', 'That import is still running.');
    const job = await this.stored(viewer, id);
    if (job.path === 'bulk') {
      throw badInput(
        'resume',
        'That was a bulk import (one transaction on this engine): it cannot be resumed. Roll it back (it removes what it created), then import the file again.',
      );
    }
    if (job.kind !== kind) throw badInput('resume', `That import was of ${job.kind}, not ${kind}.`);
    if (job.status !== 'interrupted' && job.status !== 'failed')
      throw badInput(
        'resume',
        `That import is ${job.status === 'done' ? 'finished' : job.status === 'running' ? 'still running' : 'rolled back'}: there is nothing to resume.`,
      );
    if (job.checksum !== checksum || job.total !== total)
      throw badInput('file', `This is not the file of that import (${job.fileName || 'another file'}): choose the same file to resume it.`);
    return { ...job, status: 'running', error: null, finishedAt: null, resumedFrom: job.processed };
  }

  /** The mapping this account last gave for files of this kind ({} when none). */
  async lastMapping(viewer: Viewer, kind: ImportKind): Promise<ImportMapping> {
    const [row] = await this.store.read(Q.mapping, { key: mappingKey(viewer, kind) });
    try {
      return row?.value ? (JSON.parse(row.value) as ImportMapping) : {};
    } catch {
      return {};
    }
  }

  async saveMapping(viewer: Viewer, kind: ImportKind, mapping: ImportMapping): Promise<void> {
    await this.store.write(Q.saveMapping, { key: mappingKey(viewer, kind), value: JSON.stringify(mapping) });
  }

  private sweep(): void {
    const cutoff = new Date(Date.now() - KEEP_DRY_RUNS_MS).toISOString();
    for (const [id, j] of this.live) if (j.finishedAt && j.finishedAt < cutoff) this.live.delete(id);
  }
}
