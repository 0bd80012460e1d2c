import { cypher } from '../../graph/query.js';

export const RegionQueries = {
  all: cypher('region.all', 'read', `MATCH (r:Region) RETURN r ORDER BY r.name`),
  create: cypher('region.create', 'write', `CREATE (r:Region {id: $id, name: $name}) RETURN r`),
};
