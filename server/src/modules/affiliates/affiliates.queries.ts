import { cypher, type RegionScope } from '../../graph/query.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { PersonRecord } from '../people/models/person.model.js';

type Changed = { id: string };
type Versioned = RegionScope & { id: string; version: number; now: string };
type Near = RegionScope & { zips: string[]; limit: number };

const ORG_SCOPE = `($allRegions OR o.region IN $regions)`;

export const AffiliateQueries = {
  setMou: cypher<Versioned & { status: string; sentOn: string | null; signedOn: string | null; terminatedOn: string | null }, Changed>(
    'affiliate.setMou',
    'write',
    `MATCH (o:Organization {id: $id}) WHERE ${ORG_SCOPE} AND o.version = $version AND o.type = 'AFFILIATE_GROUP'
     SET o.mouStatus = $status, o.mouSentOn = $sentOn, o.mouSignedOn = $signedOn, o.mouTerminatedOn = $terminatedOn,
         o.updatedAt = $now, o.version = o.version + 1
     RETURN o.id AS id`,
    {},
  ),
  setArea: cypher<Versioned & { areaMiles: number }, Changed>(
    'affiliate.setArea',
    'write',
    `MATCH (o:Organization {id: $id}) WHERE ${ORG_SCOPE} AND o.version = $version AND o.type = 'AFFILIATE_GROUP'
     SET o.areaMiles = $areaMiles, o.updatedAt = $now, o.version = o.version + 1
     RETURN o.id AS id`,
    {},
  ),
  groups: cypher<RegionScope & { regionId: string }, { o: OrganizationRecord }>(
    'affiliate.groups',
    'read',
    `MATCH (o:Organization) WHERE ${ORG_SCOPE} AND o.type = 'AFFILIATE_GROUP' AND ($regionId = '' OR o.region = $regionId)
     RETURN o ORDER BY o.sortKey LIMIT 5000`,
  ),
  /** Zip+4 codes match on their first five digits. */
  peopleInZips: cypher<Near, { p: PersonRecord }>(
    'nearby.people',
    'read',
    `MATCH (p:Person) WHERE ($allRegions OR p.region IN $regions) AND left(p.zip, 5) IN $zips RETURN p LIMIT $limit`,
  ),
  organizationsInZips: cypher<Near & { type: string }, { o: OrganizationRecord }>(
    'nearby.organizations',
    'read',
    `MATCH (o:Organization) WHERE ${ORG_SCOPE} AND left(o.zip, 5) IN $zips AND ($type = '' OR o.type = $type) RETURN o LIMIT $limit`,
  ),
};
