import { cypher } from './query.js';

/**
 * The graph's commit stamp: a token set in the same transaction as every write that changes what derived state
 * reads (change-feed.ts). A copy of derived state kept on disk (the reach index's snapshot) records the stamp it
 * was built from; a different stamp in the graph means it is stale.
 */
export const StampQueries = {
  set: cypher<{ value: string }, never>('graph.stamp.set', 'write', `MERGE (m:Meta {key: 'graph.stamp'}) SET m.value = $value`),
  get: cypher<Record<string, never>, { value: string | null }>('graph.stamp.get', 'read', `MATCH (m:Meta {key: 'graph.stamp'}) RETURN m.value AS value`),
};
