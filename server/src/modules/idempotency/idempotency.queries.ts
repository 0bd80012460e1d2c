import { cypher } from '../../graph/query.js';

/** What a save's idempotency key remembers: the operation, what was sent (its fingerprint) and the record it made. */
export type IdempotencyKeyRecord = { id: string; accountId: string; operation: string; fingerprint: string; resultId: string; at: string };

export const IdempotencyQueries = {
  find: cypher<{ id: string }, Pick<IdempotencyKeyRecord, 'operation' | 'fingerprint' | 'resultId'>>(
    'idempotency.find',
    'read',
    `MATCH (k:IdempotencyKey {id: $id}) RETURN k.operation AS operation, k.fingerprint AS fingerprint, k.resultId AS resultId`,
  ),
  /** A second key with the same id fails on the key's uniqueness, rolling back the create it came with. */
  keep: cypher<IdempotencyKeyRecord, never>(
    'idempotency.keep',
    'write',
    `CREATE (:IdempotencyKey {id: $id, accountId: $accountId, operation: $operation, fingerprint: $fingerprint, resultId: $resultId, at: $at})`,
  ),
  prune: cypher<{ before: string }, { pruned: number }>('idempotency.prune', 'write', `MATCH (k:IdempotencyKey) WHERE k.at < $before DELETE k RETURN count(*) AS pruned`),
};
