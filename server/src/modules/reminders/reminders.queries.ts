import { cypher } from '../../graph/query.js';

/** One due follow-up of an account taking the digest, with one person of the meeting it came from (none: nulls). */
export type DigestRow = {
  accountId: string;
  email: string;
  displayName: string | null;
  locale: string | null;
  id: string;
  text: string;
  dueDate: string;
  personId: string | null;
  personName: string | null;
};

type OfAccount = { accountId: string };

/** Open follow-ups due today or earlier (dates are YYYY-MM-DD, so string order is date order). */
const DUE = `f.done = false AND f.dueDate IS NOT NULL AND f.dueDate <> '' AND f.dueDate <= $today`;

export const ReminderQueries = {
  dueCount: cypher<OfAccount & { today: string }, { total: number; overdue: number | null }>(
    'reminder.dueCount',
    'read',
    `MATCH (f:FollowUp) WHERE f.assigneeId = $accountId AND ${DUE}
     RETURN count(f) AS total, sum(CASE WHEN f.dueDate < $today THEN 1 ELSE 0 END) AS overdue`,
  ),
  /** Every enabled account that takes the digest, with its due follow-ups: one row per follow-up and person of the meeting it came from. */
  digest: cypher<{ today: string }, DigestRow>(
    'reminder.digest',
    'read',
    `MATCH (a:Account) WHERE coalesce(a.disabled, false) = false AND coalesce(a.digestEmails, true) = true
     MATCH (f:FollowUp) WHERE f.assigneeId = a.id AND ${DUE}
     OPTIONAL MATCH (f)-[:FOLLOWS_UP]->(:Interaction)<-[:PARTICIPATED]-(p:Person)
     RETURN a.id AS accountId, a.email AS email, a.displayName AS displayName, a.locale AS locale,
            f.id AS id, f.text AS text, f.dueDate AS dueDate, p.id AS personId, p.name AS personName
     ORDER BY accountId, dueDate, id, personName`,
  ),
  digestSetting: cypher<OfAccount, { digestOn: boolean }>('reminder.digestSetting', 'read', `MATCH (a:Account {id: $accountId}) RETURN coalesce(a.digestEmails, true) AS digestOn`),
  setDigestSetting: cypher<OfAccount & { digestOn: boolean }, { digestOn: boolean }>('reminder.setDigestSetting', 'write', `MATCH (a:Account {id: $accountId}) SET a.digestEmails = $digestOn RETURN a.digestEmails AS digestOn`),
  lastDigestDay: cypher<Record<string, never>, { value: string | null }>('reminder.lastDigestDay', 'read', `MATCH (m:Meta {key: 'digest.lastSentDay'}) RETURN m.value AS value`),
  setLastDigestDay: cypher<{ value: string }, never>('reminder.setLastDigestDay', 'write', `MERGE (m:Meta {key: 'digest.lastSentDay'}) SET m.value = $value`),
};
