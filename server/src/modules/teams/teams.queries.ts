import type { Params } from '../../graph/graph-store.port.js';
import { cypher } from '../../graph/query.js';
import type { PersonRecord } from '../people/models/person.model.js';
import type { TeamRecord } from './team.model.js';

type TeamRow = { t: TeamRecord };


const IN_SCOPE = `($allRegions OR t.region IN $regions)`;

export const TeamQueries = {
  create: cypher<Params, TeamRow>(
    'team.create',
    'write',
    `CREATE (t:Team {id: $id, name: $name, sortKey: $sortKey, kind: $kind, region: $region, notes: $notes,
       version: 1, createdBy: $viewerId, createdAt: $now, updatedAt: $now}) RETURN t`,
    { teams: ['id'] },
  ),
  byId: cypher<Params, TeamRow>('team.byId', 'read', `MATCH (t:Team {id: $id}) WHERE ${IN_SCOPE} RETURN t`),
  list: cypher<Params, TeamRow>(
    'team.list',
    'read',
    `MATCH (t:Team) WHERE ${IN_SCOPE} AND ($regionId = '' OR t.region = $regionId) AND ($kind = '' OR t.kind = $kind)
     RETURN t ORDER BY t.sortKey LIMIT 500`,
  ),
  update: cypher<Params, TeamRow>(
    'team.update',
    'write',
    `MATCH (t:Team {id: $id}) WHERE ${IN_SCOPE} AND t.version = $version
     SET t.name = $name, t.sortKey = $sortKey, t.kind = $kind, t.region = $region, t.notes = $notes,
         t.updatedAt = $now, t.version = t.version + 1
     RETURN t`,
    { teams: ['id'] },
  ),
  delete: cypher<Params, { id: string }>('team.delete', 'write', `MATCH (t:Team {id: $id}) WHERE ${IN_SCOPE} WITH t, t.id AS id DETACH DELETE t RETURN id`, { teams: ['id'] }),
  members: cypher<Params, { person: PersonRecord; since: string | null }>(
    'team.members',
    'read',
    `MATCH (p:Person)-[m:MEMBER_OF]->(t:Team {id: $id}) WHERE ($allRegions OR p.region IN $regions)
     RETURN p AS person, m.since AS since ORDER BY p.sortKey`,
  ),
  addMember: cypher<Params, { person: PersonRecord }>(
    'team.addMember',
    'write',
    `MATCH (p:Person {id: $personId}) MATCH (t:Team {id: $teamId})
     WHERE ($allRegions OR p.region IN $regions) AND ${IN_SCOPE}
     MERGE (p)-[m:MEMBER_OF]->(t)
     ON CREATE SET m.createdAt = $now, m.createdBy = $viewerId
     SET m.since = $since
     RETURN p AS person`,
    { people: ['personId'], teams: ['teamId'] },
  ),
  removeMember: cypher<Params, { removed: number }>(
    'team.removeMember',
    'write',
    `MATCH (p:Person {id: $personId})-[m:MEMBER_OF]->(t:Team {id: $teamId})
     WHERE ($allRegions OR p.region IN $regions) AND ${IN_SCOPE}
     DELETE m RETURN 1 AS removed`,
    { people: ['personId'], teams: ['teamId'] },
  ),
  ofPerson: cypher<Params, TeamRow>(
    'team.ofPerson',
    'read',
    `MATCH (p:Person {id: $id})-[:MEMBER_OF]->(t:Team) WHERE ${IN_SCOPE} RETURN t ORDER BY t.sortKey`,
  ),
};
