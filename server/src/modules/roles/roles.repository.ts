import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { PersonRecord } from '../people/models/person.model.js';
import type { RoleRecord, RoleTarget } from './role.model.js';
import { RoleQueries, type RoleRead } from './roles.queries.js';

export interface RoleRow {
  role: RoleRecord;
  person: PersonRecord;
  targetId: string;
  targetType: RoleTarget;
  targetName: string | null;
}

const toRow = (r: RoleRead & { targetId?: string; targetType?: RoleTarget }, targetId?: string, targetType?: RoleTarget): RoleRow => ({
  role: r.r,
  person: r.p,
  targetId: targetId ?? r.targetId!,
  targetType: targetType ?? r.targetType!,
  targetName: r.targetName ?? null,
});

/** All Cypher about role assignments. */
@Injectable()
export class RolesRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  assign(scope: Scope, target: RoleTarget, targetId: string, values: Record<string, unknown>, change: ChangeEntry, now: string): Promise<RoleRow | null> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(RoleQueries.assign[target], { ...scope, ...values, targetId, now });
      if (!row) return null;
      await recordChange(tx, change, now);
      return toRow(row, targetId, target);
    });
  }

  async on(scope: Scope, target: RoleTarget, id: string): Promise<RoleRow[]> {
    return (await this.store.read(RoleQueries.on[target], { ...scope, id })).map((r) => toRow(r, id, target));
  }

  async ofPerson(scope: Scope, personId: string): Promise<RoleRow[]> {
    return (await this.store.read(RoleQueries.ofPerson, { ...scope, id: personId })).map((r) => toRow(r));
  }

  async byId(scope: Scope, id: string): Promise<RoleRow | null> {
    const [row] = await this.store.read(RoleQueries.byId, { ...scope, id });
    return row ? toRow(row) : null;
  }

  end(scope: Scope, id: string, endDate: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(RoleQueries.end, { ...scope, id, endDate })).length) return false;
      await recordChange(tx, change);
      return true;
    });
  }

  remove(scope: Scope, id: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(RoleQueries.remove, { ...scope, id })).length) return false;
      await recordChange(tx, change);
      return true;
    });
  }
}
