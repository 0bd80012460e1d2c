import { cypher } from '../../graph/query.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { PersonRecord } from '../people/models/person.model.js';

/** One page of records in the viewer's regions (one region when regionId is set), after the id `after`. */
export type Page = { allRegions: boolean; regions: string[]; regionId: string; after: string; limit: number };

/** Pages keyed by id: dedupe reads everything in scope without one huge result. */
export const DedupeQueries = {
  people: cypher<Page, { p: PersonRecord }>(
    'dedupe.people',
    'read',
    `MATCH (p:Person) WHERE ($allRegions OR p.region IN $regions) AND ($regionId = '' OR p.region = $regionId) AND p.id > $after
     RETURN p ORDER BY p.id LIMIT $limit`,
  ),
  organizations: cypher<Page, { o: OrganizationRecord }>(
    'dedupe.organizations',
    'read',
    `MATCH (o:Organization) WHERE ($allRegions OR o.region IN $regions) AND ($regionId = '' OR o.region = $regionId) AND o.id > $after
     RETURN o ORDER BY o.id LIMIT $limit`,
  ),
};
