import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { AccountQueries } from '../accounts/accounts.queries.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { PersonRecord } from './models/person.model.js';
import { PersonQueries } from './people.queries.js';
import { fieldFilterParams } from '../custom-fields/custom-fields.queries.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.service.js';

export interface PeopleFilter {
  /** Lower-cased search text, '' for none. */
  q: string;
  /** Digits of the search text when it looks like a phone number, '' otherwise. */
  qDigits: string;
  regionId: string;
  /** Whether the viewer sees every contact in scope; otherwise only people they created or are assigned to. */
  contactsAll: boolean;
  viewerId: string;
  /** Custom field terms every person listed has (CustomFieldsService.filterTerms); [] for any. */
  fieldTerms: string[];
}

type PersonFields = Omit<PersonRecord, 'version' | 'createdBy' | 'createdAt' | 'updatedAt'>;

/** All Cypher about people. */
@Injectable()
export class PeopleRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async create(fields: PersonFields, viewerId: string, now: string, change: ChangeEntry): Promise<PersonRecord> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(PersonQueries.create, { ...fields, viewerId, now });
      await recordChange(tx, change, now);
      await keepIdempotencyKey(tx, fields.id);
      return row.p;
    });
  }

  async byId(scope: Scope, id: string): Promise<PersonRecord | null> {
    const [row] = await this.store.read(PersonQueries.byId, { ...scope, id });
    return row ? row.p : null;
  }

  async byIds(scope: Scope, ids: readonly string[]): Promise<PersonRecord[]> {
    if (!ids.length) return [];
    return (await this.store.read(PersonQueries.byIds, { ...scope, ids: [...ids] })).map((r) => r.p);
  }

  async list(scope: Scope, filter: PeopleFilter, after: string, limit: number): Promise<PersonRecord[]> {
    const rows = await this.store.read(PersonQueries.list, { ...scope, ...filter, ...fieldFilterParams(filter.fieldTerms), after, limit });
    return rows.map((r) => r.p);
  }

  async count(scope: Scope, filter: PeopleFilter): Promise<number> {
    const [row] = await this.store.read(PersonQueries.count, { ...scope, ...filter, ...fieldFilterParams(filter.fieldTerms) });
    return Number(row.total);
  }

  /** Null when the version is stale or the person is gone (the service tells which). */
  async update(scope: Scope, fields: PersonFields, version: number, now: string, change: ChangeEntry): Promise<PersonRecord | null> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(PersonQueries.update, { ...scope, ...fields, version, now });
      if (!row) return null;
      await recordChange(tx, change, now);
      return row.p;
    });
  }

  async setAssignee(scope: Scope, id: string, accountId: string, assign: boolean, change: ChangeEntry): Promise<PersonRecord | null> {
    return this.store.transaction(async (tx) => {
      const [current] = await tx.run(PersonQueries.byId, { ...scope, id });
      if (!current) return null;
      const existing = (current.p.assignees ?? []).filter((a) => a !== accountId);
      const assignees = assign ? [...existing, accountId] : existing;
      const [row] = await tx.run(PersonQueries.setAssignee, { ...scope, id, accountId, assign, assignees });
      if (!row) return null;
      await recordChange(tx, change);
      return row.p;
    });
  }

  async delete(scope: Scope, id: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(PersonQueries.delete, { ...scope, id })).length) return false;
      await tx.run(AccountQueries.unlinkPeople, { ids: [id] });
      await recordChange(tx, change);
      return true;
    });
  }
}
