import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher } from '../../graph/query.js';

/** A person as the index holds them (kinds: MEMBER, LEADER...). */
export type PersonRow = { id: string; region: string | null; kinds: string[] | null; name: string | null };
export type OrganizationRow = { id: string; region: string | null; name: string | null };
/** A KNOWS tie from a to b with what the index keeps of it (see interactions/tie-strength.ts for the score). */
export type KnowsRow = {
  a: string;
  b: string;
  strength: number | null;
  score: number | null;
  scoreAt: string | null;
  lastContact: string | null;
  context: string | null;
  since: string | null;
  until: string | null;
  createdAt: string | null;
};
/** A person's affiliation to an organization (kind: MEMBER_OF, WORKS_AT or LEADS). */
export type AffiliationRow = { a: string; b: string; kind: string; title: string | null; since: string | null; until: string | null };
type Membership = { p: string; t: string };

type Page = { after: string; limit: number };
type ByIds = { ids: string[] };
type None = Record<string, never>;

const AFFILIATIONS = 'MEMBER_OF|WORKS_AT|LEADS';
const kindOf = { embedded: 'label(r)', neo4j: 'type(r)' };
const both = (text: (kind: string) => string) => ({ embedded: text(kindOf.embedded), neo4j: text(kindOf.neo4j) });

/**
 * The reach index reads the whole graph of ties once at start, a page of people at a time (paged by id,
 * so 10M ties never sit in one result), and re-reads the ties of the records a write touched.
 */
export const ReachQueries = {
  organizations: cypher<None, OrganizationRow>('reach.load.organizations', 'read', `MATCH (o:Organization) RETURN o.id AS id, o.region AS region, o.name AS name`),
  peoplePage: cypher<Page, PersonRow>(
    'reach.load.people',
    'read',
    `MATCH (a:Person) WHERE a.id > $after
     RETURN a.id AS id, a.region AS region, a.kinds AS kinds, a.name AS name ORDER BY a.id LIMIT $limit`,
  ),
  knowsPage: cypher<Page, KnowsRow>(
    'reach.load.knows',
    'read',
    `MATCH (a:Person) WHERE a.id > $after
     WITH a ORDER BY a.id LIMIT $limit
     MATCH (a)-[k:KNOWS]->(b:Person)
     RETURN a.id AS a, b.id AS b, k.strength AS strength, k.score AS score, k.scoreAt AS scoreAt,
            k.lastContact AS lastContact, k.context AS context, k.since AS since, k.until AS until, k.createdAt AS createdAt`,
  ),
  affiliationsPage: cypher<Page, AffiliationRow>(
    'reach.load.affiliations',
    'read',
    both(
      (kind) => `MATCH (a:Person) WHERE a.id > $after
       WITH a ORDER BY a.id LIMIT $limit
       MATCH (a)-[r:${AFFILIATIONS}]->(o:Organization)
       RETURN a.id AS a, o.id AS b, ${kind} AS kind, r.title AS title, r.since AS since, r.until AS until`,
    ),
  ),
  refreshPeople: cypher<ByIds, PersonRow>('reach.refresh.people', 'read', `UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id, p.region AS region, p.kinds AS kinds, p.name AS name`),
  refreshOrganizations: cypher<ByIds, OrganizationRow>('reach.refresh.organizations', 'read', `UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o.id AS id, o.region AS region, o.name AS name`),
  refreshKnows: cypher<ByIds, KnowsRow>(
    'reach.refresh.knows',
    'read',
    `UNWIND $ids AS id MATCH (p:Person {id: id})-[k:KNOWS]-(o:Person)
     RETURN p.id AS a, o.id AS b, k.strength AS strength, k.score AS score, k.scoreAt AS scoreAt,
            k.lastContact AS lastContact, k.context AS context, k.since AS since, k.until AS until, k.createdAt AS createdAt`,
  ),
  refreshAffiliationsOfPeople: cypher<ByIds, AffiliationRow>(
    'reach.refresh.affiliationsOfPeople',
    'read',
    both((kind) => `UNWIND $ids AS id MATCH (p:Person {id: id})-[r:${AFFILIATIONS}]->(o:Organization) RETURN p.id AS a, o.id AS b, ${kind} AS kind, r.title AS title, r.since AS since, r.until AS until`),
  ),
  refreshAffiliationsOfOrganizations: cypher<ByIds, AffiliationRow>(
    'reach.refresh.affiliationsOfOrganizations',
    'read',
    both((kind) => `UNWIND $ids AS id MATCH (p:Person)-[r:${AFFILIATIONS}]->(o:Organization {id: id}) RETURN p.id AS a, o.id AS b, ${kind} AS kind, r.title AS title, r.since AS since, r.until AS until`),
  ),
  /** Teams and who is a member of each (loaded with the index, so a reach from a team reads nothing). */
  teams: cypher<None, { id: string; region: string | null }>('reach.load.teams', 'read', `MATCH (t:Team) RETURN t.id AS id, t.region AS region`),
  teamMemberships: cypher<None, Membership>('reach.load.teamMemberships', 'read', `MATCH (p:Person)-[:MEMBER_OF]->(t:Team) RETURN p.id AS p, t.id AS t`),
  refreshTeamsOfPeople: cypher<ByIds, Membership>('reach.refresh.teamsOfPeople', 'read', `UNWIND $ids AS id MATCH (p:Person {id: id})-[:MEMBER_OF]->(t:Team) RETURN p.id AS p, t.id AS t`),
  refreshTeams: cypher<ByIds, { t: string; region: string | null; p: string | null }>(
    'reach.refresh.teams',
    'read',
    `UNWIND $ids AS id MATCH (t:Team {id: id}) OPTIONAL MATCH (p:Person)-[:MEMBER_OF]->(t) RETURN t.id AS t, t.region AS region, p.id AS p`,
  ),
  /** Several app instances on Neo4j: a token that changes on every tie write, so the others know to reload. */
  version: cypher<None, { value: string | null }>('reach.version', 'read', `MATCH (m:Meta {key: 'reach.version'}) RETURN m.value AS value`),
  bumpVersion: cypher<{ value: string }, never>('reach.bumpVersion', 'write', `MERGE (m:Meta {key: 'reach.version'}) SET m.value = $value`),
  /** Region names for the answer (a handful of rows). */
  regions: cypher<None, { id: string; name: string }>('reach.regions', 'read', `MATCH (r:Region) RETURN r.id AS id, r.name AS name`),
  accountPerson: cypher<{ id: string }, { personId: string | null }>('reach.accountPerson', 'read', `MATCH (a:Account {id: $id}) RETURN a.personId AS personId`),
};

/**
 * On the embedded engine the index loads from files the engine writes itself (COPY (MATCH ...) TO): one
 * scan per table, no rows turned into objects by the driver (1M ties: about 0.5 s instead of 10-25 s).
 * The folder is this process's own (made from the temporary directory and a random name, never from input);
 * loads in one process take turns (see reach-export.ts). On Neo4j the same MATCH runs as a plain read (unused).
 */
export const EXPORT_DIR = join(tmpdir(), `coalition-reach-${process.pid}-${randomUUID()}`);
export const EXPORT_FILES = { people: join(EXPORT_DIR, 'people.csv'), knows: join(EXPORT_DIR, 'knows.csv'), affiliations: join(EXPORT_DIR, 'affiliations.csv') };
const exportable = !/['\\\n]/.test(EXPORT_DIR);
/** The rows go to a file (embedded) or are not read (Neo4j): the query gives none to the caller. */
const copyTo = (name: string, file: string, match: (kind: string) => string) =>
  cypher<None, never>(name, 'read', {
    embedded: exportable ? `COPY (${match(kindOf.embedded)}) TO '${file}' (HEADER=false)` : match(kindOf.embedded),
    neo4j: match(kindOf.neo4j),
  });
export const ReachExport = {
  usable: exportable,
  people: copyTo('reach.export.people', EXPORT_FILES.people, () => `MATCH (a:Person) RETURN a.id, a.region, a.kinds, a.name`),
  knows: copyTo(
    'reach.export.knows',
    EXPORT_FILES.knows,
    () => `MATCH (a:Person)-[k:KNOWS]->(b:Person) RETURN a.id, b.id, k.strength, k.score, k.scoreAt, k.lastContact, k.context, k.since, k.until, k.createdAt`,
  ),
  affiliations: copyTo(
    'reach.export.affiliations',
    EXPORT_FILES.affiliations,
    (kind) => `MATCH (a:Person)-[r:${AFFILIATIONS}]->(o:Organization) RETURN a.id, o.id, ${kind}, r.title, r.since, r.until`,
  ),
};
