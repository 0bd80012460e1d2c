import { cypher } from '../../graph/query.js';

/**
 * What a network map reads from the engine. The ties and affiliations themselves come from the reach index
 * (modules/reach/reach-index.ts), which holds them in memory; these are the scope's own records (a campaign's
 * partners, roles and endorsement asks; a team's members and roles) and the attributes the index does not
 * hold (kinds, tags, types, roles). Keyed reads (UNWIND ... {id: id}), the same text on both engines except
 * for a label's name.
 */
const IN_SCOPE = (v: string) => `($allRegions OR ${v}.region IN $regions)`;

export const MapQueries = {
  campaign: cypher('map.campaign', 'read', `MATCH (c:Campaign {id: $id}) WHERE ${IN_SCOPE('c')} RETURN c.id AS id, c.name AS name, c.region AS region`),
  campaignPartners: cypher(
    'map.campaignPartners',
    'read',
    `MATCH (o:Organization)-[p:PARTNER_IN]->(c:Campaign {id: $id}) RETURN o.id AS id, p.createdAt AS createdAt`,
  ),
  campaignRoles: cypher(
    'map.campaignRoles',
    'read',
    `MATCH (p:Person)-[r:HOLDS_ROLE]->(c:Campaign {id: $id})
     RETURN p.id AS personId, r.role AS role, r.startDate AS startDate, r.endDate AS endDate, r.organizationId AS forOrganizationId`,
  ),
  campaignAsks: cypher(
    'map.campaignAsks',
    'read',
    `MATCH (a:EndorsementAsk)-[:TO_ENDORSE]->(c:Campaign {id: $id})
     MATCH (a)-[:ASKS]->(o:Organization)
     OPTIONAL MATCH (a)-[:ASKED_BY]->(p:Person)
     RETURN o.id AS organizationId, a.status AS status, a.askedOn AS askedOn, a.decidedOn AS decidedOn, a.createdAt AS createdAt, p.id AS askerId`,
  ),
  team: cypher('map.team', 'read', `MATCH (t:Team {id: $id}) WHERE ${IN_SCOPE('t')} RETURN t.id AS id, t.name AS name, t.region AS region`),
  teamMembers: cypher(
    'map.teamMembers',
    'read',
    `MATCH (p:Person)-[m:MEMBER_OF]->(t:Team {id: $id}) RETURN p.id AS id, m.since AS since, m.until AS until`,
  ),
  teamRoles: cypher(
    'map.teamRoles',
    'read',
    `MATCH (p:Person)-[r:HOLDS_ROLE]->(t:Team {id: $id})
     RETURN p.id AS personId, r.role AS role, r.startDate AS startDate, r.endDate AS endDate`,
  ),
  regions: cypher('map.regions', 'read', `MATCH (r:Region) RETURN r.id AS id, r.name AS name`),
  people: cypher('map.people', 'read', `UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id, p.name AS name, p.region AS region, p.kinds AS kinds, p.tags AS tags`),
  organizations: cypher(
    'map.organizations',
    'read',
    `UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o.id AS id, o.name AS name, o.region AS region, o.type AS type, o.issueAreas AS issueAreas`,
  ),
  /** Roles of these people: on campaigns, teams and organizations (a point of contact), and whom a connector connects. */
  roles: cypher('map.roles', 'read', {
    embedded: `UNWIND $ids AS id MATCH (p:Person {id: id})-[r:HOLDS_ROLE]->(x)
               RETURN p.id AS personId, r.role AS role, r.startDate AS startDate, r.endDate AS endDate,
                      r.organizationId AS forOrganizationId, label(x) AS targetType, x.id AS targetId`,
    neo4j: `UNWIND $ids AS id MATCH (p:Person {id: id})-[r:HOLDS_ROLE]->(x)
            RETURN p.id AS personId, r.role AS role, r.startDate AS startDate, r.endDate AS endDate,
                   r.organizationId AS forOrganizationId, labels(x)[0] AS targetType, x.id AS targetId`,
  }),
};
