/** The import endpoints (REST, see the README "Import"): the CSV goes up as text/csv with the session cookie. */
export type ImportKind = 'people' | 'organizations' | 'ties';

export interface FieldProblem { field: string; message: string }
export interface RowReport { line: number; action: 'create' | 'update' | 'unchanged' | 'skip'; name: string; id?: string; problems: FieldProblem[] }
export interface ImportJob {
  id: string;
  kind: ImportKind;
  dryRun: boolean;
  status: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rows: RowReport[];
  problems: RowReport[];
  error: string | null;
  /** Bulk path (large files, ties): the file's size, how far reading has got, and the step. */
  path?: 'bulk';
  bytes?: number;
  read?: number;
  step?: 'reading' | 'writing' | 'indexing' | 'done';
}
export interface ImportPreview { kind: ImportKind; headers: string[]; fields: string[]; mapping: Record<string, string>; remembered: boolean; total: number; sample: string[][] }

export class ImportError extends Error {}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, { credentials: 'same-origin', ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    throw new ImportError(`The server answered ${res.status}; try again.`);
  }
  if (!res.ok) throw new ImportError((body as { error?: string })?.error ?? `The server answered ${res.status}.`);
  return body as T;
}

export function upload<T>(kind: ImportKind, csv: string, query: Record<string, string>): Promise<T> {
  return call<T>(`/import/${kind}?${new URLSearchParams(query)}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });
}

export const pollJob = (id: string) => call<ImportJob>(`/import/jobs/${encodeURIComponent(id)}`);
