import { t } from '../i18n/intl';
/** The import endpoints (REST, see the README "Import"): the CSV goes up as text/csv with the session cookie. */
export type ImportKind = 'people' | 'organizations' | 'ties' | 'interactions' | 'attendance';
export type ImportStatus = 'running' | 'done' | 'failed' | 'interrupted' | 'rollingBack' | 'rolledBack';

export interface FieldProblem { field: string; message: string }
export interface RowReport { line: number; action: 'create' | 'update' | 'unchanged' | 'skip'; name: string; id?: string; problems: FieldProblem[]; note?: string }
export interface Edited { type: string; id: string; name: string }
/** notRestored / note: a bulk import of an earlier version kept no copy of what it updated; those stay as it left them. */
export interface RollbackSummary { removed: number; restored: number; kept: Edited[]; notRestored?: number; note?: string }
export interface ImportJob {
  id: string;
  kind: ImportKind;
  dryRun: boolean;
  status: ImportStatus;
  fileName: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rows: RowReport[];
  problems: RowReport[];
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  resumedFrom: number;
  rolledBackAt: string | null;
  rollback: RollbackSummary | null;
  /** 'bulk': the bulk path (large files, ties): the file's size, how far reading has got, and the step (while it runs). */
  path?: 'rows' | 'bulk';
  bytes?: number;
  read?: number;
  step?: 'reading' | 'writing' | 'indexing' | 'done';
}
export interface ImportPreview {
  kind: ImportKind; headers: string[]; fields: string[]; mapping: Record<string, string>; remembered: boolean; total: number; sample: string[][];
  /** The custom fields among `fields` (`custom:<key>`), by name; region: the region's name for a region's own field. */
  customFields?: Array<{ field: string; label: string; region: string | null }>;
  resumable: ImportJob[];
}

export class ImportError extends Error {
  constructor(message: string, readonly code: string | null = null, readonly edited: Edited[] = []) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
  } catch {
    // No answer at all (the app stopped or is restarting, or the connection dropped): the browser's own "Failed to fetch" says nothing useful.
    throw new ImportError(t('import.serverUnreachable'), 'UNREACHABLE');
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ImportError(t('import.serverAnsweredTryAgain', { status: res.status }));
  }
  if (!res.ok) {
    const b = body as { error?: string; code?: string; edited?: Edited[] } | null;
    throw new ImportError(b?.error ?? t('import.serverAnswered', { status: res.status }), b?.code ?? null, b?.edited ?? []);
  }
  return body as T;
}

export function upload<T>(kind: ImportKind, csv: string, query: Record<string, string>): Promise<T> {
  return call<T>(`/import/${kind}?${new URLSearchParams(query)}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });
}

export const pollJob = (id: string) => call<ImportJob>(`/import/jobs/${encodeURIComponent(id)}`);

export const listJobs = () => call<ImportJob[]>('/import/jobs');

export const rollBack = (id: string, keepEdited = false) =>
  call<ImportJob>(`/import/jobs/${encodeURIComponent(id)}/rollback${keepEdited ? '?keepEdited=true' : ''}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}',
  });
