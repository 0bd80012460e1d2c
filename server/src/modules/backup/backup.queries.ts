import { cypher } from '../../graph/query.js';

/** Every record: people, organizations and the rest, and the ties between them. A backup must hold as many. */
export const countAllRecords = cypher<Record<string, never>, { total: number }>(
  'backup.countAllRecords',
  'read',
  'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS ties RETURN nodes + ties AS total',
);

/** The tables (labels) a database holds: a backup of the app's database holds the graph model's. */
export const countNodeTables = cypher<Record<string, never>, { total: number }>('backup.countNodeTables', 'read', {
  embedded: "CALL show_tables() WHERE type = 'NODE' RETURN count(*) AS total",
  neo4j: 'CALL db.labels() YIELD label RETURN count(label) AS total',
});
