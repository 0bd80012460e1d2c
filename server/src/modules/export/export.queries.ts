import { cypher } from '../../graph/query.js';

/** Pages of at most $limit rows after the key $after: exports never hold a whole table in one result. */
export const ExportQueries = {
  ties: cypher(
    'export.ties',
    'read',
    `MATCH (a:Person)-[k:KNOWS]->(b:Person)
     WHERE ($allRegions OR a.region IN $regions) AND ($allRegions OR b.region IN $regions) AND (a.id + '|' + b.id) > $after
     RETURN a.id + '|' + b.id AS key, a.id AS personId, a.name AS personName, b.id AS otherId, b.name AS otherName,
            k.strength AS strength, k.context AS context, k.since AS since, k.lastContact AS lastContact, k.interactions AS interactions
     ORDER BY key LIMIT $limit`,
  ),
  interactions: cypher(
    'export.interactions',
    'read',
    `MATCH (i:Interaction) WHERE ($allRegions OR i.region IN $regions) AND i.id > $after
     WITH i ORDER BY i.id LIMIT $limit
     OPTIONAL MATCH (p:Person)-[r:PARTICIPATED]->(i)
     RETURN i.id AS id, i.kind AS kind, i.date AS date, i.region AS region, i.notes AS notes,
            collect(p.name) AS participants, collect(CASE WHEN r.host THEN p.name ELSE '' END) AS hosts
     ORDER BY id`,
  ),
  record: cypher(
    'export.record',
    'write',
    `CREATE (:ExportRecord {id: $id, at: $at, accountId: $accountId, what: $what, rows: $rows, regions: $regions})`,
  ),
  list: cypher('export.list', 'read', `MATCH (e:ExportRecord) RETURN e ORDER BY e.at DESC LIMIT $limit`),
};
