import { cypher } from '../../graph/query.js';

/** Pages keyed by id: dedupe reads everything in scope without one huge result. */
export const DedupeQueries = {
  people: cypher(
    'dedupe.people',
    'read',
    `MATCH (p:Person) WHERE ($allRegions OR p.region IN $regions) AND ($regionId = '' OR p.region = $regionId) AND p.id > $after
     RETURN p ORDER BY p.id LIMIT $limit`,
  ),
  organizations: cypher(
    'dedupe.organizations',
    'read',
    `MATCH (o:Organization) WHERE ($allRegions OR o.region IN $regions) AND ($regionId = '' OR o.region = $regionId) AND o.id > $after
     RETURN o ORDER BY o.id LIMIT $limit`,
  ),
};
