import { cypher } from '../../graph/query.js';

export const SessionQueries = {
  create: cypher(
    'session.create',
    'write',
    `MATCH (a:Account {id: $accountId})
     CREATE (s:Session {id: $id, createdAt: $createdAt, expiresAt: $expiresAt})-[:SESSION_OF]->(a)
     RETURN s.id AS id`,
  ),
  withAccount: cypher(
    'session.withAccount',
    'read',
    `MATCH (s:Session {id: $id})-[:SESSION_OF]->(a:Account)
     WHERE s.expiresAt > $now AND a.disabled = false
     RETURN a, s.expiresAt AS expiresAt`,
  ),
  delete: cypher('session.delete', 'write', `MATCH (s:Session {id: $id}) DETACH DELETE s`),
  deleteExpired: cypher('session.deleteExpired', 'write', `MATCH (s:Session) WHERE s.expiresAt <= $now DETACH DELETE s`),
};
