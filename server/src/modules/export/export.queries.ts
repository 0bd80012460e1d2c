import { cypher, type RegionScope } from '../../graph/query.js';

/** An entry of the export log ('*' in regions: every region). */
export type ExportRecord = { id: string; at: string; accountId: string; what: string; rows: number; regions: string[] };

/** One tie of the ties export; key: the two people's ids, the order the pages follow. */
export type TieLine = {
  key: string;
  personId: string;
  personName: string;
  otherId: string;
  otherName: string;
  strength: number | null;
  context: string | null;
  since: string | null;
  lastContact: string | null;
  interactions: number | null;
};

/** One interaction of the interactions export; hosts: a name per participant, '' where not a host. */
export type InteractionLine = {
  id: string;
  kind: string;
  date: string;
  region: string;
  notes: string | null;
  participants: string[];
  hosts: string[];
};

type Page = RegionScope & { after: string; limit: number };

/** Pages of at most $limit rows after the key $after: exports never hold a whole table in one result. */
export const ExportQueries = {
  ties: cypher<Page, TieLine>(
    'export.ties',
    'read',
    `MATCH (a:Person)-[k:KNOWS]->(b:Person)
     WHERE ($allRegions OR a.region IN $regions) AND ($allRegions OR b.region IN $regions) AND (a.id + '|' + b.id) > $after
     RETURN a.id + '|' + b.id AS key, a.id AS personId, a.name AS personName, b.id AS otherId, b.name AS otherName,
            k.strength AS strength, k.context AS context, k.since AS since, k.lastContact AS lastContact, k.interactions AS interactions
     ORDER BY key LIMIT $limit`,
  ),
  interactions: cypher<Page, InteractionLine>(
    'export.interactions',
    'read',
    `MATCH (i:Interaction) WHERE ($allRegions OR i.region IN $regions) AND i.id > $after
     WITH i ORDER BY i.id LIMIT $limit
     OPTIONAL MATCH (p:Person)-[r:PARTICIPATED]->(i)
     RETURN i.id AS id, i.kind AS kind, i.date AS date, i.region AS region, i.notes AS notes,
            collect(p.name) AS participants, collect(CASE WHEN r.host THEN p.name ELSE '' END) AS hosts
     ORDER BY id`,
  ),
  record: cypher<ExportRecord, never>(
    'export.record',
    'write',
    `CREATE (:ExportRecord {id: $id, at: $at, accountId: $accountId, what: $what, rows: $rows, regions: $regions})`,
  ),
  list: cypher<{ limit: number }, { e: ExportRecord }>('export.list', 'read', `MATCH (e:ExportRecord) RETURN e ORDER BY e.at DESC LIMIT $limit`),
};
