import { cypher, type RegionScope } from '../../graph/query.js';

type ById = { id: string };
type ByIds = { ids: string[] };
/** A map's campaign or team: its name and region. */
type Hub = { id: string; name: string; region: string };
/** A role held on the map's campaign or team, or by one of its people (dates YYYY-MM-DD, null: open). */
type RoleRow = { personId: string; role: string; startDate: string | null; endDate: string | null };

/**
 * What a network map reads from the engine. The ties and affiliations themselves come from the reach index
 * (modules/reach/reach-index.ts), which holds them in memory; these are the scope's own records (a campaign's
 * partners, roles and endorsement asks; a team's members and roles) and the attributes the index does not
 * hold (kinds, tags, types, roles). Keyed reads (UNWIND ... {id: id}), the same text on both engines except
 * for a label's name.
 */
const IN_SCOPE = (v: string) => `($allRegions OR ${v}.region IN $regions)`;

export const MapQueries = {
  campaign: cypher<RegionScope & ById, Hub>('map.campaign', 'read', `MATCH (c:Campaign {id: $id}) WHERE ${IN_SCOPE('c')} RETURN c.id AS id, c.name AS name, c.region AS region`),
  campaignPartners: cypher<ById, { id: string; createdAt: string | null }>(
    'map.campaignPartners',
    'read',
    `MATCH (o:Organization)-[p:PARTNER_IN]->(c:Campaign {id: $id}) RETURN o.id AS id, p.createdAt AS createdAt`,
  ),
  campaignRoles: cypher<ById, RoleRow & { forOrganizationId: string | null }>(
    'map.campaignRoles',
    'read',
    `MATCH (p:Person)-[r:HOLDS_ROLE]->(c:Campaign {id: $id})
     RETURN p.id AS personId, r.role AS role, r.startDate AS startDate, r.endDate AS endDate, r.organizationId AS forOrganizationId`,
  ),
  campaignAsks: cypher<
    ById,
    { organizationId: string; status: string; askedOn: string | null; decidedOn: string | null; createdAt: string; askerId: string | null }
  >(
    'map.campaignAsks',
    'read',
    `MATCH (a:EndorsementAsk)-[:TO_ENDORSE]->(c:Campaign {id: $id})
     MATCH (a)-[:ASKS]->(o:Organization)
     OPTIONAL MATCH (a)-[:ASKED_BY]->(p:Person)
     RETURN o.id AS organizationId, a.status AS status, a.askedOn AS askedOn, a.decidedOn AS decidedOn, a.createdAt AS createdAt, p.id AS askerId`,
  ),
  team: cypher<RegionScope & ById, Hub>('map.team', 'read', `MATCH (t:Team {id: $id}) WHERE ${IN_SCOPE('t')} RETURN t.id AS id, t.name AS name, t.region AS region`),
  teamMembers: cypher<ById, { id: string; since: string | null; until: string | null }>(
    'map.teamMembers',
    'read',
    `MATCH (p:Person)-[m:MEMBER_OF]->(t:Team {id: $id}) RETURN p.id AS id, m.since AS since, m.until AS until`,
  ),
  teamRoles: cypher<ById, RoleRow>(
    'map.teamRoles',
    'read',
    `MATCH (p:Person)-[r:HOLDS_ROLE]->(t:Team {id: $id})
     RETURN p.id AS personId, r.role AS role, r.startDate AS startDate, r.endDate AS endDate`,
  ),
  regions: cypher<Record<string, never>, { id: string; name: string }>('map.regions', 'read', `MATCH (r:Region) RETURN r.id AS id, r.name AS name`),
  people: cypher<ByIds, { id: string; name: string; region: string; kinds: string[] | null; tags: string[] | null }>('map.people', 'read', `UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id, p.name AS name, p.region AS region, p.kinds AS kinds, p.tags AS tags`),
  organizations: cypher<ByIds, { id: string; name: string; region: string; type: string | null; issueAreas: string[] | null }>(
    'map.organizations',
    'read',
    `UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o.id AS id, o.name AS name, o.region AS region, o.type AS type, o.issueAreas AS issueAreas`,
  ),
  /** Roles of these people: on campaigns, teams and organizations (a point of contact), and whom a connector connects. */
  roles: cypher<ByIds, RoleRow & { forOrganizationId: string | null; targetType: string; targetId: string }>('map.roles', 'read', {
    embedded: `UNWIND $ids AS id MATCH (p:Person {id: id})-[r:HOLDS_ROLE]->(x)
               RETURN p.id AS personId, r.role AS role, r.startDate AS startDate, r.endDate AS endDate,
                      r.organizationId AS forOrganizationId, label(x) AS targetType, x.id AS targetId`,
    neo4j: `UNWIND $ids AS id MATCH (p:Person {id: id})-[r:HOLDS_ROLE]->(x)
            RETURN p.id AS personId, r.role AS role, r.startDate AS startDate, r.endDate AS endDate,
                   r.organizationId AS forOrganizationId, labels(x)[0] AS targetType, x.id AS targetId`,
  }),
};
