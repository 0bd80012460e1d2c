import { cypher } from '../../graph/query.js';

export const IdempotencyQueries = {
  find: cypher(
    'idempotency.find',
    'read',
    `MATCH (k:IdempotencyKey {id: $id}) RETURN k.operation AS operation, k.fingerprint AS fingerprint, k.resultId AS resultId`,
  ),
  /** A second key with the same id fails on the key's uniqueness, rolling back the create it came with. */
  keep: cypher(
    'idempotency.keep',
    'write',
    `CREATE (:IdempotencyKey {id: $id, accountId: $accountId, operation: $operation, fingerprint: $fingerprint, resultId: $resultId, at: $at})`,
  ),
  prune: cypher('idempotency.prune', 'write', `MATCH (k:IdempotencyKey) WHERE k.at < $before DELETE k RETURN count(*) AS pruned`),
};
