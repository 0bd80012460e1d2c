import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { AuditQueries, type AuditFilter, type AuditRecord } from './audit.queries.js';

/** Reading the audit log. Entries are written by recordAudit (audit.ts), in each action's own transaction. */
@Injectable()
export class AuditRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  /** Up to `limit` entries matching the filter, newest first, after the (at, id) of the last one already shown. */
  async page(filter: AuditFilter, after: { at: string; id: string } | null, limit: number): Promise<AuditRecord[]> {
    const rows = await this.store.read(AuditQueries.page, { ...filter, afterAt: after?.at ?? '', afterId: after?.id ?? '', limit });
    return rows.map((r) => r.e);
  }

  async count(filter: AuditFilter): Promise<number> {
    const [row] = await this.store.read(AuditQueries.count, filter);
    return row ? Number(row.total) : 0;
  }
}
