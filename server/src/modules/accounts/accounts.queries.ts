import { cypher } from '../../graph/query.js';

export const AccountQueries = {
  create: cypher(
    'account.create',
    'write',
    `CREATE (a:Account {id: $id, email: $email, displayName: $displayName, passwordHash: $passwordHash, role: $role,
       regions: $regions, allRegions: $allRegions, disabled: false, createdAt: $createdAt})
     RETURN a`,
  ),
  byEmail: cypher('account.byEmail', 'read', `MATCH (a:Account) WHERE a.email = $email RETURN a`),
  byIds: cypher('account.byIds', 'read', `MATCH (a:Account) WHERE a.id IN $ids RETURN a`, { cached: true }),
  all: cypher('account.all', 'read', `MATCH (a:Account) RETURN a ORDER BY a.displayName, a.id`),
  unlinkPerson: cypher('account.unlinkPerson', 'write', `MATCH (a:Account {id: $id}) SET a.personId = NULL RETURN a`),
  /** People deleted (by hand or by an import's roll-back): accounts linked to them ("this is me") are linked to no one. */
  unlinkPeople: cypher('account.unlinkPeople', 'write', `MATCH (a:Account) WHERE a.personId IN $ids SET a.personId = NULL RETURN a.id AS id`),
  /** Links only when no other account is linked to that person (one person, one account). */
  linkPerson: cypher(
    'account.linkPerson',
    'write',
    `MATCH (a:Account {id: $id})
     OPTIONAL MATCH (o:Account) WHERE o.personId = $personId AND o.id <> $id
     WITH a, count(o) AS taken WHERE taken = 0
     SET a.personId = $personId RETURN a`,
  ),
  update: cypher(
    'account.update',
    'write',
    `MATCH (a:Account {id: $id}) SET a.displayName = $displayName, a.role = $role, a.regions = $regions, a.allRegions = $allRegions,
       a.disabled = $disabled, a.canExport = $canExport, a.passwordHash = $passwordHash RETURN a`,
  ),
  setLocale: cypher('account.setLocale', 'write', `MATCH (a:Account {id: $id}) SET a.locale = $locale RETURN a`, {}),
  endSessions: cypher('account.endSessions', 'write', `MATCH (s:Session)-[:SESSION_OF]->(a:Account {id: $id}) DETACH DELETE s`),
  count: cypher('account.count', 'read', `MATCH (a:Account) RETURN count(a) AS total`),
};
