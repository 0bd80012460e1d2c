import { cypher, type RegionScope } from '../../graph/query.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { CampaignRecord, CampaignRow, CampaignStatus } from './campaign.model.js';

/** What a campaign's form saves: its fields and the ids of what it links to. */
export type CampaignPlan = {
  id: string;
  name: string;
  sortKey: string;
  theoryOfChange: string | null;
  actionProposal: string | null;
  region: string;
  status: CampaignStatus;
  issueId: string | null;
  targetPersonId: string | null;
  targetOrganizationId: string | null;
  proposingTeamId: string | null;
};

/** A campaign and the ids of what it links to (see WITH_LINKS). */
export type CampaignWithLinks = { c: CampaignRecord } & Omit<CampaignRow, keyof CampaignRecord>;

type ById = { id: string };
type Versioned = RegionScope & { id: string; version: number; now: string };
type Partner = RegionScope & { id: string; organizationId: string; viewerId: string; now: string };

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
  create: cypher<CampaignPlan & { viewerId: string; now: string }, ById>(
    'campaign.create',
    'write',
    `CREATE (c:Campaign {id: $id, name: $name, sortKey: $sortKey, status: 'PROPOSED', theoryOfChange: $theoryOfChange,
       actionProposal: $actionProposal, region: $region, version: 1, createdBy: $viewerId, createdAt: $now, updatedAt: $now})
     RETURN c.id AS id`,
  ),
  update: cypher<Versioned & CampaignPlan, ById>(
    'campaign.update',
    'write',
    `MATCH (c:Campaign {id: $id}) WHERE ${IN_SCOPE} AND c.version = $version
     SET c.name = $name, c.sortKey = $sortKey, c.theoryOfChange = $theoryOfChange, c.actionProposal = $actionProposal,
         c.region = $region, c.status = $status, c.updatedAt = $now, c.version = c.version + 1
     RETURN c.id AS id`,
  ),
  setStatus: cypher<Versioned & { status: string }, ById>(
    'campaign.setStatus',
    'write',
    `MATCH (c:Campaign {id: $id}) WHERE ${IN_SCOPE} AND c.version = $version
     SET c.status = $status, c.updatedAt = $now, c.version = c.version + 1 RETURN c.id AS id`,
  ),
  unlinkPlan: cypher<ById, never>(
    'campaign.unlinkPlan',
    'write',
    `MATCH (c:Campaign {id: $id})-[r:ON_ISSUE|TARGETS|PROPOSED_BY]->() DELETE r`,
  ),
  linkIssue: cypher<ById & { issueId: string }, never>('campaign.linkIssue', 'write', `MATCH (c:Campaign {id: $id}) MATCH (i:Issue {id: $issueId}) CREATE (c)-[:ON_ISSUE]->(i)`),
  linkTargetPerson: cypher<ById & { targetId: string }, never>('campaign.linkTargetPerson', 'write', `MATCH (c:Campaign {id: $id}) MATCH (t:Person {id: $targetId}) CREATE (c)-[:TARGETS]->(t)`, {}),
  linkTargetOrganization: cypher<ById & { targetId: string }, never>(
    'campaign.linkTargetOrganization',
    'write',
    `MATCH (c:Campaign {id: $id}) MATCH (t:Organization {id: $targetId}) CREATE (c)-[:TARGETS]->(t)`,
    {},
  ),
  linkTeam: cypher<ById & { teamId: string }, never>('campaign.linkTeam', 'write', `MATCH (c:Campaign {id: $id}) MATCH (t:Team {id: $teamId}) CREATE (c)-[:PROPOSED_BY]->(t)`, {}),
  approve: cypher<ById & { teamId: string; viewerId: string; now: string }, never>(
    'campaign.approve',
    'write',
    `MATCH (c:Campaign {id: $id}) MATCH (t:Team {id: $teamId}) CREATE (c)-[:APPROVED_BY {accountId: $viewerId, at: $now}]->(t)`,
    {},
  ),
  clearApproval: cypher<ById, never>('campaign.clearApproval', 'write', `MATCH (c:Campaign {id: $id})-[a:APPROVED_BY]->(:Team) DELETE a`, {}),
  byId: cypher<RegionScope & ById, CampaignWithLinks>('campaign.byId', 'read', `MATCH (c:Campaign {id: $id}) WHERE ${IN_SCOPE} ${WITH_LINKS}`),
  list: cypher<RegionScope & { regionId: string; status: string }, CampaignWithLinks>(
    'campaign.list',
    'read',
    `MATCH (c:Campaign) WHERE ${IN_SCOPE} AND ($regionId = '' OR c.region = $regionId) AND ($status = '' OR c.status = $status)
     WITH c ORDER BY c.sortKey LIMIT 500 ${WITH_LINKS}`,
  ),
  partners: cypher<RegionScope & ById, { o: OrganizationRecord }>(
    'campaign.partners',
    'read',
    `MATCH (o:Organization)-[:PARTNER_IN]->(c:Campaign {id: $id}) WHERE ($allRegions OR o.region IN $regions) RETURN o ORDER BY o.sortKey`,
  ),
  addPartner: cypher<Partner, ById>(
    'campaign.addPartner',
    'write',
    `MATCH (o:Organization {id: $organizationId}) MATCH (c:Campaign {id: $id})
     WHERE ($allRegions OR o.region IN $regions) AND ${IN_SCOPE}
     MERGE (o)-[p:PARTNER_IN]->(c) ON CREATE SET p.createdAt = $now, p.createdBy = $viewerId
     RETURN o.id AS id`,
    {},
  ),
  removePartner: cypher<Partner, { removed: number }>(
    'campaign.removePartner',
    'write',
    `MATCH (o:Organization {id: $organizationId})-[p:PARTNER_IN]->(c:Campaign {id: $id}) WHERE ${IN_SCOPE} DELETE p RETURN 1 AS removed`,
    {},
  ),
};
