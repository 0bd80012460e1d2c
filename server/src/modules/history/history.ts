import { randomUUID } from 'node:crypto';
import { now } from '../../common/clock.js';
import type { GraphTx } from '../../graph/graph-store.port.js';
import { storedMessageOf } from '../../i18n/said.js';
import { HistoryQueries, type HistoryLabel } from './history.queries.js';

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface ChangeEntry {
  accountId: string;
  /** The kind of thing changed, in the organizers' words: person, organization, tie, affiliation... */
  entityType: string;
  entityId: string;
  action: 'created' | 'updated' | 'deleted' | 'assigned' | 'unassigned' | 'tie set' | 'tie removed' | 'affiliation added' | 'affiliation removed';
  summary: string;
  details?: FieldChange[];
  /** The records whose history shows this change. */
  about: Partial<Record<HistoryLabel, string[]>>;
}

/** Fields whose values stay out of history (personal data, or long text): it shows that they changed, not what they were. */
const VALUELESS_FIELDS = new Set(['emails', 'phones', 'notes']);

const show = (v: unknown): string | null =>
  v === null || v === undefined || (Array.isArray(v) && v.length === 0) || v === '' ? null : Array.isArray(v) ? v.join(', ') : String(v);

/** What changed between two versions of a record, field by field. */
export function diff(before: object | null, after: object, fields: readonly string[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    const from = show((before as Record<string, unknown> | null)?.[field]);
    const to = show((after as Record<string, unknown>)[field]);
    if (from === to) continue;
    out.push(VALUELESS_FIELDS.has(field) ? { field, from: null, to: null } : { field, from, to });
  }
  return out;
}

/** Records a change in the same transaction as the change itself, so history and data never disagree. */
export async function recordChange(tx: GraphTx, entry: ChangeEntry, at = now()): Promise<void> {
  const id = randomUUID();
  await tx.run(HistoryQueries.create, {
    id,
    at,
    accountId: entry.accountId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    summary: entry.summary,
    summaryMessage: storedMessageOf(entry.summary),
    details: JSON.stringify(entry.details ?? []),
  });
  for (const [label, targets] of Object.entries(entry.about) as Array<[HistoryLabel, string[]]>) {
    if (targets.length) await tx.run(HistoryQueries.link[label], { id, targets });
  }
}
