import type { Params } from '../../graph/graph-store.port.js';
import { cypher, type CypherQuery } from '../../graph/query.js';
import type { PersonRecord } from '../people/models/person.model.js';
import { ROLES_BY_TARGET, type RoleRecord, type RoleTarget } from './role.model.js';

/** A role as read: the relationship, its holder, and the campaign, team or organization it is on. */
export type RoleRead = { r: RoleRecord; p: PersonRecord; targetName: string | null };
type RoleReadWithTarget = RoleRead & { targetId: string; targetType: RoleTarget };

const TARGETS = Object.keys(ROLES_BY_TARGET) as RoleTarget[];
const PERSON_IN_SCOPE = `($allRegions OR p.region IN $regions)`;
const TARGET_IN_SCOPE = `($allRegions OR x.region IN $regions)`;
const perTarget = <Q extends CypherQuery>(f: (label: RoleTarget) => Q) => Object.fromEntries(TARGETS.map((t) => [t, f(t)])) as Record<RoleTarget, Q>;

/** Role assignments are HOLDS_ROLE relationships from a person to a campaign, team or organization. */
export const RoleQueries = {
  assign: perTarget((label) =>
    cypher<Params, RoleRead>(
      `role.assign.${label}`,
      'write',
      `MATCH (p:Person {id: $personId}) MATCH (x:${label} {id: $targetId})
       WHERE ${PERSON_IN_SCOPE} AND ${TARGET_IN_SCOPE}
       CREATE (p)-[r:HOLDS_ROLE {id: $id, role: $role, organizationId: $forOrganizationId, startDate: $startDate, endDate: $endDate,
         createdBy: $viewerId, createdAt: $now}]->(x)
       RETURN r, p, x.name AS targetName`,
      {},
    ),
  ),
  on: perTarget((label) =>
    cypher<Params, RoleRead>(
      `role.on.${label}`,
      'read',
      `MATCH (p:Person)-[r:HOLDS_ROLE]->(x:${label} {id: $id}) WHERE ${PERSON_IN_SCOPE}
       RETURN r, p, x.name AS targetName ORDER BY r.role, p.sortKey`,
    ),
  ),
  ofPerson: cypher<Params, RoleReadWithTarget>('role.ofPerson', 'read', {
    embedded: `MATCH (p:Person {id: $id})-[r:HOLDS_ROLE]->(x) WHERE ${TARGET_IN_SCOPE}
               RETURN r, p, x.id AS targetId, label(x) AS targetType, x.name AS targetName ORDER BY r.startDate DESC`,
    neo4j: `MATCH (p:Person {id: $id})-[r:HOLDS_ROLE]->(x) WHERE ${TARGET_IN_SCOPE}
            RETURN r, p, x.id AS targetId, labels(x)[0] AS targetType, x.name AS targetName ORDER BY r.startDate DESC`,
  }),
  byId: cypher<Params, RoleReadWithTarget>('role.byId', 'read', {
    embedded: `MATCH (p:Person)-[r:HOLDS_ROLE {id: $id}]->(x) WHERE ${PERSON_IN_SCOPE} AND ${TARGET_IN_SCOPE}
               RETURN r, p, x.id AS targetId, label(x) AS targetType, x.name AS targetName`,
    neo4j: `MATCH (p:Person)-[r:HOLDS_ROLE {id: $id}]->(x) WHERE ${PERSON_IN_SCOPE} AND ${TARGET_IN_SCOPE}
            RETURN r, p, x.id AS targetId, labels(x)[0] AS targetType, x.name AS targetName`,
  }),
  end: cypher<Params, { id: string }>(
    'role.end',
    'write',
    `MATCH (p:Person)-[r:HOLDS_ROLE {id: $id}]->(x) WHERE ${PERSON_IN_SCOPE} AND ${TARGET_IN_SCOPE}
     SET r.endDate = $endDate RETURN r.id AS id`,
    {},
  ),
  remove: cypher<Params, { removed: number }>(
    'role.remove',
    'write',
    `MATCH (p:Person)-[r:HOLDS_ROLE {id: $id}]->(x) WHERE ${PERSON_IN_SCOPE} AND ${TARGET_IN_SCOPE} DELETE r RETURN 1 AS removed`,
    {},
  ),
};
