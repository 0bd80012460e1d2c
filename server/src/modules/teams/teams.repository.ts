import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { PersonRecord } from '../people/models/person.model.js';
import type { TeamRecord } from './team.model.js';
import { TeamQueries } from './teams.queries.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.service.js';

type TeamFields = Pick<TeamRecord, 'id' | 'name' | 'sortKey' | 'kind' | 'region' | 'notes'>;

/** All Cypher about teams and their members. */
@Injectable()
export class TeamsRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  create(fields: TeamFields, viewerId: string, now: string, change: ChangeEntry): Promise<TeamRecord> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(TeamQueries.create, { ...fields, viewerId, now });
      await recordChange(tx, change, now);
      await keepIdempotencyKey(tx, fields.id);
      return row.t;
    });
  }

  async byId(scope: Scope, id: string): Promise<TeamRecord | null> {
    const [row] = await this.store.read(TeamQueries.byId, { ...scope, id });
    return row ? row.t : null;
  }

  async list(scope: Scope, regionId: string, kind: string): Promise<TeamRecord[]> {
    return (await this.store.read(TeamQueries.list, { ...scope, regionId, kind })).map((r) => r.t);
  }

  async ofPerson(scope: Scope, personId: string): Promise<TeamRecord[]> {
    return (await this.store.read(TeamQueries.ofPerson, { ...scope, id: personId })).map((r) => r.t);
  }

  update(scope: Scope, fields: TeamFields, version: number, now: string, change: ChangeEntry): Promise<TeamRecord | null> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(TeamQueries.update, { ...scope, ...fields, version, now });
      if (!row) return null;
      await recordChange(tx, change, now);
      return row.t;
    });
  }

  delete(scope: Scope, id: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(TeamQueries.delete, { ...scope, id })).length) return false;
      await recordChange(tx, change);
      return true;
    });
  }

  async members(scope: Scope, teamId: string): Promise<Array<{ person: PersonRecord; since: string | null }>> {
    return (await this.store.read(TeamQueries.members, { ...scope, id: teamId })).map((r) => ({ person: r.person, since: r.since ?? null }));
  }

  addMember(scope: Scope, teamId: string, personId: string, since: string | null, viewerId: string, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(TeamQueries.addMember, { ...scope, teamId, personId, since, viewerId, now })).length) return false;
      await recordChange(tx, change, now);
      return true;
    });
  }

  removeMember(scope: Scope, teamId: string, personId: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(TeamQueries.removeMember, { ...scope, teamId, personId })).length) return false;
      await recordChange(tx, change);
      return true;
    });
  }
}
