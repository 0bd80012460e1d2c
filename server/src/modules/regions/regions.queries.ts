import type { Params } from '../../graph/graph-store.port.js';
import { cypher } from '../../graph/query.js';
import type { Region } from './region.model.js';

export const RegionQueries = {
  all: cypher<Params, { r: Region }>('region.all', 'read', `MATCH (r:Region) RETURN r ORDER BY r.name`),
  create: cypher<Params, { r: Region }>('region.create', 'write', `CREATE (r:Region {id: $id, name: $name}) RETURN r`),
};
