import type { FieldProblem } from '../../common/app-error.js';
import type { Row } from '../../graph/graph-store.port.js';
import type { ImportKind, ImportMapping } from './mapping.js';

export type RowAction = 'create' | 'update' | 'unchanged' | 'skip';

export interface RowReport {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  line: number;
  action: RowAction;
  name: string;
  /** The record created, updated or matched (absent in a dry run for new records, and for skipped rows). */
  id?: string;
  problems: FieldProblem[];
  /** Why a row changes nothing, or what an update changes, in words (optional). */
  note?: string;
}

/**
 * running → done | failed | interrupted (the process stopped; found so at the next start) → (resumed: running)
 * done | failed | interrupted → rollingBack → rolledBack. A roll-back that stops half way stays rollingBack
 * and is finished by asking again (it removes by import id, so it is safe to repeat).
 */
export type ImportStatus = 'running' | 'done' | 'failed' | 'interrupted' | 'rollingBack' | 'rolledBack';

export interface RollbackSummary {
  /** Records and links the import created, removed. */
  removed: number;
  /** Records and links it changed, put back as they were. */
  restored: number;
  /** Records changed since the import, kept as they are now (only when asked to keep them). */
  kept: Array<{ type: string; id: string; name: string }>;
  /**
   * A bulk import of an earlier version, which kept no copy of the existing ties or records it updated: how many
   * rows updated them (they stay as the import left them), and that in words.
   */
  notRestored?: number;
  note?: string;
}

export interface ImportJob {
  id: string;
  kind: ImportKind;
  dryRun: boolean;
  accountId: string;
  status: ImportStatus;
  fileName: string;
  /** SHA-256 of the file: re-uploading the same file can resume an interrupted import. */
  checksum: string;
  total: number;
  /** Rows done: every row before this offset is written (or reported), in order. */
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** A dry run: the first rows, whatever they would do. A run: empty. */
  rows: RowReport[];
  /** The first skipped rows with why. */
  problems: RowReport[];
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  mapping: ImportMapping;
  defaultRegion: string | null;
  /** Row offset this run started from (0, or where an interrupted run had stopped); kept with the job once it ends. */
  resumedFrom: number;
  rolledBackAt: string | null;
  rollback: RollbackSummary | null;
  /**
   * 'bulk': a job of the bulk path (bulk-import.ts: ties, and large people/organization files). It keeps
   * before-images of the records and ties it updated (written with them), and cannot be resumed.
   */
  path?: 'rows' | 'bulk';
}

/** The first problems a job keeps (in memory and in its ImportJob node). */
export const KEEP_PROBLEMS = 200;

/** The ImportJob node's properties for a job. */
export function jobNode(job: ImportJob, at: string): Row {
  return {
    id: job.id, kind: job.kind, accountId: job.accountId, status: job.status, fileName: job.fileName, checksum: job.checksum,
    mapping: JSON.stringify(job.mapping), defaultRegion: job.defaultRegion ?? '', total: job.total, processed: job.processed,
    created: job.created, updated: job.updated, unchanged: job.unchanged, skipped: job.skipped,
    problems: JSON.stringify(job.problems.slice(0, KEEP_PROBLEMS)), error: job.error ?? '', startedAt: job.startedAt, updatedAt: at,
    finishedAt: job.finishedAt ?? '', rolledBackAt: job.rolledBackAt ?? '', rollback: job.rollback ? JSON.stringify(job.rollback) : '',
    path: job.path ?? 'rows', resumedFrom: job.resumedFrom,
  };
}

const parse = <T>(text: unknown, fallback: T): T => {
  try {
    return text ? (JSON.parse(String(text)) as T) : fallback;
  } catch {
    return fallback;
  }
};

/** A job read back from its node. */
export function jobFromNode(n: Row): ImportJob {
  const str = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
  const bulk = n.path === 'bulk';
  return {
    id: String(n.id), kind: n.kind as ImportKind, dryRun: false, accountId: String(n.accountId), status: n.status as ImportStatus,
    fileName: String(n.fileName ?? ''), checksum: String(n.checksum ?? ''), total: Number(n.total ?? 0), processed: Number(n.processed ?? 0),
    created: Number(n.created ?? 0), updated: Number(n.updated ?? 0), unchanged: Number(n.unchanged ?? 0), skipped: Number(n.skipped ?? 0),
    rows: [], problems: parse(n.problems, []),
    // A bulk job is written at its end only (one transaction on the embedded engine): "resume" does not apply.
    error: bulk && n.status === 'interrupted'
      ? 'The bulk import was interrupted (the app stopped) before it finished. On the embedded engine nothing of it was written; on Neo4j, roll it back to remove any part written. Then import the file again.'
      : str(n.error), startedAt: String(n.startedAt), finishedAt: str(n.finishedAt),
    mapping: parse(n.mapping, {}), defaultRegion: str(n.defaultRegion), resumedFrom: bulk ? 0 : Number(n.resumedFrom ?? 0), rolledBackAt: str(n.rolledBackAt),
    rollback: parse(n.rollback, null), path: bulk ? 'bulk' : 'rows',
  };
}
