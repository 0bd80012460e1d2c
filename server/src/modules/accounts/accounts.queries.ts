import type { Params } from '../../graph/graph-store.port.js';
import { cypher } from '../../graph/query.js';
import type { AccountRecord } from './models/account.model.js';

type AccountRow = { a: AccountRecord };

export const AccountQueries = {
  create: cypher<Params, AccountRow>(
    'account.create',
    'write',
    `CREATE (a:Account {id: $id, email: $email, displayName: $displayName, passwordHash: $passwordHash, role: $role,
       regions: $regions, allRegions: $allRegions, disabled: false, createdAt: $createdAt})
     RETURN a`,
  ),
  byEmail: cypher<Params, AccountRow>('account.byEmail', 'read', `MATCH (a:Account) WHERE a.email = $email RETURN a`),
  // From each id's primary key, not a scan of every account.
  byIds: cypher<Params, AccountRow>('account.byIds', 'read', `UNWIND $ids AS aid MATCH (a:Account {id: aid}) RETURN a`, { cached: true, record: 'ids' }),
  all: cypher<Params, AccountRow>('account.all', 'read', `MATCH (a:Account) RETURN a ORDER BY a.displayName, a.id`),
  unlinkPerson: cypher<Params, AccountRow>('account.unlinkPerson', 'write', `MATCH (a:Account {id: $id}) SET a.personId = NULL RETURN a`),
  /** People deleted (by hand or by an import's roll-back): accounts linked to them ("this is me") are linked to no one. */
  unlinkPeople: cypher<Params, { id: string }>(
    'account.unlinkPeople',
    'write',
    `MATCH (a:Account) WHERE a.personId IN $ids SET a.personId = NULL RETURN a.id AS id`,
  ),
  /** Links only when no other account is linked to that person (one person, one account). */
  linkPerson: cypher<Params, AccountRow>(
    'account.linkPerson',
    'write',
    `MATCH (a:Account {id: $id})
     OPTIONAL MATCH (o:Account) WHERE o.personId = $personId AND o.id <> $id
     WITH a, count(o) AS taken WHERE taken = 0
     SET a.personId = $personId RETURN a`,
  ),
  update: cypher<Params, AccountRow>(
    'account.update',
    'write',
    `MATCH (a:Account {id: $id}) SET a.displayName = $displayName, a.role = $role, a.regions = $regions, a.allRegions = $allRegions,
       a.disabled = $disabled, a.canExport = $canExport, a.passwordHash = $passwordHash RETURN a`,
  ),
  setLocale: cypher<{ id: string; locale: string | null }, AccountRow>(
    'account.setLocale',
    'write',
    `MATCH (a:Account {id: $id}) SET a.locale = $locale RETURN a`,
    {},
  ),
  endSessions: cypher<{ id: string }, never>('account.endSessions', 'write', `MATCH (s:Session)-[:SESSION_OF]->(a:Account {id: $id}) DETACH DELETE s`),
  count: cypher<Params, { total: number }>('account.count', 'read', `MATCH (a:Account) RETURN count(a) AS total`),
};
