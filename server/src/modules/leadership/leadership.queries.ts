import { cypher } from '../../graph/query.js';

export const LeadershipQueries = {
  assess: cypher(
    'leadership.assess',
    'write',
    `MATCH (p:Person {id: $personId})
     CREATE (a:Assessment {id: $id, theme: $theme, level: $level, assessedOn: $assessedOn, notes: $notes, createdBy: $viewerId, createdAt: $now, updatedAt: $now})-[:ASSESSES]->(p)
     RETURN a.id AS id`,
    {},
  ),
  ofPerson: cypher(
    'leadership.ofPerson',
    'read',
    `MATCH (a:Assessment)-[:ASSESSES]->(:Person {id: $personId}) RETURN a ORDER BY a.assessedOn DESC, a.createdAt DESC LIMIT 500`,
  ),
  mentor: cypher(
    'leadership.mentor',
    'write',
    `MATCH (m:Person {id: $mentorId}) MATCH (p:Person {id: $menteeId})
     MERGE (m)-[r:MENTORS]->(p) ON CREATE SET r.since = $since, r.createdBy = $viewerId, r.createdAt = $now
     RETURN r.since AS since`,
    {},
  ),
  unmentor: cypher('leadership.unmentor', 'write', `MATCH (:Person {id: $mentorId})-[r:MENTORS]->(:Person {id: $menteeId}) DELETE r RETURN 1 AS removed`, {}),
  mentorsOf: cypher(
    'leadership.mentorsOf',
    'read',
    `MATCH (m:Person)-[r:MENTORS]->(:Person {id: $personId}) WHERE ($allRegions OR m.region IN $regions) RETURN m, r.since AS since ORDER BY m.sortKey`,
  ),
  menteesOf: cypher(
    'leadership.menteesOf',
    'read',
    `MATCH (:Person {id: $personId})-[r:MENTORS]->(p:Person) WHERE ($allRegions OR p.region IN $regions) RETURN p AS m, r.since AS since ORDER BY p.sortKey`,
  ),
};
