import { cypher } from '../../graph/query.js';
import type { AccountRecord } from '../accounts/models/account.model.js';

/** A session as stored: the id is the SHA-256 of its token, never the token. */
export type SessionRecord = { id: string; accountId: string; createdAt: string; expiresAt: string };

export const SessionQueries = {
  create: cypher<SessionRecord, { id: string }>(
    'session.create',
    'write',
    `MATCH (a:Account {id: $accountId})
     CREATE (s:Session {id: $id, createdAt: $createdAt, expiresAt: $expiresAt})-[:SESSION_OF]->(a)
     RETURN s.id AS id`,
  ),
  withAccount: cypher<{ id: string; now: string }, { a: AccountRecord; expiresAt: string }>(
    'session.withAccount',
    'read',
    `MATCH (s:Session {id: $id})-[:SESSION_OF]->(a:Account)
     WHERE s.expiresAt > $now AND a.disabled = false
     RETURN a, s.expiresAt AS expiresAt`,
  ),
  delete: cypher<{ id: string }, never>('session.delete', 'write', `MATCH (s:Session {id: $id}) DETACH DELETE s`),
  deleteExpired: cypher<{ now: string }, never>('session.deleteExpired', 'write', `MATCH (s:Session) WHERE s.expiresAt <= $now DETACH DELETE s`),
};
