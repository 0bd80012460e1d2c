import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import type { Region } from './region.model.js';
import { RegionQueries } from './regions.queries.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.service.js';

@Injectable()
export class RegionsRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async all(): Promise<Region[]> {
    return (await this.store.read(RegionQueries.all)).map((r) => r.r);
  }

  async create(region: Region): Promise<Region> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(RegionQueries.create, { ...region });
      await keepIdempotencyKey(tx, region.id);
      return row.r;
    });
  }
}
