import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { recordAudit, type AuditInput } from '../audit/audit.js';
import { ExportQueries as Q, type ExportRecord, type InteractionLine, type TieLine } from './export.queries.js';

/** All Cypher of the exports: pages of ties and interactions, and the export log. */
@Injectable()
export class ExportRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  /** At most `limit` ties after the key `after` (see TieLine.key). */
  ties(scope: Scope, after: string, limit: number): Promise<TieLine[]> {
    return this.store.read(Q.ties, { ...scope, after, limit });
  }

  /** At most `limit` interactions after the id `after`. */
  interactions(scope: Scope, after: string, limit: number): Promise<InteractionLine[]> {
    return this.store.read(Q.interactions, { ...scope, after, limit });
  }

  /** The export log's entry and the audit log's, in one transaction. */
  async record(record: ExportRecord, audit: AuditInput): Promise<void> {
    await this.store.transaction(async (tx) => {
      await tx.run(Q.record, record);
      await recordAudit(tx, audit, record.at);
    });
  }

  async list(limit: number): Promise<ExportRecord[]> {
    return (await this.store.read(Q.list, { limit })).map((r) => r.e);
  }
}
