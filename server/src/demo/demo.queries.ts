import { cypher, type CypherQuery } from '../graph/query.js';

/** Batched loads for the demo coalition: one request per kind of thing, never one per row. */
export const DemoQueries = {
  regions: cypher('demo.regions', 'write', `UNWIND $rows AS r CREATE (:Region {id: r.id, name: r.name})`),
  accounts: cypher(
    'demo.accounts',
    'write',
    `UNWIND $rows AS r CREATE (:Account {id: r.id, email: r.email, displayName: r.displayName, passwordHash: r.passwordHash,
       role: r.role, regions: r.regions, allRegions: r.allRegions, disabled: false, createdAt: r.createdAt})`,
  ),
  organizations: cypher(
    'demo.organizations',
    'write',
    `UNWIND $rows AS r CREATE (:Organization {id: r.id, name: r.name, sortKey: r.sortKey, searchPublic: r.searchPublic,
       type: r.type, issueAreas: r.issueAreas, ledBy: r.ledBy, zip: r.zip, region: r.region, website: r.website,
       notes: r.notes, version: r.version, createdBy: r.createdBy, createdAt: r.createdAt, updatedAt: r.updatedAt})`,
  ),
  people: cypher(
    'demo.people',
    'write',
    `UNWIND $rows AS r CREATE (:Person {id: r.id, name: r.name, sortKey: r.sortKey, searchPublic: r.searchPublic,
       searchContact: r.searchContact, emails: r.emails, phones: r.phones, zip: r.zip, region: r.region, kinds: r.kinds,
       tags: r.tags, notes: r.notes, assignees: r.assignees, version: r.version, createdBy: r.createdBy,
       createdAt: r.createdAt, updatedAt: r.updatedAt})`,
  ),
  knows: cypher(
    'demo.knows',
    'write',
    `UNWIND $rows AS r MATCH (a:Person {id: r.fromId}), (b:Person {id: r.toId})
     CREATE (a)-[:KNOWS {strength: r.strength, context: r.context, since: r.since, createdBy: $createdBy, createdAt: $now, updatedAt: $now}]->(b)`,
  ),
  affiliations: Object.fromEntries(
    (['MEMBER_OF', 'WORKS_AT', 'LEADS'] as const).map((kind) => [
      kind,
      cypher(
        `demo.affiliations.${kind}`,
        'write',
        `UNWIND $rows AS r MATCH (a:Person {id: r.personId}), (b:Organization {id: r.organizationId})
         CREATE (a)-[:${kind} {since: r.since, title: r.title, createdBy: $createdBy, createdAt: $now}]->(b)`,
      ),
    ]),
  ) as Record<'MEMBER_OF' | 'WORKS_AT' | 'LEADS', CypherQuery>,
};
