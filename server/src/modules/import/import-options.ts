import type { ImportKind } from './mapping.js';

/** What an import is asked to do (the service's and the bulk path's start take it). */
export interface ImportOptions {
  kind: ImportKind;
  dryRun: boolean;
  /** Header → field; suggested from the headers (and the account's last mapping) when absent. */
  mapping?: unknown;
  /** For rows with no region: a region id or name. */
  defaultRegion?: string | null;
  fileName?: string | null;
  /** Continue this interrupted (or failed) import of the same file from the row it had reached. */
  resume?: string | null;
}
