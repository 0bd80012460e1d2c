import { Inject, Injectable } from '@nestjs/common';
import { inScope, type Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { PersonRecord } from '../people/models/person.model.js';
import type { AffiliationKind } from './models/tie.model.js';
import { TieQueries, type AffiliationRecord, type KnowsRecord } from './ties.queries.js';

export type { AffiliationRecord, KnowsRecord } from './ties.queries.js';

/** All Cypher about ties between people, and between people and organizations. */
@Injectable()
export class TiesRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  /**
   * The ties of each of `ids`, in their order. One id reads with the single-person text: measured on the demo
   * data, the UNWIND form costs the embedded engine 1.5x the CPU for one person, and a quarter of 25 single reads.
   */
  async knowsOfPeople(scope: Scope, ids: readonly string[]): Promise<Array<Array<{ person: PersonRecord; tie: KnowsRecord }>>> {
    const toTie = ({ person, tie }: { person: PersonRecord; tie: KnowsRecord }) => ({ person, tie });
    if (ids.length === 1) return [(await this.store.read(TieQueries.knowsOf, { id: ids[0] })).filter((r) => inScope(scope, r.person.region)).map(toTie)];
    return groupBy(ids, await this.store.read(TieQueries.knowsOfPeople, { ...scope, ids: [...new Set(ids)] }), toTie);
  }

  /** Null when either person is missing or out of scope. */
  async setKnows(scope: Scope, a: string, b: string, tie: KnowsRecord, viewerId: string, now: string, change: ChangeEntry): Promise<KnowsRecord | null> {
    const [fromId, toId] = a < b ? [a, b] : [b, a];
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(TieQueries.setKnows, { ...scope, fromId, toId, ...tie, viewerId, now });
      if (!row) return null;
      await recordChange(tx, change, now);
      return row.tie;
    });
  }

  async removeKnows(scope: Scope, a: string, b: string, change: ChangeEntry): Promise<boolean> {
    const [fromId, toId] = a < b ? [a, b] : [b, a];
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(TieQueries.removeKnows, { ...scope, fromId, toId })).length) return false;
      await recordChange(tx, change);
      return true;
    });
  }

  /** The affiliations of each of `ids`, in their order (one id: the single-person text, as for ties). */
  async affiliationsOfPeople(scope: Scope, ids: readonly string[]) {
    const toAffiliation = ({ organization, rel, kind }: { organization: OrganizationRecord; rel: AffiliationRecord; kind: AffiliationKind }) => ({
      organization,
      rel,
      kind,
    });
    if (ids.length === 1) {
      const rows = await this.store.read(TieQueries.affiliationsOfPerson, { id: ids[0] });
      return [rows.filter((r) => inScope(scope, r.organization.region)).map(toAffiliation)];
    }
    return groupBy(ids, await this.store.read(TieQueries.affiliationsOfPeople, { ...scope, ids: [...new Set(ids)] }), toAffiliation);
  }

  async affiliationsOfOrganization(scope: Scope, id: string) {
    const rows = await this.store.read(TieQueries.affiliationsOfOrganization, { id });
    return rows.filter((r) => inScope(scope, r.person.region)).map(({ person, rel, kind }) => ({ person, rel, kind }));
  }

  async addAffiliation(
    scope: Scope,
    kind: AffiliationKind,
    personId: string,
    organizationId: string,
    rel: AffiliationRecord,
    viewerId: string,
    now: string,
    change: ChangeEntry,
  ): Promise<{ person: PersonRecord; organization: OrganizationRecord; rel: AffiliationRecord } | null> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run(TieQueries.addAffiliation[kind], { ...scope, personId, organizationId, ...rel, viewerId, now });
      if (!row) return null;
      await recordChange(tx, change, now);
      return { person: row.person, organization: row.organization, rel: row.rel };
    });
  }

  async removeAffiliation(scope: Scope, kind: AffiliationKind, personId: string, organizationId: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(TieQueries.removeAffiliation[kind], { ...scope, personId, organizationId })).length) return false;
      await recordChange(tx, change);
      return true;
    });
  }
}

/** Rows of a batched read of distinct ids (each row with `of`, whose it is) as one list per id of `ids`, row order kept. */
function groupBy<R extends { of: string }, T>(ids: readonly string[], rows: R[], map: (r: R) => T): T[][] {
  const byId = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) byId.get(r.of)?.push(map(r));
  return ids.map((id) => byId.get(id)!);
}
