import { cypher } from '../../graph/query.js';

const ORG_SCOPE = `($allRegions OR o.region IN $regions)`;

export const AffiliateQueries = {
  setMou: cypher(
    'affiliate.setMou',
    'write',
    `MATCH (o:Organization {id: $id}) WHERE ${ORG_SCOPE} AND o.version = $version AND o.type = 'AFFILIATE_GROUP'
     SET o.mouStatus = $status, o.mouSentOn = $sentOn, o.mouSignedOn = $signedOn, o.mouTerminatedOn = $terminatedOn,
         o.updatedAt = $now, o.version = o.version + 1
     RETURN o.id AS id`,
    {},
  ),
  setArea: cypher(
    'affiliate.setArea',
    'write',
    `MATCH (o:Organization {id: $id}) WHERE ${ORG_SCOPE} AND o.version = $version AND o.type = 'AFFILIATE_GROUP'
     SET o.areaMiles = $areaMiles, o.updatedAt = $now, o.version = o.version + 1
     RETURN o.id AS id`,
    {},
  ),
  groups: cypher(
    'affiliate.groups',
    'read',
    `MATCH (o:Organization) WHERE ${ORG_SCOPE} AND o.type = 'AFFILIATE_GROUP' AND ($regionId = '' OR o.region = $regionId)
     RETURN o ORDER BY o.sortKey LIMIT 5000`,
  ),
  /** Zip+4 codes match on their first five digits. */
  peopleInZips: cypher(
    'nearby.people',
    'read',
    `MATCH (p:Person) WHERE ($allRegions OR p.region IN $regions) AND left(p.zip, 5) IN $zips RETURN p LIMIT $limit`,
  ),
  organizationsInZips: cypher(
    'nearby.organizations',
    'read',
    `MATCH (o:Organization) WHERE ${ORG_SCOPE} AND left(o.zip, 5) IN $zips AND ($type = '' OR o.type = $type) RETURN o LIMIT $limit`,
  ),
};
