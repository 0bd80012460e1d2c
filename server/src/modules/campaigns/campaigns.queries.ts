import { cypher } from '../../graph/query.js';

const IN_SCOPE = `($allRegions OR c.region IN $regions)`;

/** A campaign and the ids of what it links to, in one read. */
const WITH_LINKS = `
  OPTIONAL MATCH (c)-[:ON_ISSUE]->(i:Issue)
  OPTIONAL MATCH (c)-[:TARGETS]->(tp:Person)
  OPTIONAL MATCH (c)-[:TARGETS]->(tg:Organization)
  OPTIONAL MATCH (c)-[:PROPOSED_BY]->(pt:Team)
  OPTIONAL MATCH (c)-[ap:APPROVED_BY]->(rt:Team)
  RETURN c, i.id AS issueId, tp.id AS targetPersonId, tg.id AS targetOrganizationId, pt.id AS proposingTeamId,
         rt.id AS approvingTeamId, ap.accountId AS approvedBy, ap.at AS approvedAt`;

export const CampaignQueries = {
  create: cypher(
    'campaign.create',
    'write',
    `CREATE (c:Campaign {id: $id, name: $name, sortKey: $sortKey, status: 'PROPOSED', theoryOfChange: $theoryOfChange,
       actionProposal: $actionProposal, region: $region, version: 1, createdBy: $viewerId, createdAt: $now, updatedAt: $now})
     RETURN c.id AS id`,
  ),
  update: cypher(
    'campaign.update',
    'write',
    `MATCH (c:Campaign {id: $id}) WHERE ${IN_SCOPE} AND c.version = $version
     SET c.name = $name, c.sortKey = $sortKey, c.theoryOfChange = $theoryOfChange, c.actionProposal = $actionProposal,
         c.region = $region, c.status = $status, c.updatedAt = $now, c.version = c.version + 1
     RETURN c.id AS id`,
  ),
  setStatus: cypher(
    'campaign.setStatus',
    'write',
    `MATCH (c:Campaign {id: $id}) WHERE ${IN_SCOPE} AND c.version = $version
     SET c.status = $status, c.updatedAt = $now, c.version = c.version + 1 RETURN c.id AS id`,
  ),
  unlinkPlan: cypher(
    'campaign.unlinkPlan',
    'write',
    `MATCH (c:Campaign {id: $id})-[r:ON_ISSUE|TARGETS|PROPOSED_BY]->() DELETE r`,
  ),
  linkIssue: cypher('campaign.linkIssue', 'write', `MATCH (c:Campaign {id: $id}) MATCH (i:Issue {id: $issueId}) CREATE (c)-[:ON_ISSUE]->(i)`),
  linkTargetPerson: cypher('campaign.linkTargetPerson', 'write', `MATCH (c:Campaign {id: $id}) MATCH (t:Person {id: $targetId}) CREATE (c)-[:TARGETS]->(t)`, {}),
  linkTargetOrganization: cypher(
    'campaign.linkTargetOrganization',
    'write',
    `MATCH (c:Campaign {id: $id}) MATCH (t:Organization {id: $targetId}) CREATE (c)-[:TARGETS]->(t)`,
    {},
  ),
  linkTeam: cypher('campaign.linkTeam', 'write', `MATCH (c:Campaign {id: $id}) MATCH (t:Team {id: $teamId}) CREATE (c)-[:PROPOSED_BY]->(t)`, {}),
  approve: cypher(
    'campaign.approve',
    'write',
    `MATCH (c:Campaign {id: $id}) MATCH (t:Team {id: $teamId}) CREATE (c)-[:APPROVED_BY {accountId: $viewerId, at: $now}]->(t)`,
    {},
  ),
  clearApproval: cypher('campaign.clearApproval', 'write', `MATCH (c:Campaign {id: $id})-[a:APPROVED_BY]->(:Team) DELETE a`, {}),
  byId: cypher('campaign.byId', 'read', `MATCH (c:Campaign {id: $id}) WHERE ${IN_SCOPE} ${WITH_LINKS}`),
  list: cypher(
    'campaign.list',
    'read',
    `MATCH (c:Campaign) WHERE ${IN_SCOPE} AND ($regionId = '' OR c.region = $regionId) AND ($status = '' OR c.status = $status)
     WITH c ORDER BY c.sortKey LIMIT 500 ${WITH_LINKS}`,
  ),
  partners: cypher(
    'campaign.partners',
    'read',
    `MATCH (o:Organization)-[:PARTNER_IN]->(c:Campaign {id: $id}) WHERE ($allRegions OR o.region IN $regions) RETURN o ORDER BY o.sortKey`,
  ),
  addPartner: cypher(
    'campaign.addPartner',
    'write',
    `MATCH (o:Organization {id: $organizationId}) MATCH (c:Campaign {id: $id})
     WHERE ($allRegions OR o.region IN $regions) AND ${IN_SCOPE}
     MERGE (o)-[p:PARTNER_IN]->(c) ON CREATE SET p.createdAt = $now, p.createdBy = $viewerId
     RETURN o.id AS id`,
    {},
  ),
  removePartner: cypher(
    'campaign.removePartner',
    'write',
    `MATCH (o:Organization {id: $organizationId})-[p:PARTNER_IN]->(c:Campaign {id: $id}) WHERE ${IN_SCOPE} DELETE p RETURN 1 AS removed`,
    {},
  ),
};
