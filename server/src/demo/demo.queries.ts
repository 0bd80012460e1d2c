import { cypher, type CypherQuery, type Params } from '../graph/query.js';

/** A batch of demo records as demo-data.ts builds them (rows), with who made them and when where the text asks. */
type Batch = Params & { rows: readonly unknown[] };

/** Batched loads for the demo coalition: one request per kind of thing, never one per row. */
export const DemoQueries = {
  regions: cypher<Batch, never>('demo.regions', 'write', `UNWIND $rows AS r CREATE (:Region {id: r.id, name: r.name})`),
  accounts: cypher<Batch, never>(
    'demo.accounts',
    'write',
    `UNWIND $rows AS r CREATE (:Account {id: r.id, email: r.email, displayName: r.displayName, passwordHash: r.passwordHash,
       role: r.role, regions: r.regions, allRegions: r.allRegions, disabled: false, createdAt: r.createdAt})`,
  ),
  organizations: cypher<Batch, never>(
    'demo.organizations',
    'write',
    `UNWIND $rows AS r CREATE (:Organization {id: r.id, name: r.name, sortKey: r.sortKey, searchPublic: r.searchPublic,
       type: r.type, issueAreas: r.issueAreas, ledBy: r.ledBy, zip: r.zip, region: r.region, website: r.website,
       notes: r.notes, version: r.version, createdBy: r.createdBy, createdAt: r.createdAt, updatedAt: r.updatedAt})`,
    { bulk: true },
  ),
  people: cypher<Batch, never>(
    'demo.people',
    'write',
    `UNWIND $rows AS r CREATE (:Person {id: r.id, name: r.name, sortKey: r.sortKey, searchPublic: r.searchPublic,
       searchContact: r.searchContact, emails: r.emails, phones: r.phones, zip: r.zip, region: r.region, kinds: r.kinds,
       tags: r.tags, notes: r.notes, assignees: r.assignees, version: r.version, createdBy: r.createdBy,
       createdAt: r.createdAt, updatedAt: r.updatedAt})`,
    { bulk: true },
  ),
  knows: cypher<Batch, never>(
    'demo.knows',
    'write',
    `UNWIND $rows AS r MATCH (a:Person {id: r.fromId}) MATCH (b:Person {id: r.toId})
     CREATE (a)-[:KNOWS {strength: r.strength, context: r.context, since: r.since, until: r.until, lastContact: r.lastContact, createdBy: $createdBy, createdAt: $now, updatedAt: $now}]->(b)`,
    { bulk: true },
  ),
  teams: cypher<Batch, never>(
    'demo.teams',
    'write',
    `UNWIND $rows AS r CREATE (:Team {id: r.id, name: r.name, sortKey: r.sortKey, kind: r.kind, region: r.region, notes: r.notes,
       version: r.version, createdBy: r.createdBy, createdAt: r.createdAt, updatedAt: r.updatedAt})`,
    { bulk: true },
  ),
  teamMembers: cypher<Batch, never>(
    'demo.teamMembers',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId}) MATCH (t:Team {id: r.teamId})
     CREATE (p)-[:MEMBER_OF {since: r.since, title: '', createdBy: $createdBy, createdAt: $now}]->(t)`,
    { bulk: true },
  ),
  issues: cypher<Batch, never>(
    'demo.issues',
    'write',
    `UNWIND $rows AS r CREATE (:Issue {id: r.id, name: r.name, sortKey: r.sortKey, scope: r.scope, description: r.description,
       region: r.region, version: r.version, createdBy: r.createdBy, createdAt: r.createdAt, updatedAt: r.updatedAt})`,
  ),
  narrows: cypher<Batch, never>(
    'demo.narrows',
    'write',
    `UNWIND $rows AS r MATCH (a:Issue {id: r.fromId}) MATCH (b:Issue {id: r.toId}) CREATE (a)-[:NARROWS {createdAt: $now}]->(b)`,
  ),
  assemblies: cypher<Batch, never>(
    'demo.assemblies',
    'write',
    `UNWIND $rows AS r CREATE (:IssueAssembly {id: r.id, name: r.name, date: r.date, region: r.region, notes: r.notes,
       createdBy: r.createdBy, createdAt: r.createdAt, updatedAt: r.updatedAt})`,
  ),
  decisions: cypher<Batch, never>(
    'demo.decisions',
    'write',
    `UNWIND $rows AS r MATCH (a:IssueAssembly {id: r.assemblyId}) MATCH (i:Issue {id: r.issueId})
     CREATE (a)-[:DECIDED {outcome: r.outcome, notes: r.notes, createdBy: $createdBy, createdAt: $now}]->(i)`,
  ),
  campaigns: cypher<Batch, never>(
    'demo.campaigns',
    'write',
    `UNWIND $rows AS r CREATE (:Campaign {id: r.id, name: r.name, sortKey: r.sortKey, status: r.status, theoryOfChange: r.theoryOfChange,
       actionProposal: r.actionProposal, region: r.region, version: r.version, createdBy: r.createdBy, createdAt: r.createdAt, updatedAt: r.updatedAt})`,
  ),
  campaignIssues: cypher<Batch, never>(
    'demo.campaignIssues',
    'write',
    `UNWIND $rows AS r MATCH (c:Campaign {id: r.campaignId}) MATCH (i:Issue {id: r.id}) CREATE (c)-[:ON_ISSUE]->(i)`,
  ),
  campaignTargets: cypher<Batch, never>(
    'demo.campaignTargets',
    'write',
    `UNWIND $rows AS r MATCH (c:Campaign {id: r.campaignId}) MATCH (p:Person {id: r.id}) CREATE (c)-[:TARGETS]->(p)`,
    {},
  ),
  campaignTeams: cypher<Batch, never>(
    'demo.campaignTeams',
    'write',
    `UNWIND $rows AS r MATCH (c:Campaign {id: r.campaignId}) MATCH (t:Team {id: r.id}) CREATE (c)-[:PROPOSED_BY]->(t)`,
    {},
  ),
  approvals: cypher<Batch, never>(
    'demo.approvals',
    'write',
    `UNWIND $rows AS r MATCH (c:Campaign {id: r.campaignId}) MATCH (t:Team {id: r.teamId}) CREATE (c)-[:APPROVED_BY {accountId: $createdBy, at: r.at}]->(t)`,
    {},
  ),
  partners: cypher<Batch, never>(
    'demo.partners',
    'write',
    `UNWIND $rows AS r MATCH (o:Organization {id: r.organizationId}) MATCH (c:Campaign {id: r.campaignId})
     CREATE (o)-[:PARTNER_IN {createdBy: $createdBy, createdAt: $now}]->(c)`,
    {},
  ),
  roles: Object.fromEntries(
    (['Campaign', 'Team', 'Organization'] as const).map((label) => [
      label,
      cypher<Batch, never>(
        `demo.roles.${label}`,
        'write',
        `UNWIND $rows AS r MATCH (p:Person {id: r.personId}) MATCH (x:${label} {id: r.targetId})
         CREATE (p)-[:HOLDS_ROLE {id: r.id, role: r.role, organizationId: r.organizationId, startDate: r.startDate, endDate: null,
           createdBy: $createdBy, createdAt: $now}]->(x)`,
        {},
      ),
    ]),
  ) as Record<'Campaign' | 'Team' | 'Organization', CypherQuery<Batch, never>>,
  affiliations: Object.fromEntries(
    (['MEMBER_OF', 'WORKS_AT', 'LEADS'] as const).map((kind) => [
      kind,
      cypher<Batch, never>(
        `demo.affiliations.${kind}`,
        'write',
        `UNWIND $rows AS r MATCH (a:Person {id: r.personId}) MATCH (b:Organization {id: r.organizationId})
         CREATE (a)-[:${kind} {since: r.since, title: r.title, createdBy: $createdBy, createdAt: $now}]->(b)`,
        { bulk: true },
      ),
    ]),
  ) as Record<'MEMBER_OF' | 'WORKS_AT' | 'LEADS', CypherQuery<Batch, never>>,
  accountPeople: cypher<Batch, never>(
    'demo.accountPeople',
    'write',
    `UNWIND $rows AS r MATCH (a:Account {email: r.email}) SET a.personId = r.personId`,
  ),
  mous: cypher<Batch, never>(
    'demo.mous',
    'write',
    `UNWIND $rows AS r MATCH (o:Organization {id: r.id})
     SET o.mouStatus = r.status, o.mouSentOn = r.sentOn, o.mouSignedOn = r.signedOn, o.areaMiles = r.areaMiles`,
    {},
  ),
  campaignAsks: cypher<Batch, never>(
    'demo.campaignAsks',
    'write',
    `UNWIND $rows AS r MATCH (o:Organization {id: r.organizationId}) MATCH (c:Campaign {id: r.targetId}) MATCH (p:Person {id: r.askerId})
     CREATE (a:EndorsementAsk {id: r.id, status: r.status, nextStep: r.nextStep, notes: r.notes, askedOn: r.askedOn, decidedOn: r.decidedOn,
       region: r.region, version: 1, createdBy: r.createdBy, createdAt: r.createdAt, updatedAt: r.updatedAt})-[:ASKS]->(o)
     CREATE (a)-[:TO_ENDORSE]->(c)
     CREATE (a)-[:ASKED_BY]->(p)`,
    {},
  ),
  races: cypher<Batch, never>(
    'demo.races',
    'write',
    `UNWIND $rows AS r CREATE (:Race {id: r.id, name: r.name, sortKey: r.sortKey, electionDate: r.electionDate, zip: r.zip, areaMiles: r.areaMiles,
       region: r.region, version: 1, createdBy: r.createdBy, createdAt: r.createdAt, updatedAt: r.updatedAt})`,
  ),
  candidates: cypher<Batch, never>(
    'demo.candidates',
    'write',
    `UNWIND $rows AS r MATCH (x:Race {id: r.raceId})
     CREATE (:Candidate {id: r.id, name: r.name, party: r.party, createdBy: $createdBy, createdAt: $now, updatedAt: $now})-[:RUNS_IN]->(x)`,
  ),
  candidateAsks: cypher<Batch, never>(
    'demo.candidateAsks',
    'write',
    `UNWIND $rows AS r MATCH (o:Organization {id: r.organizationId}) MATCH (k:Candidate {id: r.targetId})
     CREATE (a:EndorsementAsk {id: r.id, status: r.status, nextStep: r.nextStep, notes: r.notes, askedOn: r.askedOn, decidedOn: r.decidedOn,
       region: r.region, version: 1, createdBy: r.createdBy, createdAt: r.createdAt, updatedAt: r.updatedAt})-[:ASKS]->(o)
     CREATE (a)-[:TO_ENDORSE]->(k)`,
    {},
  ),
  assessments: cypher<Batch, never>(
    'demo.assessments',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId})
     CREATE (:Assessment {id: r.id, theme: r.theme, level: r.level, assessedOn: r.assessedOn, notes: r.notes, createdBy: $createdBy, createdAt: $now, updatedAt: $now})-[:ASSESSES]->(p)`,
    {},
  ),
  mentors: cypher<Batch, never>(
    'demo.mentors',
    'write',
    `UNWIND $rows AS r MATCH (m:Person {id: r.mentorId}) MATCH (p:Person {id: r.menteeId})
     CREATE (m)-[:MENTORS {since: r.since, createdBy: $createdBy, createdAt: $now}]->(p)`,
    {},
  ),
};
