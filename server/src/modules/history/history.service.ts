import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import type { ChangeModel } from './history.model.js';
import { HistoryQueries, type HistoryLabel } from './history.queries.js';

interface ChangeRecord {
  id: string;
  at: string;
  accountId: string;
  action: string;
  summary: string;
  details: string;
}

/** Reads the history of a record the viewer may already see (the caller checks scope). */
@Injectable()
export class HistoryService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly accounts: AccountsRepository,
  ) {}

  async of(label: HistoryLabel, id: string, limit = 50): Promise<ChangeModel[]> {
    const rows = (await this.store.read(HistoryQueries.of[label], { id, limit })).map((r) => r.c as ChangeRecord);
    // Bulk imports: the job's one entry, for records and ties it created.
    const importOf = HistoryQueries.importOf[label];
    const imports = [
      ...(importOf ? await this.store.read(importOf, { id }) : []),
      ...(label === 'Person' ? await this.store.read(HistoryQueries.tieImportsOf, { id }) : []),
    ].map((r) => r.c as ChangeRecord);
    if (imports.length) {
      const seen = new Set(rows.map((r) => r.id));
      for (const c of imports) if (!seen.has(c.id)) seen.add(c.id) && rows.push(c);
      rows.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1)).splice(limit);
    }
    const names = new Map((await this.accounts.byIds([...new Set(rows.map((r) => r.accountId))])).map((a) => [a.id, a.displayName]));
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      summary: r.summary,
      byName: names.get(r.accountId) ?? null,
      changes: JSON.parse(r.details || '[]'),
    }));
  }
}
