/** Shared by the bulk path's kinds (bulk-import.ts, kinds/ties.ts). */

/** Rows per UNWIND request. */
export const WRITE_BATCH = 10_000;
/** Neo4j: rows per transaction (a few batches each). */
export const NEO4J_TX_ROWS = 100_000;

/** A list as an export gives it: joined with U+001F by the embedded engine (see bulk.queries.ts), or an array from Neo4j. */
export function listOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (v == null || v === '') return [];
  return String(v).split('\u001f').filter((x) => x !== '');
}
