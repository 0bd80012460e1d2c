import { cypher, type Params, type RegionScope } from '../../../graph/query.js';

type Pairs = { pairs: Array<{ personId: string; eventId: string }> };

/** Batched reads and writes of an event attendance import; links it creates carry the job's id ($importId). */
export const AttendanceImportQueries = {
  events: cypher<RegionScope, { id: string; name: string; date: string; region: string }>(
    'import.attendance.events',
    'read',
    `MATCH (e:Event) WHERE $allRegions OR e.region IN $regions RETURN e.id AS id, e.name AS name, e.date AS date, e.region AS region`,
  ),
  attended: cypher<Pairs, { personId: string; eventId: string; broughtById: string | null }>(
    'import.attendance.attended',
    'read',
    `UNWIND $pairs AS pr MATCH (p:Person {id: pr.personId}) MATCH (e:Event {id: pr.eventId}) MATCH (p)-[a:ATTENDED]->(e)
     RETURN pr.personId AS personId, pr.eventId AS eventId, a.broughtById AS broughtById`,
  ),
  rsvped: cypher<Pairs, { personId: string; eventId: string; status: string }>(
    'import.attendance.rsvped',
    'read',
    `UNWIND $pairs AS pr MATCH (p:Person {id: pr.personId}) MATCH (e:Event {id: pr.eventId}) MATCH (p)-[x:RSVPED]->(e)
     RETURN pr.personId AS personId, pr.eventId AS eventId, x.status AS status`,
  ),
  attend: cypher<Params, never>(
    'import.attendance.attend',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId}) MATCH (e:Event {id: r.eventId})
     MERGE (p)-[a:ATTENDED]->(e) ON CREATE SET a.importId = $importId
     SET a.broughtById = r.broughtById, a.recordedBy = $accountId, a.at = $now`,
    {},
  ),
  rsvp: cypher<Params, never>(
    'import.attendance.rsvp',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId}) MATCH (e:Event {id: r.eventId})
     MERGE (p)-[x:RSVPED]->(e) ON CREATE SET x.importId = $importId
     SET x.status = r.status, x.at = $now`,
    {},
  ),
  history: cypher<Params, never>(
    'import.attendance.history',
    'write',
    `UNWIND $rows AS r MATCH (e:Event {id: r.entityId})
     CREATE (c:Change {id: r.id, at: $now, accountId: $accountId, entityType: 'event', entityId: r.entityId,
       action: 'updated', summary: r.summary, summaryMessage: r.summaryMessage, details: '[]'})-[:ABOUT]->(e)`,
  ),
};
