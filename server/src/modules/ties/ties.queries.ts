import type { Params } from '../../graph/graph-store.port.js';
import { cypher, type CypherQuery } from '../../graph/query.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { PersonRecord } from '../people/models/person.model.js';
import { AffiliationKind } from './models/tie.model.js';

export interface KnowsRecord {
  strength: number | null;
  context: string | null;
  since: string | null;
  until?: string | null;
  score?: number | null;
  scoreAt?: string | null;
  lastContact?: string | null;
  interactions?: number | null;
}

export interface AffiliationRecord {
  since: string | null;
  until?: string | null;
  title: string | null;
}

type Tie = { person: PersonRecord; tie: KnowsRecord };
type OfOrganization = { organization: OrganizationRecord; rel: AffiliationRecord; kind: AffiliationKind };
type Removed = { removed: number };

const BOTH_IN_SCOPE = `($allRegions OR a.region IN $regions) AND ($allRegions OR b.region IN $regions)`;
const AFFILIATION_TYPES = Object.values(AffiliationKind).join('|');

/**
 * "Knows" is mutual: it is stored once, from the person with the smaller id, and read in both directions.
 * Relationship types are not parameters in Cypher, so each affiliation kind has its own declared text
 * (built from the enum, never from a request).
 */
export const TieQueries = {
  /**
   * Ties of one person, whoever the other is: the repository keeps those in the viewer's regions. Read unscoped so
   * a kept answer shows every record it depends on (read-cache.ts drops it when any of them changes, a region too).
   */
  knowsOf: cypher<{ id: string }, Tie>(
    'tie.knowsOf',
    'read',
    `MATCH (p:Person {id: $id})-[k:KNOWS]-(o:Person)
     RETURN o AS person, k AS tie`,
    { cached: true, record: 'id' },
  ),
  /** Ties of several people in one read (a page listing people with their ties); `of` says whose. */
  knowsOfPeople: cypher<Params, Tie & { of: string }>(
    'tie.knowsOfPeople',
    'read',
    `UNWIND $ids AS of
     MATCH (p:Person {id: of})-[k:KNOWS]-(o:Person)
     WHERE ($allRegions OR o.region IN $regions)
     RETURN of, o AS person, k AS tie`,
    { cached: true },
  ),
  setKnows: cypher<Params, { tie: KnowsRecord }>(
    'tie.setKnows',
    'write',
    `MATCH (a:Person {id: $fromId}) MATCH (b:Person {id: $toId})
     WHERE ${BOTH_IN_SCOPE}
     MERGE (a)-[k:KNOWS]->(b)
     ON CREATE SET k.createdAt = $now, k.createdBy = $viewerId
     SET k.strength = $strength, k.context = $context, k.since = $since, k.until = $until, k.updatedAt = $now
     RETURN k AS tie`,
    { people: ['fromId', 'toId'], pages: ['fromId', 'toId'] },
  ),
  removeKnows: cypher<Params, Removed>(
    'tie.removeKnows',
    'write',
    `MATCH (a:Person {id: $fromId})-[k:KNOWS]->(b:Person {id: $toId})
     WHERE ${BOTH_IN_SCOPE}
     DELETE k RETURN 1 AS removed`,
    { people: ['fromId', 'toId'], pages: ['fromId', 'toId'] },
  ),
  /** Affiliations of one person, every organization's region: the repository keeps the viewer's (as knowsOf). */
  affiliationsOfPerson: cypher<{ id: string }, OfOrganization>(
    'affiliation.ofPerson',
    'read',
    {
      embedded: `MATCH (p:Person {id: $id})-[r:${AFFILIATION_TYPES}]->(o:Organization)
               RETURN o AS organization, r AS rel, label(r) AS kind ORDER BY o.sortKey`,
      neo4j: `MATCH (p:Person {id: $id})-[r:${AFFILIATION_TYPES}]->(o:Organization)
            RETURN o AS organization, r AS rel, type(r) AS kind ORDER BY o.sortKey`,
    },
    { cached: true, record: 'id' },
  ),
  affiliationsOfPeople: cypher<Params, OfOrganization & { of: string }>(
    'affiliation.ofPeople',
    'read',
    {
      embedded: `UNWIND $ids AS of
               MATCH (p:Person {id: of})-[r:${AFFILIATION_TYPES}]->(o:Organization)
               WHERE ($allRegions OR o.region IN $regions)
               RETURN of, o AS organization, r AS rel, label(r) AS kind ORDER BY o.sortKey`,
      neo4j: `UNWIND $ids AS of
            MATCH (p:Person {id: of})-[r:${AFFILIATION_TYPES}]->(o:Organization)
            WHERE ($allRegions OR o.region IN $regions)
            RETURN of, o AS organization, r AS rel, type(r) AS kind ORDER BY o.sortKey`,
    },
    { cached: true },
  ),
  /** The people of one organization, every person's region: the repository keeps the viewer's (as knowsOf). */
  affiliationsOfOrganization: cypher<{ id: string }, { person: PersonRecord; rel: AffiliationRecord; kind: AffiliationKind }>(
    'affiliation.ofOrganization',
    'read',
    {
      embedded: `MATCH (o:Organization {id: $id})<-[r:${AFFILIATION_TYPES}]-(p:Person)
               RETURN p AS person, r AS rel, label(r) AS kind ORDER BY p.sortKey`,
      neo4j: `MATCH (o:Organization {id: $id})<-[r:${AFFILIATION_TYPES}]-(p:Person)
            RETURN p AS person, r AS rel, type(r) AS kind ORDER BY p.sortKey`,
    },
    { cached: true, record: 'id' },
  ),
  addAffiliation: Object.fromEntries(
    Object.values(AffiliationKind).map((kind) => [
      kind,
      cypher<Params, { person: PersonRecord; organization: OrganizationRecord; rel: AffiliationRecord }>(
        `affiliation.add.${kind}`,
        'write',
        `MATCH (a:Person {id: $personId}) MATCH (b:Organization {id: $organizationId})
         WHERE ${BOTH_IN_SCOPE}
         MERGE (a)-[r:${kind}]->(b)
         ON CREATE SET r.createdAt = $now, r.createdBy = $viewerId
         SET r.since = $since, r.until = $until, r.title = $title
         RETURN a AS person, b AS organization, r AS rel`,
        { people: ['personId'], organizations: ['organizationId'], pages: ['personId', 'organizationId'] },
      ),
    ]),
  ) as Record<AffiliationKind, CypherQuery<Params, { person: PersonRecord; organization: OrganizationRecord; rel: AffiliationRecord }>>,
  removeAffiliation: Object.fromEntries(
    Object.values(AffiliationKind).map((kind) => [
      kind,
      cypher<Params, Removed>(
        `affiliation.remove.${kind}`,
        'write',
        `MATCH (a:Person {id: $personId})-[r:${kind}]->(b:Organization {id: $organizationId})
         WHERE ${BOTH_IN_SCOPE}
         DELETE r RETURN 1 AS removed`,
        { people: ['personId'], organizations: ['organizationId'], pages: ['personId', 'organizationId'] },
      ),
    ]),
  ) as Record<AffiliationKind, CypherQuery<Params, Removed>>,
};
