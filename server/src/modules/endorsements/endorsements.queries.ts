import { cypher, type RegionScope } from '../../graph/query.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { EndorsementAskRecord, EndorsementAskRow, EndorsementStatus, RaceRecord } from './endorsement.model.js';

/** What the ask form saves. */
export type AskFields = {
  status: EndorsementStatus;
  nextStep: string | null;
  notes: string | null;
  askedOn: string | null;
  decidedOn: string | null;
};

/** An ask with the ids of the organization asked, what it is for and who asks (see LINKS). */
export type AskWithLinks = { a: EndorsementAskRecord } & Omit<EndorsementAskRow, keyof EndorsementAskRecord>;
/** A candidate as stored. */
export type CandidateRecord = { id: string; name: string; party: string | null };
/** A race's fields as its form saves them. */
export type RaceFields = Omit<RaceRecord, 'version' | 'createdAt'> & { sortKey: string };

type ById = { id: string };
type Created = { viewerId: string; now: string };
type Scoped = RegionScope & ById;

const IN_SCOPE = `($allRegions OR a.region IN $regions)`;
/** An ask is seen when both it (its campaign's or race's region) and the organization asked are in the viewer's regions. */
const SEEN = `${IN_SCOPE} AND ($allRegions OR o.region IN $regions)`;
const LINKS = `
  OPTIONAL MATCH (a)-[:TO_ENDORSE]->(c:Campaign)
  OPTIONAL MATCH (a)-[:TO_ENDORSE]->(k:Candidate)
  OPTIONAL MATCH (a)-[:ASKED_BY]->(p:Person)
  RETURN a, o.id AS organizationId, c.id AS campaignId, k.id AS candidateId, p.id AS askerId`;

export const EndorsementQueries = {
  create: cypher<AskFields & ById & Created & { region: string; organizationId: string }, ById>(
    'endorsement.create',
    'write',
    `MATCH (o:Organization {id: $organizationId})
     CREATE (a:EndorsementAsk {id: $id, status: $status, nextStep: $nextStep, notes: $notes, askedOn: $askedOn, decidedOn: $decidedOn,
       region: $region, version: 1, createdBy: $viewerId, createdAt: $now, updatedAt: $now})-[:ASKS]->(o)
     RETURN a.id AS id`,
    { pages: ['id', 'organizationId'] },
  ),
  linkCampaign: cypher<ById & { targetId: string }, never>('endorsement.linkCampaign', 'write', `MATCH (a:EndorsementAsk {id: $id}) MATCH (c:Campaign {id: $targetId}) CREATE (a)-[:TO_ENDORSE]->(c)`, { pages: ['id', 'targetId'] }),
  linkCandidate: cypher<ById & { targetId: string }, never>('endorsement.linkCandidate', 'write', `MATCH (a:EndorsementAsk {id: $id}) MATCH (k:Candidate {id: $targetId}) CREATE (a)-[:TO_ENDORSE]->(k)`, { pages: ['id', 'targetId'] }),
  unlinkAsker: cypher<ById, never>('endorsement.unlinkAsker', 'write', `MATCH (a:EndorsementAsk {id: $id})-[r:ASKED_BY]->(:Person) DELETE r`, { pages: ['id'] }),
  linkAsker: cypher<ById & { askerId: string }, never>('endorsement.linkAsker', 'write', `MATCH (a:EndorsementAsk {id: $id}) MATCH (p:Person {id: $askerId}) CREATE (a)-[:ASKED_BY]->(p)`, { pages: ['id', 'askerId'] }),
  update: cypher<Scoped & AskFields & { version: number; now: string }, ById>(
    'endorsement.update',
    'write',
    `MATCH (a:EndorsementAsk {id: $id}) WHERE ${IN_SCOPE} AND a.version = $version
     SET a.status = $status, a.nextStep = $nextStep, a.notes = $notes, a.askedOn = $askedOn, a.decidedOn = $decidedOn,
         a.updatedAt = $now, a.version = a.version + 1
     RETURN a.id AS id`,
    { pages: ['id'] },
  ),
  remove: cypher<Scoped, { removed: number }>('endorsement.remove', 'write', `MATCH (a:EndorsementAsk {id: $id}) WHERE ${IN_SCOPE} DETACH DELETE a RETURN 1 AS removed`),
  byId: cypher<Scoped, AskWithLinks>('endorsement.byId', 'read', `MATCH (a:EndorsementAsk {id: $id})-[:ASKS]->(o:Organization) WHERE ${SEEN} ${LINKS}`),
  byCampaign: cypher<RegionScope & { campaignId: string }, AskWithLinks>(
    'endorsement.byCampaign',
    'read',
    `MATCH (a:EndorsementAsk)-[:TO_ENDORSE]->(:Campaign {id: $campaignId}) MATCH (a)-[:ASKS]->(o:Organization) WHERE ${SEEN}
     WITH a, o ORDER BY o.sortKey, a.createdAt LIMIT 2000 ${LINKS}`,
  ),
  byCandidate: cypher<RegionScope & { candidateId: string }, AskWithLinks>(
    'endorsement.byCandidate',
    'read',
    `MATCH (a:EndorsementAsk)-[:TO_ENDORSE]->(:Candidate {id: $candidateId}) MATCH (a)-[:ASKS]->(o:Organization) WHERE ${SEEN}
     WITH a, o ORDER BY o.sortKey, a.createdAt LIMIT 2000 ${LINKS}`,
  ),
  byOrganization: cypher<RegionScope & { organizationId: string }, AskWithLinks>(
    'endorsement.byOrganization',
    'read',
    `MATCH (a:EndorsementAsk)-[:ASKS]->(o:Organization {id: $organizationId}) WHERE ${SEEN}
     WITH a, o ORDER BY a.updatedAt DESC LIMIT 2000 ${LINKS}`,
  ),
  /** Whether the organization already has an open ask for this campaign or candidate (one ask each). */
  existing: cypher<{ organizationId: string; targetId: string }, ById>(
    'endorsement.existing',
    'read',
    `MATCH (a:EndorsementAsk)-[:ASKS]->(o:Organization {id: $organizationId}) MATCH (a)-[:TO_ENDORSE]->(t) WHERE t.id = $targetId RETURN a.id AS id`,
  ),

  createRace: cypher<RaceFields & Created, ById>(
    'race.create',
    'write',
    `CREATE (r:Race {id: $id, name: $name, sortKey: $sortKey, electionDate: $electionDate, zip: $zip, areaMiles: $areaMiles, region: $region,
       version: 1, createdBy: $viewerId, createdAt: $now, updatedAt: $now}) RETURN r.id AS id`,
  ),
  updateRace: cypher<RegionScope & RaceFields & { version: number; now: string }, ById>(
    'race.update',
    'write',
    `MATCH (r:Race {id: $id}) WHERE ($allRegions OR r.region IN $regions) AND r.version = $version
     SET r.name = $name, r.sortKey = $sortKey, r.electionDate = $electionDate, r.zip = $zip, r.areaMiles = $areaMiles, r.region = $region,
         r.updatedAt = $now, r.version = r.version + 1
     RETURN r.id AS id`,
  ),
  race: cypher<Scoped, { r: RaceRecord }>('race.byId', 'read', `MATCH (r:Race {id: $id}) WHERE ($allRegions OR r.region IN $regions) RETURN r`),
  races: cypher<RegionScope & { regionId: string }, { r: RaceRecord }>(
    'race.list',
    'read',
    `MATCH (r:Race) WHERE ($allRegions OR r.region IN $regions) AND ($regionId = '' OR r.region = $regionId)
     RETURN r ORDER BY r.electionDate DESC, r.sortKey LIMIT 500`,
  ),
  addCandidate: cypher<RegionScope & CandidateRecord & Created & { raceId: string }, ById>(
    'candidate.create',
    'write',
    `MATCH (r:Race {id: $raceId}) WHERE ($allRegions OR r.region IN $regions)
     CREATE (k:Candidate {id: $id, name: $name, party: $party, createdBy: $viewerId, createdAt: $now, updatedAt: $now})-[:RUNS_IN]->(r)
     RETURN k.id AS id`,
  ),
  candidates: cypher<{ raceIds: string[] }, { k: CandidateRecord; raceId: string }>(
    'candidate.ofRaces',
    'read',
    `MATCH (k:Candidate)-[:RUNS_IN]->(r:Race) WHERE r.id IN $raceIds RETURN k, r.id AS raceId ORDER BY k.name`,
  ),
  candidate: cypher<Scoped, { k: CandidateRecord; raceId: string; region: string }>(
    'candidate.byId',
    'read',
    `MATCH (k:Candidate {id: $id})-[:RUNS_IN]->(r:Race) WHERE ($allRegions OR r.region IN $regions) RETURN k, r.id AS raceId, r.region AS region`,
  ),
  /** Every candidate endorsement in a race, whatever the viewer's scope: tallies count all groups; lists show only what the viewer may see. */
  raceEndorsements: cypher<ById, { candidateId: string; o: OrganizationRecord }>(
    'race.endorsements',
    'read',
    `MATCH (a:EndorsementAsk {status: 'ENDORSED'})-[:TO_ENDORSE]->(k:Candidate)-[:RUNS_IN]->(:Race {id: $id})
     MATCH (a)-[:ASKS]->(o:Organization)
     RETURN k.id AS candidateId, o`,
  ),
  /** Affiliate groups in an area: within the given zip codes, or the whole region when no zip codes are given. */
  groupsInArea: cypher<{ useZips: boolean; zips: string[]; region: string }, ById>(
    'race.groupsInArea',
    'read',
    `MATCH (o:Organization) WHERE o.type = 'AFFILIATE_GROUP' AND (($useZips AND o.zip IN $zips) OR (NOT $useZips AND o.region = $region))
     RETURN o.id AS id`,
  ),
};
