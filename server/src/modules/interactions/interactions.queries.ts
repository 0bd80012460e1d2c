import type { Params } from '../../graph/graph-store.port.js';
import { cypher } from '../../graph/query.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { PersonRecord } from '../people/models/person.model.js';
import type { FollowUpRecord, InteractionRecord } from './interaction.model.js';

type InteractionRow = { i: InteractionRecord };
type ParticipantRead = { p: PersonRecord; host: boolean | null };
type FollowUpRead = { f: FollowUpRecord; interactionId: string | null };
/** A pair's tie as tie strength keeps it: the interaction score at scoreAt, the last contact, how many meetings. */
type TieScoreRow = { a: string; b: string; score: number | null; scoreAt: string | null; lastContact: string | null; interactions: number | null };
type Pairs = { pairs: Array<{ a: string; b: string }> };
type ById = { id: string };

export const InteractionQueries = {
  create: cypher<Params, InteractionRow>(
    'interaction.create',
    'write',
    `CREATE (i:Interaction {id: $id, kind: $kind, date: $date, notes: $notes, region: $region, version: 1,
       createdBy: $viewerId, createdAt: $now, updatedAt: $now}) RETURN i`,
    { pages: ['id'] },
  ),
  participants: cypher<ById & { rows: Array<{ personId: string; host: boolean; forOrganizationId: string | null }> }, never>(
    'interaction.addParticipants',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId}) MATCH (i:Interaction {id: $id})
     CREATE (p)-[:PARTICIPATED {host: r.host, forOrganizationId: r.forOrganizationId}]->(i)`,
    { pages: ['id', 'rows.personId', 'rows.forOrganizationId'] },
  ),
  spokeFor: cypher<ById & { organizationIds: string[] }, never>(
    'interaction.spokeFor',
    'write',
    `UNWIND $organizationIds AS oid MATCH (i:Interaction {id: $id}) MATCH (o:Organization {id: oid}) CREATE (i)-[:SPOKE_FOR]->(o)`,
    { pages: ['id', 'organizationIds'] },
  ),
  followUps: cypher<Params, never>(
    'followUp.create',
    'write',
    `UNWIND $rows AS r MATCH (i:Interaction {id: $id})
     CREATE (f:FollowUp {id: r.id, text: r.text, dueDate: r.dueDate, done: false, doneAt: null, assigneeId: r.assigneeId,
       region: $region, createdBy: $viewerId, createdAt: $now, updatedAt: $now})-[:FOLLOWS_UP]->(i)`,
    { pages: ['id', 'rows.id'] },
  ),
  /** Creates missing ties first: on Neo4j this also locks each pair until commit, so concurrent logs add up. */
  touchTies: cypher<Pairs & { viewerId: string; now: string }, TieScoreRow>(
    'interaction.touchTies',
    'write',
    `UNWIND $pairs AS pr MATCH (a:Person {id: pr.a}) MATCH (b:Person {id: pr.b})
     MERGE (a)-[k:KNOWS]->(b)
     ON CREATE SET k.createdAt = $now, k.createdBy = $viewerId, k.interactions = 0
     SET k.updatedAt = $now
     RETURN pr.a AS a, pr.b AS b, k.score AS score, k.scoreAt AS scoreAt, k.lastContact AS lastContact, k.interactions AS interactions`,
    { people: ['pairs.a', 'pairs.b'], pages: ['pairs.a', 'pairs.b'] },
  ),
  setTieScores: cypher<Params, never>(
    'interaction.setTieScores',
    'write',
    `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]->(b)
     SET k.score = r.score, k.scoreAt = r.scoreAt, k.lastContact = r.lastContact, k.interactions = r.interactions`,
    { people: ['rows.a', 'rows.b'], pages: ['rows.a', 'rows.b'] },
  ),
  byId: cypher<Params, InteractionRow>('interaction.byId', 'read', `MATCH (i:Interaction {id: $id}) WHERE ($allRegions OR i.region IN $regions) RETURN i`),
  ofPerson: cypher<Params, InteractionRow>(
    'interaction.ofPerson',
    'read',
    `MATCH (:Person {id: $id})-[:PARTICIPATED]->(i:Interaction) WHERE ($allRegions OR i.region IN $regions)
     RETURN i ORDER BY i.date DESC, i.createdAt DESC LIMIT $limit`,
  ),
  people: cypher<Params, ParticipantRead>(
    'interaction.people',
    'read',
    `MATCH (p:Person)-[x:PARTICIPATED]->(i:Interaction {id: $id}) WHERE ($allRegions OR p.region IN $regions)
     RETURN p, x.host AS host ORDER BY p.sortKey`,
  ),
  organizations: cypher<Params, { o: OrganizationRecord }>(
    'interaction.organizations',
    'read',
    `MATCH (i:Interaction {id: $id})-[:SPOKE_FOR]->(o:Organization) WHERE ($allRegions OR o.region IN $regions) RETURN o ORDER BY o.sortKey`,
  ),
  followUpsOf: cypher<Params, FollowUpRead>(
    'followUp.ofInteraction',
    'read',
    `MATCH (f:FollowUp)-[:FOLLOWS_UP]->(i:Interaction {id: $id}) RETURN f, i.id AS interactionId ORDER BY f.dueDate`,
  ),
  mine: cypher<Params, FollowUpRead>(
    'followUp.mine',
    'read',
    `MATCH (f:FollowUp) WHERE f.assigneeId = $accountId AND ($includeDone OR f.done = false)
     OPTIONAL MATCH (f)-[:FOLLOWS_UP]->(i:Interaction)
     RETURN f, i.id AS interactionId ORDER BY f.done, f.dueDate LIMIT 500`,
  ),
  setDone: cypher<Params, { f: FollowUpRecord }>(
    'followUp.setDone',
    'write',
    `MATCH (f:FollowUp {id: $id}) WHERE f.assigneeId = $accountId OR $manager
     SET f.done = $done, f.doneAt = $doneAt, f.updatedAt = $now RETURN f`,
  ),
  /** Everyone who took part, in any region: a correction keeps those the editor cannot see. */
  allPeople: cypher<Params, ParticipantRead>(
    'interaction.allPeople',
    'read',
    `MATCH (p:Person)-[x:PARTICIPATED]->(i:Interaction {id: $id}) RETURN p, x.host AS host ORDER BY p.id`,
  ),
  /** Compare-and-set on the version the editor saw: no row back means someone changed (or deleted) it since. */
  correct: cypher<Params, InteractionRow>(
    'interaction.correct',
    'write',
    `MATCH (i:Interaction {id: $id}) WHERE i.version = $version
     SET i.kind = $kind, i.date = $date, i.notes = $notes, i.region = $region, i.version = i.version + 1, i.updatedAt = $now
     RETURN i`,
  ),
  /** Its people and organizations go; the corrected ones are added as a new meeting's are (participants, spokeFor). */
  unlink: cypher<ById, never>('interaction.unlink', 'write', `MATCH (i:Interaction {id: $id}) OPTIONAL MATCH (i)<-[x:PARTICIPATED]-(:Person) DELETE x`, {}),
  unlinkOrganizations: cypher<ById, never>(
    'interaction.unlinkOrganizations',
    'write',
    `MATCH (i:Interaction {id: $id}) OPTIONAL MATCH (i)-[s:SPOKE_FOR]->(:Organization) DELETE s`,
    {},
  ),
  /** Takes the meeting at the version the user saw (the write locks it on Neo4j until commit); no row: changed since. */
  claim: cypher<Params, InteractionRow>(
    'interaction.claim',
    'write',
    `MATCH (i:Interaction {id: $id}) WHERE i.version = $version SET i.version = i.version + 1 RETURN i`,
  ),
  /** The meeting and its follow-ups. */
  delete: cypher<ById, never>(
    'interaction.delete',
    'write',
    `MATCH (i:Interaction {id: $id}) OPTIONAL MATCH (f:FollowUp)-[:FOLLOWS_UP]->(i) DETACH DELETE f, i`,
  ),
  /** The ties of pairs a correction takes a contact from (a tie removed by hand since is not returned). */
  ties: cypher<Pairs, TieScoreRow>(
    'interaction.ties',
    'read',
    `UNWIND $pairs AS pr MATCH (a:Person {id: pr.a}) MATCH (b:Person {id: pr.b}) MATCH (a)-[k:KNOWS]->(b)
     RETURN pr.a AS a, pr.b AS b, k.score AS score, k.scoreAt AS scoreAt, k.lastContact AS lastContact, k.interactions AS interactions`,
  ),
  /** The latest meeting each pair still shares. */
  lastShared: cypher<Pairs, { a: string; b: string; last: string | null }>(
    'interaction.lastShared',
    'read',
    `UNWIND $pairs AS pr MATCH (a:Person {id: pr.a}) MATCH (b:Person {id: pr.b}) MATCH (a)-[:PARTICIPATED]->(i:Interaction)<-[:PARTICIPATED]-(b)
     RETURN pr.a AS a, pr.b AS b, max(i.date) AS last`,
  ),
  /** lastContact '' stands for none (a list of parameters all null has no type on the embedded engine). */
  resetTies: cypher<Params, never>(
    'interaction.resetTies',
    'write',
    {
      embedded: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]->(b)
     SET k.score = r.score, k.scoreAt = r.scoreAt, k.interactions = r.interactions, k.updatedAt = $now,
         k.lastContact = CASE WHEN r.lastContact = '' THEN CAST(NULL AS STRING) ELSE r.lastContact END`,
      neo4j: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]->(b)
     SET k.score = r.score, k.scoreAt = r.scoreAt, k.interactions = r.interactions, k.updatedAt = $now,
         k.lastContact = CASE WHEN r.lastContact = '' THEN null ELSE r.lastContact END`,
    },
    { people: ['rows.a', 'rows.b'] },
  ),
  /** Ties no logged meeting scores any more. */
  clearTieScores: cypher<Params, never>(
    'interaction.clearTieScores',
    'write',
    {
      embedded: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]->(b)
     SET k.score = CAST(NULL AS DOUBLE), k.scoreAt = CAST(NULL AS STRING), k.interactions = r.interactions, k.updatedAt = $now,
         k.lastContact = CASE WHEN r.lastContact = '' THEN CAST(NULL AS STRING) ELSE r.lastContact END`,
      neo4j: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]->(b)
     SET k.score = null, k.scoreAt = null, k.interactions = r.interactions, k.updatedAt = $now,
         k.lastContact = CASE WHEN r.lastContact = '' THEN null ELSE r.lastContact END`,
    },
    { people: ['rows.a', 'rows.b'] },
  ),
  /**
   * Ties only logged meetings made, with none left: as if never logged. A tie anyone set by hand (strength,
   * context, dates) or an import made stays.
   */
  dropEmptyTies: cypher<Pairs, never>(
    'interaction.dropEmptyTies',
    'write',
    `UNWIND $pairs AS pr MATCH (a:Person {id: pr.a}) MATCH (b:Person {id: pr.b}) MATCH (a)-[k:KNOWS]->(b)
     WHERE coalesce(k.interactions, 0) = 0 AND k.strength IS NULL AND k.context IS NULL AND k.since IS NULL AND k.until IS NULL AND k.importId IS NULL
     DELETE k`,
    { people: ['pairs.a', 'pairs.b'] },
  ),
  teamProgress: cypher<ById & { since: string }, { id: string; date: string; kind: string }>(
    'interaction.teamProgress',
    'read',
    `MATCH (p:Person)-[:MEMBER_OF]->(:Team {id: $id})
     MATCH (p)-[x:PARTICIPATED]->(i:Interaction)
     WHERE x.host = true AND i.date >= $since AND i.kind IN ['ONE_TO_ONE', 'HOUSE_MEETING', 'RESEARCH_ACTION']
     RETURN DISTINCT i.id AS id, i.date AS date, i.kind AS kind`,
  ),
};
