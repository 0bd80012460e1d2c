import { cypher } from '../../graph/query.js';
import type { AuditAction } from './audit-action.js';

/** An AuditEntry node as stored ('' where the entry has no actor, target or address; details: JSON). */
export type AuditRecord = {
  id: string;
  at: string;
  action: AuditAction;
  actorId: string;
  targetType: string;
  targetId: string;
  summary: string;
  /** The summary's catalogue message and values (JSON), to say it in the reader's language; null on older entries. */
  summaryMessage: string | null;
  details: string;
  clientAddress: string;
};

/** The audit log's filter, as parameters. */
export type AuditFilter = { accountId: string; anyAction: boolean; actions: string[]; from: string; to: string };

/** The filter of the audit log, shared by the page and its count. `$actions` is never empty (see AuditService). */
const FILTER = `($accountId = '' OR e.actorId = $accountId OR e.targetId = $accountId)
  AND ($anyAction OR e.action IN $actions) AND ($from = '' OR e.at >= $from) AND ($to = '' OR e.at < $to)`;

/**
 * Audit entries are only ever created: no query here (or anywhere) changes or deletes one. They link to nothing,
 * so deleting or merging what they are about leaves them as they were.
 */
export const AuditQueries = {
  create: cypher<AuditRecord, never>(
    'audit.create',
    'write',
    `CREATE (:AuditEntry {id: $id, at: $at, action: $action, actorId: $actorId, targetType: $targetType, targetId: $targetId,
       summary: $summary, summaryMessage: $summaryMessage, details: $details, clientAddress: $clientAddress})`,
  ),
  page: cypher<AuditFilter & { afterAt: string; afterId: string; limit: number }, { e: AuditRecord }>(
    'audit.page',
    'read',
    `MATCH (e:AuditEntry) WHERE ${FILTER} AND ($afterAt = '' OR e.at < $afterAt OR (e.at = $afterAt AND e.id < $afterId))
     RETURN e ORDER BY e.at DESC, e.id DESC LIMIT $limit`,
  ),
  count: cypher<AuditFilter, { total: number }>('audit.count', 'read', `MATCH (e:AuditEntry) WHERE ${FILTER} RETURN count(e) AS total`),
};
