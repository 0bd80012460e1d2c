import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { AssemblyOutcome, AssemblyRecord, IssueRecord } from './issue.model.js';
import { IssueQueries, type DecisionRead } from './issues.queries.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.service.js';

type IssueFields = Pick<IssueRecord, 'id' | 'name' | 'sortKey' | 'scope' | 'description' | 'region'>;

export interface DecisionRow {
  assembly: AssemblyRecord;
  issue: IssueRecord;
  outcome: AssemblyOutcome;
  notes: string | null;
}

const decision = (r: DecisionRead): DecisionRow => ({ assembly: r.a, issue: r.i, outcome: r.outcome, notes: r.notes ?? null });

/** All Cypher about issues and Issue Assemblies. */
@Injectable()
export class IssuesRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  /** Saves the issue and its link to the broad area it narrows, together. */
  save(scope: Scope, fields: IssueFields, broadId: string | null, viewerId: string, now: string, change: ChangeEntry, version?: number): Promise<IssueRecord | null> {
    return this.store.transaction(async (tx) => {
      const [row] = version === undefined
        ? await tx.run(IssueQueries.create, { ...fields, viewerId, now })
        : await tx.run(IssueQueries.update, { ...scope, ...fields, version, now });
      if (!row) return null;
      await tx.run(IssueQueries.unlinkNarrows, { id: fields.id });
      if (broadId) await tx.run(IssueQueries.linkNarrows, { ...scope, id: fields.id, broadId, now });
      await recordChange(tx, change, now);
      if (version === undefined) await keepIdempotencyKey(tx, fields.id);
      return row.i;
    });
  }

  async byId(scope: Scope, id: string): Promise<IssueRecord | null> {
    const [row] = await this.store.read(IssueQueries.byId, { ...scope, id });
    return row ? row.i : null;
  }

  async list(scope: Scope, regionId: string): Promise<IssueRecord[]> {
    return (await this.store.read(IssueQueries.list, { ...scope, regionId })).map((r) => r.i);
  }

  async narrows(scope: Scope, id: string): Promise<IssueRecord | null> {
    const [row] = await this.store.read(IssueQueries.narrows, { ...scope, id });
    return row ? row.i : null;
  }

  async specifics(scope: Scope, id: string): Promise<IssueRecord[]> {
    return (await this.store.read(IssueQueries.specifics, { ...scope, id })).map((r) => r.i);
  }

  async decisionsOf(id: string, broadIds: string[]): Promise<DecisionRow[]> {
    return (await this.store.read(IssueQueries.decisionsOf, { id, broadIds })).map(decision);
  }

  createAssembly(fields: AssemblyRecord, viewerId: string, now: string): Promise<AssemblyRecord> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(IssueQueries.createAssembly, { ...fields, viewerId, now });
      await keepIdempotencyKey(tx, fields.id);
      return row.a;
    });
  }

  async assemblies(scope: Scope, regionId: string): Promise<AssemblyRecord[]> {
    return (await this.store.read(IssueQueries.assemblies, { ...scope, regionId })).map((r) => r.a);
  }

  async assemblyById(scope: Scope, id: string): Promise<AssemblyRecord | null> {
    const [row] = await this.store.read(IssueQueries.assemblyById, { ...scope, id });
    return row ? row.a : null;
  }

  decide(scope: Scope, assemblyId: string, issueId: string, outcome: AssemblyOutcome, notes: string | null, viewerId: string, now: string, change: ChangeEntry): Promise<DecisionRow | null> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(IssueQueries.decide, { ...scope, assemblyId, issueId, outcome, notes, viewerId, now });
      if (!row) return null;
      await recordChange(tx, change, now);
      return decision(row);
    });
  }

  async decisionsOfAssembly(scope: Scope, id: string): Promise<DecisionRow[]> {
    return (await this.store.read(IssueQueries.decisionsOfAssembly, { ...scope, id })).map(decision);
  }
}
