import { cypher, type CypherQuery } from '../../graph/query.js';

/** Labels a change can be about; each has its own text because labels are not parameters. */
export const HISTORY_LABELS = ['Person', 'Organization', 'Team', 'Issue', 'Campaign', 'Interaction', 'Event', 'EndorsementAsk', 'Race'] as const;
export type HistoryLabel = (typeof HISTORY_LABELS)[number];

/** A Change node as stored (details: the field changes as JSON). A type, not an interface: parameters are records. */
export type ChangeRecord = {
  id: string;
  at: string;
  accountId: string;
  entityType: string;
  entityId: string;
  action: string;
  summary: string;
  /** i18n/said.ts: the summary's message and values as JSON; '' (or null on entries written before) when it has none. */
  summaryMessage: string | null;
  details: string;
};

type ChangeRow = { c: ChangeRecord };
type ById = { id: string };

export const HistoryQueries = {
  create: cypher<ChangeRecord, never>(
    'history.create',
    'write',
    `CREATE (c:Change {id: $id, at: $at, accountId: $accountId, entityType: $entityType, entityId: $entityId,
       action: $action, summary: $summary, summaryMessage: $summaryMessage, details: $details})`,
    // Shown only once linked (link, below); entityId: a bulk import's entry is found by it (importOf).
    { pages: ['id', 'entityId'] },
  ),
  link: Object.fromEntries(
    HISTORY_LABELS.map((label) => [
      label,
      cypher<{ id: string; targets: string[] }, never>(
        `history.link.${label}`,
        'write',
        `MATCH (c:Change {id: $id}) UNWIND $targets AS tid MATCH (t:${label} {id: tid}) CREATE (c)-[:ABOUT]->(t)`,
        { pages: ['id', 'targets'] },
      ),
    ]),
  ) as Record<HistoryLabel, CypherQuery<{ id: string; targets: string[] }, never>>,
  of: Object.fromEntries(
    HISTORY_LABELS.map((label) => [
      label,
      cypher<{ id: string; limit: number }, ChangeRow>(
        `history.of.${label}`,
        'read',
        `MATCH (c:Change)-[:ABOUT]->(t:${label} {id: $id}) RETURN c ORDER BY c.at DESC, c.id DESC LIMIT $limit`,
        { cached: true, record: 'id' },
      ),
    ]),
  ) as Record<HistoryLabel, CypherQuery<{ id: string; limit: number }, ChangeRow>>,
  /**
   * The records each change is about, with their regions: whether a viewer may read what the entry says.
   * `aboutId`: each record's id, so a kept answer is dropped when one of them changes (its region: read-cache.ts).
   * Filtered on the changes' ids rather than unwound into key look-ups: with the record `t` of any label, the
   * engine scanned every node table for the other form (140 ms at 100k people and 200k entries, this 19 ms).
   */
  aboutOf: cypher<{ ids: string[] }, { id: string; label: string; region: string | null; aboutId: string }>('history.aboutOf', 'read', {
    embedded: `MATCH (c:Change)-[:ABOUT]->(t) WHERE c.id IN $ids RETURN c.id AS id, label(t) AS label, t.region AS region, t.id AS aboutId`,
    neo4j: `MATCH (c:Change)-[:ABOUT]->(t) WHERE c.id IN $ids RETURN c.id AS id, labels(t)[0] AS label, t.region AS region, t.id AS aboutId`,
  }, { cached: true, record: 'ids' }),
  /**
   * Bulk imports write one entry per job (import/bulk-import.ts): a record it created carries the job's id
   * (`importId`), and so does each tie it created; their history shows that entry. First the jobs, from the
   * record's key (a person's ties too); the entries only when there are any: finding them scans the entries
   * (no index on entityId), 100 ms at 100k people and 200k entries, paid before by every page.
   */
  importJobsOf: {
    Person: cypher<ById, { importId: string | null; jobs: Array<string | null> }>(
      'history.importJobsOf.Person',
      'read',
      `MATCH (t:Person {id: $id}) OPTIONAL MATCH (t)-[k:KNOWS]-(:Person) WHERE k.importId IS NOT NULL
       RETURN t.importId AS importId, collect(DISTINCT k.importId) AS jobs`,
      { cached: true, record: 'id' },
    ),
    Organization: cypher<ById, { importId: string | null; jobs: Array<string | null> }>(
      'history.importJobsOf.Organization',
      'read',
      `MATCH (t:Organization {id: $id}) RETURN t.importId AS importId, [] AS jobs`,
      { cached: true, record: 'id' },
    ),
  } as Partial<Record<HistoryLabel, CypherQuery<ById, { importId: string | null; jobs: Array<string | null> }>>>,
  importEntries: cypher<{ jobs: string[] }, ChangeRow>(
    'history.importEntries',
    'read',
    `MATCH (c:Change) WHERE c.entityType = 'import' AND c.entityId IN $jobs RETURN c`,
    { cached: true },
  ),
};
