import { cypher } from '../../graph/query.js';

export const InteractionQueries = {
  create: cypher(
    'interaction.create',
    'write',
    `CREATE (i:Interaction {id: $id, kind: $kind, date: $date, notes: $notes, region: $region, version: 1,
       createdBy: $viewerId, createdAt: $now, updatedAt: $now}) RETURN i`,
  ),
  participants: cypher(
    'interaction.addParticipants',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId}) MATCH (i:Interaction {id: $id})
     CREATE (p)-[:PARTICIPATED {host: r.host, forOrganizationId: r.forOrganizationId}]->(i)`,
    {},
  ),
  spokeFor: cypher(
    'interaction.spokeFor',
    'write',
    `UNWIND $organizationIds AS oid MATCH (i:Interaction {id: $id}) MATCH (o:Organization {id: oid}) CREATE (i)-[:SPOKE_FOR]->(o)`,
    {},
  ),
  followUps: cypher(
    'followUp.create',
    'write',
    `UNWIND $rows AS r MATCH (i:Interaction {id: $id})
     CREATE (f:FollowUp {id: r.id, text: r.text, dueDate: r.dueDate, done: false, doneAt: null, assigneeId: r.assigneeId,
       region: $region, createdBy: $viewerId, createdAt: $now, updatedAt: $now})-[:FOLLOWS_UP]->(i)`,
  ),
  /** Creates missing ties first: on Neo4j this also locks each pair until commit, so concurrent logs add up. */
  touchTies: cypher(
    'interaction.touchTies',
    'write',
    `UNWIND $pairs AS pr MATCH (a:Person {id: pr.a}) MATCH (b:Person {id: pr.b})
     MERGE (a)-[k:KNOWS]->(b)
     ON CREATE SET k.createdAt = $now, k.createdBy = $viewerId, k.interactions = 0
     SET k.updatedAt = $now
     RETURN pr.a AS a, pr.b AS b, k.score AS score, k.scoreAt AS scoreAt, k.lastContact AS lastContact, k.interactions AS interactions`,
    { people: ['pairs.a', 'pairs.b'] },
  ),
  setTieScores: cypher(
    'interaction.setTieScores',
    'write',
    `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]->(b)
     SET k.score = r.score, k.scoreAt = r.scoreAt, k.lastContact = r.lastContact, k.interactions = r.interactions`,
    { people: ['rows.a', 'rows.b'] },
  ),
  byId: cypher('interaction.byId', 'read', `MATCH (i:Interaction {id: $id}) WHERE ($allRegions OR i.region IN $regions) RETURN i`),
  ofPerson: cypher(
    'interaction.ofPerson',
    'read',
    `MATCH (:Person {id: $id})-[:PARTICIPATED]->(i:Interaction) WHERE ($allRegions OR i.region IN $regions)
     RETURN i ORDER BY i.date DESC, i.createdAt DESC LIMIT $limit`,
  ),
  people: cypher(
    'interaction.people',
    'read',
    `MATCH (p:Person)-[x:PARTICIPATED]->(i:Interaction {id: $id}) WHERE ($allRegions OR p.region IN $regions)
     RETURN p, x.host AS host ORDER BY p.sortKey`,
  ),
  organizations: cypher(
    'interaction.organizations',
    'read',
    `MATCH (i:Interaction {id: $id})-[:SPOKE_FOR]->(o:Organization) WHERE ($allRegions OR o.region IN $regions) RETURN o ORDER BY o.sortKey`,
  ),
  followUpsOf: cypher(
    'followUp.ofInteraction',
    'read',
    `MATCH (f:FollowUp)-[:FOLLOWS_UP]->(i:Interaction {id: $id}) RETURN f, i.id AS interactionId ORDER BY f.dueDate`,
  ),
  mine: cypher(
    'followUp.mine',
    'read',
    `MATCH (f:FollowUp) WHERE f.assigneeId = $accountId AND ($includeDone OR f.done = false)
     OPTIONAL MATCH (f)-[:FOLLOWS_UP]->(i:Interaction)
     RETURN f, i.id AS interactionId ORDER BY f.done, f.dueDate LIMIT 500`,
  ),
  setDone: cypher(
    'followUp.setDone',
    'write',
    `MATCH (f:FollowUp {id: $id}) WHERE f.assigneeId = $accountId OR $manager
     SET f.done = $done, f.doneAt = $doneAt, f.updatedAt = $now RETURN f`,
  ),
  teamProgress: cypher(
    'interaction.teamProgress',
    'read',
    `MATCH (p:Person)-[:MEMBER_OF]->(:Team {id: $id})
     MATCH (p)-[x:PARTICIPATED]->(i:Interaction)
     WHERE x.host = true AND i.date >= $since AND i.kind IN ['ONE_TO_ONE', 'HOUSE_MEETING', 'RESEARCH_ACTION']
     RETURN DISTINCT i.id AS id, i.date AS date, i.kind AS kind`,
  ),
};
