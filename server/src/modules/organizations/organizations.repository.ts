import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { Scope } from '../../common/viewer.js';
import type { OrganizationRecord } from './models/organization.model.js';
import { OrganizationQueries } from './organizations.queries.js';
import { fieldFilterParams } from '../custom-fields/custom-fields.queries.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.service.js';

export interface OrganizationsFilter {
  q: string;
  regionId: string;
  type: string;
  /** Custom field terms every organization listed has (CustomFieldsService.filterTerms); [] for any. */
  fieldTerms: string[];
}

type OrganizationFields = Omit<OrganizationRecord, 'version' | 'createdBy' | 'createdAt' | 'updatedAt'>;

/** All Cypher about organizations. */
@Injectable()
export class OrganizationsRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async create(fields: OrganizationFields, viewerId: string, now: string, change: ChangeEntry): Promise<OrganizationRecord> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(OrganizationQueries.create, { ...fields, viewerId, now });
      await recordChange(tx, change, now);
      await keepIdempotencyKey(tx, fields.id);
      return row.o;
    });
  }

  async byId(scope: Scope, id: string): Promise<OrganizationRecord | null> {
    const [row] = await this.store.read(OrganizationQueries.byId, { ...scope, id });
    return row ? row.o : null;
  }

  async list(scope: Scope, filter: OrganizationsFilter, after: string, limit: number): Promise<OrganizationRecord[]> {
    return (await this.store.read(OrganizationQueries.list, { ...scope, ...filter, ...fieldFilterParams(filter.fieldTerms), after, limit })).map((r) => r.o);
  }

  async count(scope: Scope, filter: OrganizationsFilter): Promise<number> {
    const [row] = await this.store.read(OrganizationQueries.count, { ...scope, ...filter, ...fieldFilterParams(filter.fieldTerms) });
    return Number(row.total);
  }

  async update(scope: Scope, fields: OrganizationFields, version: number, now: string, change: ChangeEntry): Promise<OrganizationRecord | null> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(OrganizationQueries.update, { ...scope, ...fields, version, now });
      if (!row) return null;
      await recordChange(tx, change, now);
      return row.o;
    });
  }

  async delete(scope: Scope, id: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(OrganizationQueries.delete, { ...scope, id })).length) return false;
      await recordChange(tx, change);
      return true;
    });
  }
}
