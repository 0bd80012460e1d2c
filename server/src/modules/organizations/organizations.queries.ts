import { byDialect, cypher, type Params, type RegionScope } from '../../graph/query.js';
import { customFieldsMatch } from '../custom-fields/custom-fields.queries.js';
import type { OrganizationRecord } from './models/organization.model.js';

/** An organization, whole. The record's fields and the list filters travel as parameters named as the record's. */
type OrganizationRow = { o: OrganizationRecord };
type Scoped = RegionScope & { id: string };

const IN_SCOPE = `($allRegions OR o.region IN $regions)`;
const FILTERS = `($regionId = '' OR o.region = $regionId) AND ($type = '' OR o.type = $type) AND ($q = '' OR o.searchPublic CONTAINS $q)`;


export const OrganizationQueries = {
  create: cypher<Params, OrganizationRow>(
    'organization.create',
    'write',
    `CREATE (o:Organization {id: $id, name: $name, sortKey: $sortKey, searchPublic: $searchPublic, type: $type,
       issueAreas: $issueAreas, ledBy: $ledBy, zip: $zip, region: $region, website: $website, notes: $notes,
       addressLine: $addressLine, city: $city, state: $state, customFields: $customFields, customFieldTerms: $customFieldTerms,
       version: 1, createdBy: $viewerId, createdAt: $now, updatedAt: $now})
     RETURN o`,
    { organizations: ['id'] },
  ),
  byId: cypher<Scoped, OrganizationRow>('organization.byId', 'read', `MATCH (o:Organization {id: $id}) WHERE ${IN_SCOPE} RETURN o`, { cached: true, record: 'id' }),
  list: cypher<Params, OrganizationRow>('organization.list', 'read', byDialect(customFieldsMatch('o'), (fields) => `MATCH (o:Organization) WHERE ${IN_SCOPE} AND ${FILTERS} AND ${fields}
     AND ($after = '' OR o.sortKey > $after)
     RETURN o ORDER BY o.sortKey LIMIT $limit`)),
  count: cypher<Params, { total: number }>('organization.count', 'read', byDialect(customFieldsMatch('o'), (fields) => `MATCH (o:Organization) WHERE ${IN_SCOPE} AND ${FILTERS} AND ${fields} RETURN count(o) AS total`)),
  update: cypher<Params, OrganizationRow>(
    'organization.update',
    'write',
    `MATCH (o:Organization {id: $id})
     WHERE ${IN_SCOPE} AND o.version = $version
     SET o.name = $name, o.sortKey = $sortKey, o.searchPublic = $searchPublic, o.type = $type, o.issueAreas = $issueAreas,
         o.ledBy = $ledBy, o.zip = $zip, o.region = $region, o.website = $website, o.notes = $notes,
         o.addressLine = $addressLine, o.city = $city, o.state = $state, o.customFields = $customFields,
         o.customFieldTerms = $customFieldTerms, o.updatedAt = $now, o.version = o.version + 1
     RETURN o`,
    { organizations: ['id'], pages: ['id'] },
  ),
  delete: cypher<Scoped, { id: string }>(
    'organization.delete',
    'write',
    `MATCH (o:Organization {id: $id}) WHERE ${IN_SCOPE} WITH o, o.id AS id DETACH DELETE o RETURN id`,
    { organizations: ['id'] },
  ),
};
