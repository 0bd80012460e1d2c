import { cypher, type Params } from '../../graph/query.js';

type OfJob = { jobId: string };
type ByIds = { ids: string[] };
type Pairs = { pairs: Array<{ a: string; b: string }> };
/** A batch's rows (as rollback.ts builds them), with who rolls back and when where the text asks. */
type Batch = Params & { rows: readonly unknown[] };
type Changed = { id: string };
type Pair = { a: string; b: string };
/** Something the import made that someone changed or linked to since. */
type Touched = { id: string; name: string | null };
/** An ImportUndo: what a record or link was before the import (before, after: JSON) and the version it left. */
type UndoRow = {
  id: string;
  entityId: string;
  name: string | null;
  before: string;
  after?: string | null;
  type?: string;
  version?: number | null;
  versionBefore?: number | null;
};
type TieScoreRow = Pair & { score: number | null; scoreAt: string | null; lastContact: string | null; interactions: number | null };

/** A relationship not written by this import (history links excepted): someone worked with the record since. */
const FOREIGN = {
  embedded: `label(r) <> 'ABOUT' AND coalesce(r.importId, '') <> $jobId`,
  neo4j: `type(r) <> 'ABOUT' AND coalesce(r.importId, '') <> $jobId`,
};

const editedCreated = (label: string) => cypher<OfJob, Touched>(
  `import.rollback.edited${label}`,
  'read',
  `MATCH (n:${label}) WHERE n.importId = $jobId AND n.version <> coalesce(n.importVersion, 1) RETURN n.id AS id, n.name AS name LIMIT 1000`,
);
const linkedCreated = (label: string) => cypher<OfJob, Touched>(
  `import.rollback.linked${label}`,
  'read',
  {
    embedded: `MATCH (n:${label})-[r]-(x) WHERE n.importId = $jobId AND ${FOREIGN.embedded} RETURN DISTINCT n.id AS id, n.name AS name LIMIT 1000`,
    neo4j: `MATCH (n:${label})-[r]-(x) WHERE n.importId = $jobId AND ${FOREIGN.neo4j} RETURN DISTINCT n.id AS id, n.name AS name LIMIT 1000`,
  },
);

/**
 * Roll-back of an import: finds what changed since (to refuse, or keep), then removes what the import created
 * (by `importId`) and puts back what it changed (from ImportUndo), a chunk per transaction.
 */
export const RollbackQueries = {
  editedPerson: editedCreated('Person'),
  editedOrganization: editedCreated('Organization'),
  linkedPerson: linkedCreated('Person'),
  linkedOrganization: linkedCreated('Organization'),
  /** Interactions: edited, linked to by something else, or with a follow-up someone has done. */
  editedInteractions: cypher<OfJob, { id: string; date: string; kind: string }>(
    'import.rollback.editedInteractions',
    'read',
    {
      embedded: `MATCH (i:Interaction) WHERE i.importId = $jobId
        OPTIONAL MATCH (i)-[r]-(x) WHERE ${FOREIGN.embedded}
        OPTIONAL MATCH (f:FollowUp)-[:FOLLOWS_UP]->(i) WHERE f.done = true
        WITH i, count(r) AS foreign, count(f) AS done WHERE i.version <> 1 OR foreign > 0 OR done > 0
        RETURN i.id AS id, i.date AS date, i.kind AS kind LIMIT 1000`,
      neo4j: `MATCH (i:Interaction) WHERE i.importId = $jobId
        OPTIONAL MATCH (i)-[r]-(x) WHERE ${FOREIGN.neo4j}
        OPTIONAL MATCH (f:FollowUp)-[:FOLLOWS_UP]->(i) WHERE f.done = true
        WITH i, count(r) AS foreign, count(f) AS done WHERE i.version <> 1 OR foreign > 0 OR done > 0
        RETURN i.id AS id, i.date AS date, i.kind AS kind LIMIT 1000`,
    },
  ),
  /** Records the import changed that someone changed again since. */
  editedUndone: cypher<OfJob, Touched & { type: string }>(
    'import.rollback.editedUndone',
    'read',
    `MATCH (u:ImportUndo) WHERE u.jobId = $jobId AND u.entityType IN ['Person', 'Organization']
     OPTIONAL MATCH (p:Person {id: u.entityId}) OPTIONAL MATCH (o:Organization {id: u.entityId})
     WITH u, coalesce(p.version, o.version) AS version WHERE version IS NOT NULL AND version <> u.version
     RETURN u.entityId AS id, u.name AS name, u.entityType AS type LIMIT 1000`,
  ),
  undoRecords: cypher<OfJob & { entityType: string }, UndoRow>(
    'import.rollback.undoRecords',
    'read',
    `MATCH (u:ImportUndo) WHERE u.jobId = $jobId AND u.entityType = $entityType
     RETURN u.id AS id, u.entityId AS entityId, u.before AS before, u.version AS version, u.versionBefore AS versionBefore, u.name AS name`,
  ),
  undoLinks: cypher<OfJob, UndoRow & { type: string }>(
    'import.rollback.undoLinks',
    'read',
    `MATCH (u:ImportUndo) WHERE u.jobId = $jobId AND u.entityType IN ['ATTENDED', 'RSVPED']
     RETURN u.id AS id, u.entityType AS type, u.entityId AS entityId, u.before AS before, u.after AS after, u.name AS name`,
  ),
  /** The ids of the before-images of ties the job updated (then read a chunk at a time by id: no sorted pages). */
  undoKnowsIds: cypher<OfJob, Changed>(
    'import.rollback.undoKnowsIds',
    'read',
    `MATCH (u:ImportUndo) WHERE u.jobId = $jobId AND u.entityType = 'KNOWS' RETURN u.id AS id`,
  ),
  undoKnows: cypher<ByIds, UndoRow>(
    'import.rollback.undoKnows',
    'read',
    `UNWIND $ids AS uid MATCH (u:ImportUndo {id: uid})
     RETURN u.id AS id, u.entityId AS entityId, u.before AS before, u.after AS after, u.name AS name`,
  ),
  /**
   * The values of these ties now (a tie deleted since is not returned). The ends first, then the tie between
   * them: one pattern naming both ids cost the embedded engine 23 s for 40,000 pairs (in 1,000s) against 1.5 s.
   */
  knowsNow: cypher<Pairs, Pair & { strength: number | null; context: string | null; since: string | null; lastContact: string | null }>(
    'import.rollback.knowsNow',
    'read',
    `UNWIND $pairs AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]-(b)
     RETURN r.a AS a, r.b AS b, k.strength AS strength, k.context AS context, k.since AS since, k.lastContact AS lastContact`,
  ),
  /**
   * Ties the import updated, back to their values before it, only where they are still what the import left
   * (a tie changed since, or deleted, stays as it is). Strength 0 and '' stand for none (see setTies). Matched
   * as knowsNow.
   */
  restoreKnows: cypher<Batch, Pair>('import.rollback.restoreKnows', 'write', {
    embedded: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]-(b)
     WHERE coalesce(k.strength, 0) = r.afterStrength AND coalesce(k.context, '') = r.afterContext
       AND coalesce(k.since, '') = r.afterSince AND coalesce(k.lastContact, '') = r.afterLastContact
     SET k.strength = CASE WHEN r.strength = 0 THEN CAST(NULL AS INT64) ELSE r.strength END,
         k.context = CASE WHEN r.context = '' THEN CAST(NULL AS STRING) ELSE r.context END,
         k.since = CASE WHEN r.since = '' THEN CAST(NULL AS STRING) ELSE r.since END,
         k.lastContact = CASE WHEN r.lastContact = '' THEN CAST(NULL AS STRING) ELSE r.lastContact END,
         k.updatedAt = $now
     RETURN a.id AS a, b.id AS b`,
    neo4j: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]-(b)
     WHERE coalesce(k.strength, 0) = r.afterStrength AND coalesce(k.context, '') = r.afterContext
       AND coalesce(k.since, '') = r.afterSince AND coalesce(k.lastContact, '') = r.afterLastContact
     SET k.strength = CASE WHEN r.strength = 0 THEN null ELSE r.strength END,
         k.context = CASE WHEN r.context = '' THEN null ELSE r.context END,
         k.since = CASE WHEN r.since = '' THEN null ELSE r.since END,
         k.lastContact = CASE WHEN r.lastContact = '' THEN null ELSE r.lastContact END,
         k.updatedAt = $now
     RETURN a.id AS a, b.id AS b`,
  }, { people: ['returned.a', 'returned.b'] }),
  restorePeople: cypher<Batch, Changed>(
    'import.rollback.restorePeople',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.entityId}) WHERE p.version = r.version
     SET p.name = r.name, p.sortKey = r.sortKey, p.searchPublic = r.searchPublic, p.searchContact = r.searchContact, p.emails = r.emails,
         p.phones = r.phones, p.zip = r.zip, p.region = r.region, p.kinds = r.kinds, p.tags = r.tags, p.notes = r.notes,
         p.importVersion = CASE WHEN p.importId IS NOT NULL AND coalesce(p.importVersion, 1) = r.versionBefore THEN r.version + 1 ELSE p.importVersion END,
         p.version = r.version + 1, p.updatedAt = $now
     RETURN p.id AS id`,
    { people: ['returned.id'] },
  ),
  /**
   * The street address and custom fields of records whose before-image kept them (rows path), run before the
   * restore in its transaction (same version check). Apart, because a CASE choosing between a kept null and the
   * stored value fails inside the embedded engine ("bad_function_call").
   */
  restorePeopleStreet: cypher<Batch, Changed>(
    'import.rollback.restorePeopleStreet',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.entityId}) WHERE p.version = r.version
     SET p.addressLine = r.addressLine, p.city = r.city, p.state = r.state, p.customFields = r.customFields, p.customFieldTerms = r.customFieldTerms
     RETURN p.id AS id`,
    {},
  ),
  restoreOrganizationsStreet: cypher<Batch, Changed>(
    'import.rollback.restoreOrganizationsStreet',
    'write',
    `UNWIND $rows AS r MATCH (o:Organization {id: r.entityId}) WHERE o.version = r.version
     SET o.addressLine = r.addressLine, o.city = r.city, o.state = r.state, o.customFields = r.customFields, o.customFieldTerms = r.customFieldTerms
     RETURN o.id AS id`,
    {},
  ),
  restoreOrganizations: cypher<Batch, Changed>(
    'import.rollback.restoreOrganizations',
    'write',
    `UNWIND $rows AS r MATCH (o:Organization {id: r.entityId}) WHERE o.version = r.version
     SET o.name = r.name, o.sortKey = r.sortKey, o.searchPublic = r.searchPublic, o.type = r.type, o.issueAreas = r.issueAreas,
         o.ledBy = r.ledBy, o.zip = r.zip, o.region = r.region, o.website = r.website, o.notes = r.notes,
         o.importVersion = CASE WHEN o.importId IS NOT NULL AND coalesce(o.importVersion, 1) = r.versionBefore THEN r.version + 1 ELSE o.importVersion END,
         o.version = r.version + 1, o.updatedAt = $now
     RETURN o.id AS id`,
    { organizations: ['returned.id'] },
  ),
  restoreAttended: cypher<Batch, Changed>(
    'import.rollback.restoreAttended',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId}) MATCH (e:Event {id: r.eventId}) MATCH (p)-[a:ATTENDED]->(e) WHERE coalesce(a.broughtById, '') = r.after
     SET a.broughtById = r.before RETURN p.id AS id`,
    {},
  ),
  restoreRsvped: cypher<Batch, Changed>(
    'import.rollback.restoreRsvped',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId}) MATCH (e:Event {id: r.eventId}) MATCH (p)-[x:RSVPED]->(e) WHERE x.status = r.after
     SET x.status = r.before RETURN p.id AS id`,
    {},
  ),
  dropUndo: cypher<ByIds, never>('import.rollback.dropUndo', 'write', `UNWIND $ids AS uid MATCH (u:ImportUndo {id: uid}) DELETE u`),
  /** How many before-images a job has left (a bulk job of an earlier version kept none for what it updated). */
  undoCount: cypher<OfJob, { n: number }>('import.rollback.undoCount', 'read', `MATCH (u:ImportUndo) WHERE u.jobId = $jobId RETURN count(u) AS n`),
  /** The job's interactions with who took part, to take their contacts out of tie strength. */
  interactions: cypher<OfJob, { id: string; kind: string; date: string; personId: string; host: boolean | null }>(
    'import.rollback.interactions',
    'read',
    `MATCH (p:Person)-[x:PARTICIPATED]->(i:Interaction) WHERE i.importId = $jobId
     RETURN i.id AS id, i.kind AS kind, i.date AS date, p.id AS personId, x.host AS host ORDER BY i.id LIMIT 100000`,
  ),
  deleteInteractions: cypher<ByIds, never>(
    'import.rollback.deleteInteractions',
    'write',
    `UNWIND $ids AS iid MATCH (i:Interaction {id: iid}) OPTIONAL MATCH (f:FollowUp)-[:FOLLOWS_UP]->(i) DETACH DELETE f, i`,
  ),
  ties: cypher<Pairs, TieScoreRow>(
    'import.rollback.ties',
    'read',
    `UNWIND $pairs AS pr MATCH (a:Person {id: pr.a}) MATCH (b:Person {id: pr.b}) MATCH (a)-[k:KNOWS]->(b)
     RETURN pr.a AS a, pr.b AS b, k.score AS score, k.scoreAt AS scoreAt, k.lastContact AS lastContact, k.interactions AS interactions`,
  ),
  /** The latest meeting each pair still shares (after the import's are gone). */
  lastShared: cypher<Pairs, Pair & { last: string | null }>(
    'import.rollback.lastShared',
    'read',
    `UNWIND $pairs AS pr MATCH (a:Person {id: pr.a}) MATCH (b:Person {id: pr.b}) MATCH (a)-[:PARTICIPATED]->(i:Interaction)<-[:PARTICIPATED]-(b)
     RETURN pr.a AS a, pr.b AS b, max(i.date) AS last`,
  ),
  /** lastContact '' stands for none (a list of parameters all null has no type on the embedded engine). */
  setTies: cypher<Batch, never>('import.rollback.setTies', 'write', {
    embedded: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]->(b)
     SET k.score = r.score, k.scoreAt = r.scoreAt, k.interactions = r.interactions,
         k.lastContact = CASE WHEN r.lastContact = '' THEN CAST(NULL AS STRING) ELSE r.lastContact END`,
    neo4j: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]->(b)
     SET k.score = r.score, k.scoreAt = r.scoreAt, k.interactions = r.interactions,
         k.lastContact = CASE WHEN r.lastContact = '' THEN null ELSE r.lastContact END`,
  }, { people: ['rows.a', 'rows.b'] }),
  /** Ties whose score is gone (no logged meeting left, or faded to nothing). */
  clearTies: cypher<Batch, never>('import.rollback.clearTies', 'write', {
    embedded: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]->(b)
     SET k.score = null, k.scoreAt = null, k.interactions = r.interactions,
         k.lastContact = CASE WHEN r.lastContact = '' THEN CAST(NULL AS STRING) ELSE r.lastContact END`,
    neo4j: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]->(b)
     SET k.score = null, k.scoreAt = null, k.interactions = r.interactions,
         k.lastContact = CASE WHEN r.lastContact = '' THEN null ELSE r.lastContact END`,
  }, { people: ['rows.a', 'rows.b'] }),
  /** Ties the import created that nothing else has used or changed since it ended. */
  deleteTies: cypher<OfJob & { until: string }, Pair>(
    'import.rollback.deleteTies',
    'write',
    `MATCH (a:Person)-[k:KNOWS]->(b:Person) WHERE k.importId = $jobId AND coalesce(k.interactions, 0) <= 0 AND coalesce(k.updatedAt, '') <= $until
     WITH a, b, k LIMIT 5000 DELETE k RETURN a.id AS a, b.id AS b`,
    { people: ['returned.a', 'returned.b'] },
  ),
  deleteAttended: cypher<OfJob, Changed>(
    'import.rollback.deleteAttended',
    'write',
    `MATCH (p:Person)-[a:ATTENDED]->(e:Event) WHERE a.importId = $jobId WITH p, a LIMIT 5000 DELETE a RETURN p.id AS id`,
    {},
  ),
  deleteRsvped: cypher<OfJob, Changed>(
    'import.rollback.deleteRsvped',
    'write',
    `MATCH (p:Person)-[x:RSVPED]->(e:Event) WHERE x.importId = $jobId WITH p, x LIMIT 5000 DELETE x RETURN p.id AS id`,
    {},
  ),
  createdPeople: cypher<OfJob, Changed>('import.rollback.createdPeople', 'read', `MATCH (n:Person) WHERE n.importId = $jobId RETURN n.id AS id`),
  createdOrganizations: cypher<OfJob, Changed>('import.rollback.createdOrganizations', 'read', `MATCH (n:Organization) WHERE n.importId = $jobId RETURN n.id AS id`),
  deletePeople: cypher<ByIds, never>('import.rollback.deletePeople', 'write', `UNWIND $ids AS pid MATCH (n:Person {id: pid}) DETACH DELETE n`, { people: ['ids'] }),
  deleteOrganizations: cypher<ByIds, never>('import.rollback.deleteOrganizations', 'write', `UNWIND $ids AS oid MATCH (n:Organization {id: oid}) DETACH DELETE n`, { organizations: ['ids'] }),
  history: cypher<Batch, never>(
    'import.rollback.history',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.entityId})
     CREATE (c:Change {id: r.id, at: $now, accountId: $accountId, entityType: 'person', entityId: r.entityId, action: 'updated',
       summary: r.summary, summaryMessage: r.summaryMessage, details: '[]'})-[:ABOUT]->(p)`,
    {},
  ),
  organizationHistory: cypher<Batch, never>(
    'import.rollback.organizationHistory',
    'write',
    `UNWIND $rows AS r MATCH (o:Organization {id: r.entityId})
     CREATE (c:Change {id: r.id, at: $now, accountId: $accountId, entityType: 'organization', entityId: r.entityId, action: 'updated',
       summary: r.summary, summaryMessage: r.summaryMessage, details: '[]'})-[:ABOUT]->(o)`,
    {},
  ),
};
