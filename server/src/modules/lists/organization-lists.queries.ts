import { cypher, type CypherQuery, type Params, type RegionScope } from '../../graph/query.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import { customFieldsMatch } from '../custom-fields/custom-fields.queries.js';

/**
 * The organizations-list filter: every condition a parameter behind its own switch, in one statement per sort.
 * Unlike the people list (lists.queries.ts), the switched-off conditions are not split into statements of their
 * own: a coalition has thousands of organizations, not millions of people, so one scan with switches is cheap.
 * Lists are never sent empty (LadybugDB cannot type an empty list parameter): each has a switch and a placeholder.
 */
const conditions = (d: 'embedded' | 'neo4j') => `($allRegions OR o.region IN $regions)
  AND ($regionId = '' OR o.region = $regionId)
  AND (NOT $byTypes OR o.type IN $types)
  AND (NOT $byLedBy OR any(l IN $ledBy WHERE l IN o.ledBy))
  AND (NOT $byIssueAreas OR all(a IN $issueAreas WHERE a IN o.issueAreas))
  AND (NOT $near OR left(coalesce(o.zip, ''), 5) IN $zips)
  AND ($q = '' OR o.searchPublic CONTAINS $q)
  AND ${customFieldsMatch('o')[d]}`;
const both = (rest: string) => ({ embedded: `MATCH (o:Organization) WHERE ${conditions('embedded')} ${rest}`, neo4j: `MATCH (o:Organization) WHERE ${conditions('neo4j')} ${rest}` });

/** Columns an organizations list can be sorted by: stored properties, so the engine sorts. */
export const ORGANIZATION_SORTS = { NAME: 'o.sortKey', TYPE: 'o.type', ZIP: 'o.zip', REGION: 'o.region', ADDED: 'o.createdAt', UPDATED: 'o.updatedAt' } as const;
/**
 * Columns computed from relationships: the latest meeting someone spoke for the organization at, and how many
 * people are its members. An organizations list is thousands long, so the engine aggregates them per page request.
 */
const COMPUTED = {
  LAST_CONTACT: `OPTIONAL MATCH (i:Interaction)-[:SPOKE_FOR]->(o) WITH o, coalesce(max(i.date), '') AS key`,
  MEMBERS: `OPTIONAL MATCH (m:Person)-[:MEMBER_OF]->(o) WITH o, count(m) AS key`,
} as const;
export type OrganizationSortColumn = keyof typeof ORGANIZATION_SORTS | keyof typeof COMPUTED;

/** A page of the list: its filter as parameters (organization-lists.service.ts builds them), organizations whole. */
type Page = CypherQuery<Params, { o: OrganizationRecord }>;
type Named = { id: string; name: string };

const pages = Object.fromEntries(
  (Object.entries(ORGANIZATION_SORTS) as Array<[keyof typeof ORGANIZATION_SORTS, string]>).map(([column, property]) => [
    column,
    {
      ASC: cypher<Params, { o: OrganizationRecord }>(`lists.organizations.page.${column}.ASC`, 'read', both(`RETURN o ORDER BY ${property} ASC, o.sortKey ASC SKIP $skip LIMIT $limit`)),
      DESC: cypher<Params, { o: OrganizationRecord }>(`lists.organizations.page.${column}.DESC`, 'read', both(`RETURN o ORDER BY ${property} DESC, o.sortKey DESC SKIP $skip LIMIT $limit`)),
    },
  ]),
) as Record<keyof typeof ORGANIZATION_SORTS, { ASC: Page; DESC: Page }>;
const computedPages = Object.fromEntries(
  (Object.entries(COMPUTED) as Array<[keyof typeof COMPUTED, string]>).map(([column, aggregate]) => [
    column,
    {
      ASC: cypher<Params, { o: OrganizationRecord }>(`lists.organizations.page.${column}.ASC`, 'read', both(`${aggregate} RETURN o ORDER BY key ASC, o.sortKey ASC SKIP $skip LIMIT $limit`)),
      DESC: cypher<Params, { o: OrganizationRecord }>(`lists.organizations.page.${column}.DESC`, 'read', both(`${aggregate} RETURN o ORDER BY key DESC, o.sortKey DESC SKIP $skip LIMIT $limit`)),
    },
  ]),
) as Record<keyof typeof COMPUTED, { ASC: Page; DESC: Page }>;

export const OrganizationListQueries = {
  page: { ...pages, ...computedPages } as Record<OrganizationSortColumn, { ASC: Page; DESC: Page }>,
  /** For the page's organizations: their latest meeting and their members, shown as columns. */
  lastContactOf: cypher<{ ids: string[] }, { id: string; last: string | null }>(
    'lists.organizations.lastContactOf',
    'read',
    `UNWIND $ids AS oid MATCH (i:Interaction)-[:SPOKE_FOR]->(o:Organization {id: oid}) RETURN oid AS id, max(i.date) AS last`,
  ),
  membersOf: cypher<{ ids: string[] }, { id: string; members: number }>('lists.organizations.membersOf', 'read', `UNWIND $ids AS oid MATCH (m:Person)-[:MEMBER_OF]->(o:Organization {id: oid}) RETURN oid AS id, count(m) AS members`),
  count: cypher<Params, { total: number }>('lists.organizations.count', 'read', both('RETURN count(o) AS total')),
  /** Every id a filter matches, in name order, for bulk actions on a whole list (bounded by $limit). */
  ids: cypher<Params, Named>('lists.organizations.ids', 'read', both('RETURN o.id AS id, o.name AS name ORDER BY o.sortKey LIMIT $limit')),
  byIds: cypher<RegionScope & { ids: string[] }, Named>(
    'lists.organizations.byIds',
    'read',
    `UNWIND $ids AS oid MATCH (o:Organization {id: oid}) WHERE $allRegions OR o.region IN $regions RETURN o.id AS id, o.name AS name`,
  ),
};
