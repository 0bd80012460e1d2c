import { cypher, type CypherQuery, type Params } from '../../graph/query.js';
import type { EndorsementStatus } from '../endorsements/endorsement.model.js';

const AFFILIATIONS = 'MEMBER_OF|WORKS_AT|LEADS';
const CURRENT = (r: string) => `(${r}.until IS NULL OR ${r}.until > $today)`;
const both = (text: (label: string) => string) => ({ embedded: text('label'), neo4j: text('type') });
/** Labels the two ends of INFLUENCES and PLACED_ON may have; each has its own text because labels are not parameters. */
export const RECORD_LABELS = ['Person', 'Organization'] as const;
export type RecordLabel = (typeof RECORD_LABELS)[number];
const perLabel = <P extends Params, R>(f: (label: RecordLabel) => CypherQuery<P, R>) =>
  Object.fromEntries(RECORD_LABELS.map((l) => [l, f(l)])) as Record<RecordLabel, CypherQuery<P, R>>;
const RECORD = (x: string) => `${x}.id AS id, ${x}.name AS name, ${x}.region AS region`;

/** How a person is tied to an organization: the relationship's type, as both dialects name it. */
export type AffiliationType = 'MEMBER_OF' | 'WORKS_AT' | 'LEADS';
/** A record on the map (RECORD's columns). */
export type MapRecordRow = { id: string; name: string | null; region: string | null };
/** An endorsement ask of the campaign, with the organization asked and who asks (none: nulls). */
export type AskRow = {
  organizationId: string;
  organizationName: string | null;
  organizationRegion: string | null;
  id: string;
  status: EndorsementStatus;
  nextStep: string | null;
  askerId: string | null;
  askerName: string | null;
  askerRegion: string | null;
};
type Target = { targetId: string; today: string };
type OfCampaign = { campaignId: string };
type Influence = { fromId: string; personId: string };
type Placement = { recordId: string; campaignId: string };
type Recorded = { viewerId: string; now: string };

/** All Cypher of power maps: who sits around a campaign's target, their asks and roles, and the leaders' placements. */
export const PowerMapQueries = {
  /** People who know the target person, with the tie (its hand-set strength and interaction score). */
  knowsTarget: cypher<Target, MapRecordRow & { strength: number | null; score: number | null; scoreAt: string | null }>(
    'powermap.knowsTarget',
    'read',
    `MATCH (t:Person {id: $targetId})-[k:KNOWS]-(p:Person) WHERE ${CURRENT('k')}
     RETURN ${RECORD('p')}, k.strength AS strength, k.score AS score, k.scoreAt AS scoreAt`,
  ),
  /** Organizations the target person belongs to, works at or leads. */
  affiliationsOfTargetPerson: cypher<Target, MapRecordRow & { kind: AffiliationType }>('powermap.affiliationsOfTargetPerson', 'read', both((fn) =>
    `MATCH (t:Person {id: $targetId})-[r:${AFFILIATIONS}]->(o:Organization) WHERE ${CURRENT('r')}
     RETURN ${RECORD('o')}, ${fn}(r) AS kind`)),
  /** People who belong to, work at or lead the target organization. */
  affiliationsOfTargetOrganization: cypher<Target, MapRecordRow & { kind: AffiliationType }>('powermap.affiliationsOfTargetOrganization', 'read', both((fn) =>
    `MATCH (p:Person)-[r:${AFFILIATIONS}]->(o:Organization {id: $targetId}) WHERE ${CURRENT('r')}
     RETURN ${RECORD('p')}, ${fn}(r) AS kind`)),
  /** Who is recorded as influencing the target person. */
  influencers: perLabel((label) => cypher<{ targetId: string }, MapRecordRow & { strength: number; note: string | null }>(
    `powermap.influencers.${label}`,
    'read',
    `MATCH (x:${label})-[i:INFLUENCES]->(:Person {id: $targetId}) RETURN ${RECORD('x')}, i.strength AS strength, i.note AS note`,
  )),
  /** Records placed by hand on the campaign's power map. */
  placements: perLabel((label) => cypher<OfCampaign, MapRecordRow & { stance: number | null; influence: number | null; placedBy: string; placedAt: string }>(
    `powermap.placements.${label}`,
    'read',
    `MATCH (x:${label})-[p:PLACED_ON]->(:Campaign {id: $campaignId})
     RETURN ${RECORD('x')}, p.stance AS stance, p.influence AS influence, p.placedBy AS placedBy, p.placedAt AS placedAt`,
  )),
  /** The campaign's endorsement asks, with who makes each. */
  asks: cypher<OfCampaign, AskRow>(
    'powermap.asks',
    'read',
    `MATCH (a:EndorsementAsk)-[:TO_ENDORSE]->(:Campaign {id: $campaignId}) MATCH (a)-[:ASKS]->(o:Organization)
     OPTIONAL MATCH (a)-[:ASKED_BY]->(p:Person)
     RETURN o.id AS organizationId, o.name AS organizationName, o.region AS organizationRegion, a.id AS id, a.status AS status, a.nextStep AS nextStep, p.id AS askerId, p.name AS askerName, p.region AS askerRegion`,
  ),
  partners: cypher<OfCampaign, MapRecordRow>('powermap.partners', 'read', `MATCH (o:Organization)-[:PARTNER_IN]->(:Campaign {id: $campaignId}) RETURN ${RECORD('o')}`),
  /** Active connectors of the campaign and the organization each is connector for (seed 003). */
  connectors: cypher<OfCampaign & { today: string }, MapRecordRow & { organizationId: string }>(
    'powermap.connectors',
    'read',
    `MATCH (p:Person)-[r:HOLDS_ROLE]->(:Campaign {id: $campaignId})
     WHERE r.role = 'CONNECTOR' AND r.organizationId IS NOT NULL AND (r.endDate IS NULL OR r.endDate >= $today)
     RETURN r.organizationId AS organizationId, p.id AS id, p.name AS name, p.region AS region`,
  ),
  /** The organizations the given people belong to, work at or lead: a person leans as their organizations decided. */
  organizationsOf: cypher<{ ids: string[]; today: string }, { personId: string; organizationId: string }>(
    'powermap.organizationsOf',
    'read',
    `UNWIND $ids AS pid MATCH (p:Person {id: pid})-[r:${AFFILIATIONS}]->(o:Organization) WHERE ${CURRENT('r')}
     RETURN pid AS personId, o.id AS organizationId`,
  ),
  /** The accounts assigned to the given people (their connectors in the app). */
  assignees: cypher<{ ids: string[] }, { id: string; assignees: string[] | null }>('powermap.assignees', 'read', `UNWIND $ids AS pid MATCH (p:Person {id: pid}) RETURN p.id AS id, p.assignees AS assignees`),

  record: perLabel((label) => cypher<{ id: string }, MapRecordRow>(`powermap.record.${label}`, 'read', `MATCH (x:${label} {id: $id}) RETURN ${RECORD('x')}`)),
  influence: perLabel((label) => cypher<Influence, { strength: number; note: string | null }>(
    `powermap.influence.${label}`,
    'read',
    `MATCH (x:${label} {id: $fromId})-[i:INFLUENCES]->(t:Person {id: $personId}) RETURN i.strength AS strength, i.note AS note`,
  )),
  createInfluence: perLabel((label) => cypher<Influence & Recorded & { strength: number; note: string | null }, never>(
    `powermap.createInfluence.${label}`,
    'write',
    `MATCH (x:${label} {id: $fromId}) MATCH (t:Person {id: $personId})
     CREATE (x)-[:INFLUENCES {strength: $strength, note: $note, createdBy: $viewerId, createdAt: $now, updatedAt: $now}]->(t)`,
    {},
  )),
  updateInfluence: perLabel((label) => cypher<Influence & Recorded & { strength: number; note: string | null }, never>(
    `powermap.updateInfluence.${label}`,
    'write',
    `MATCH (x:${label} {id: $fromId})-[i:INFLUENCES]->(t:Person {id: $personId}) SET i.strength = $strength, i.note = $note, i.updatedAt = $now`,
    {},
  )),
  removeInfluence: perLabel((label) => cypher<Influence, { removed: number }>(
    `powermap.removeInfluence.${label}`,
    'write',
    `MATCH (x:${label} {id: $fromId})-[i:INFLUENCES]->(t:Person {id: $personId}) DELETE i RETURN 1 AS removed`,
    {},
  )),
  placement: perLabel((label) => cypher<Placement, { stance: number | null; influence: number | null }>(
    `powermap.placement.${label}`,
    'read',
    `MATCH (x:${label} {id: $recordId})-[p:PLACED_ON]->(:Campaign {id: $campaignId}) RETURN p.stance AS stance, p.influence AS influence`,
  )),
  createPlacement: perLabel((label) => cypher<Placement & Recorded & { stance: number | null; influence: number | null }, never>(
    `powermap.createPlacement.${label}`,
    'write',
    `MATCH (x:${label} {id: $recordId}) MATCH (c:Campaign {id: $campaignId})
     CREATE (x)-[:PLACED_ON {stance: $stance, influence: $influence, placedBy: $viewerId, placedAt: $now}]->(c)`,
    {},
  )),
  updatePlacement: perLabel((label) => cypher<Placement & Recorded & { stance: number | null; influence: number | null }, never>(
    `powermap.updatePlacement.${label}`,
    'write',
    `MATCH (x:${label} {id: $recordId})-[p:PLACED_ON]->(:Campaign {id: $campaignId})
     SET p.stance = $stance, p.influence = $influence, p.placedBy = $viewerId, p.placedAt = $now`,
    {},
  )),
  removePlacement: perLabel((label) => cypher<Placement, never>(
    `powermap.removePlacement.${label}`,
    'write',
    `MATCH (x:${label} {id: $recordId})-[p:PLACED_ON]->(:Campaign {id: $campaignId}) DELETE p`,
    {},
  )),
};
