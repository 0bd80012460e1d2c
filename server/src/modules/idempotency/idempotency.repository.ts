import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { IdempotencyQueries as Q, type IdempotencyKeyRecord } from './idempotency.queries.js';

/** Reading and pruning kept idempotency keys; a key is kept by keepIdempotencyKey, in its create's transaction. */
@Injectable()
export class IdempotencyRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async find(id: string): Promise<Pick<IdempotencyKeyRecord, 'operation' | 'fingerprint' | 'resultId'> | null> {
    const [row] = await this.store.read(Q.find, { id });
    return row ?? null;
  }

  /** Removes the keys kept before `before` (ISO time); returns how many. */
  async prune(before: string): Promise<number> {
    const [row] = await this.store.write(Q.prune, { before });
    return row ? Number(row.pruned) : 0;
  }
}
