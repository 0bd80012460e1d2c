import { randomUUID } from 'node:crypto';
import { now } from '../../common/clock.js';
import type { GraphTx } from '../../graph/graph-store.port.js';
import { storedMessageOf } from '../../i18n/said.js';
import { AuditAction } from './audit-action.js';
import { AuditQueries } from './audit.queries.js';

/** Kept here too: the services record audit entries with `recordAudit` and `AuditAction` from this file. */
export { AuditAction };

export interface AuditInput {
  action: AuditAction;
  /** The account that did it; null for a failed sign-in that matched no account. */
  actorId: string | null;
  /** What it was done to, in the organizers' words (account, person, organization, import, export, list...). */
  targetType?: string | null;
  targetId?: string | null;
  /**
   * One line a person reads. Never a password, an email, a phone, notes or any value typed into a record: names
   * of records and accounts, counts and kinds only.
   */
  summary: string;
  /** Fields changed, from and to (roles, regions, permissions: never contact details or secrets). */
  details?: ReadonlyArray<{ field: string; from: string | null; to: string | null }>;
  /** The client's address (sign-ins). */
  clientAddress?: string | null;
}

/**
 * Records an audit entry in the caller's transaction, so the entry and the action commit (or fail) together.
 * For the bulk actions: `await recordAudit(tx, { action: AuditAction.BULK_ACTION, actorId: viewer.accountId,
 * targetType: 'list', targetId, summary: 'Tagged 120 people youth' })`.
 */
export async function recordAudit(tx: GraphTx, entry: AuditInput, at = now()): Promise<void> {
  await tx.run(AuditQueries.create, {
    id: randomUUID(),
    at,
    action: entry.action,
    actorId: entry.actorId ?? '',
    targetType: entry.targetType ?? '',
    targetId: entry.targetId ?? '',
    summary: entry.summary,
    summaryMessage: storedMessageOf(entry.summary),
    details: JSON.stringify(entry.details ?? []),
    clientAddress: entry.clientAddress ?? '',
  });
}
