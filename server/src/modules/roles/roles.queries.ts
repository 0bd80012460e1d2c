import { cypher, type CypherQuery } from '../../graph/query.js';
import { ROLES_BY_TARGET, type RoleTarget } from './role.model.js';

const TARGETS = Object.keys(ROLES_BY_TARGET) as RoleTarget[];
const PERSON_IN_SCOPE = `($allRegions OR p.region IN $regions)`;
const TARGET_IN_SCOPE = `($allRegions OR x.region IN $regions)`;
const perTarget = (f: (label: RoleTarget) => CypherQuery) => Object.fromEntries(TARGETS.map((t) => [t, f(t)])) as Record<RoleTarget, CypherQuery>;

/** Role assignments are HOLDS_ROLE relationships from a person to a campaign, team or organization. */
export const RoleQueries = {
  assign: perTarget((label) =>
    cypher(
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
    cypher(
      `role.on.${label}`,
      'read',
      `MATCH (p:Person)-[r:HOLDS_ROLE]->(x:${label} {id: $id}) WHERE ${PERSON_IN_SCOPE}
       RETURN r, p, x.name AS targetName ORDER BY r.role, p.sortKey`,
    ),
  ),
  ofPerson: cypher('role.ofPerson', 'read', {
    embedded: `MATCH (p:Person {id: $id})-[r:HOLDS_ROLE]->(x) WHERE ${TARGET_IN_SCOPE}
               RETURN r, p, x.id AS targetId, label(x) AS targetType, x.name AS targetName ORDER BY r.startDate DESC`,
    neo4j: `MATCH (p:Person {id: $id})-[r:HOLDS_ROLE]->(x) WHERE ${TARGET_IN_SCOPE}
            RETURN r, p, x.id AS targetId, labels(x)[0] AS targetType, x.name AS targetName ORDER BY r.startDate DESC`,
  }),
  byId: cypher('role.byId', 'read', {
    embedded: `MATCH (p:Person)-[r:HOLDS_ROLE {id: $id}]->(x) WHERE ${PERSON_IN_SCOPE} AND ${TARGET_IN_SCOPE}
               RETURN r, p, x.id AS targetId, label(x) AS targetType, x.name AS targetName`,
    neo4j: `MATCH (p:Person)-[r:HOLDS_ROLE {id: $id}]->(x) WHERE ${PERSON_IN_SCOPE} AND ${TARGET_IN_SCOPE}
            RETURN r, p, x.id AS targetId, labels(x)[0] AS targetType, x.name AS targetName`,
  }),
  end: cypher(
    'role.end',
    'write',
    `MATCH (p:Person)-[r:HOLDS_ROLE {id: $id}]->(x) WHERE ${PERSON_IN_SCOPE} AND ${TARGET_IN_SCOPE}
     SET r.endDate = $endDate RETURN r.id AS id`,
    {},
  ),
  remove: cypher(
    'role.remove',
    'write',
    `MATCH (p:Person)-[r:HOLDS_ROLE {id: $id}]->(x) WHERE ${PERSON_IN_SCOPE} AND ${TARGET_IN_SCOPE} DELETE r RETURN 1 AS removed`,
    {},
  ),
};
