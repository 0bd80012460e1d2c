import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { PersonRecord } from '../people/models/person.model.js';
import type { Mou } from './affiliate.model.js';
import { AffiliateQueries as Q } from './affiliates.queries.js';

/** All Cypher about affiliate groups (MOU, area) and who is near a zip code. */
@Injectable()
export class AffiliatesRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  /** Saves the MOU against the version the user saw, with its history entry; false when the group changed meanwhile. */
  setMou(scope: Scope, id: string, version: number, mou: Mou, now: string, change: ChangeEntry): Promise<boolean> {
    const { status, sentOn, signedOn, terminatedOn } = mou;
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(Q.setMou, { ...scope, id, version, status, sentOn, signedOn, terminatedOn, now })).length) return false;
      await recordChange(tx, change, now);
      return true;
    });
  }

  /** Saves the radius the group organizes within, as setMou does. */
  setArea(scope: Scope, id: string, version: number, areaMiles: number, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(Q.setArea, { ...scope, id, version, areaMiles, now })).length) return false;
      await recordChange(tx, change, now);
      return true;
    });
  }

  async groups(scope: Scope, regionId: string): Promise<OrganizationRecord[]> {
    return (await this.store.read(Q.groups, { ...scope, regionId })).map((r) => r.o);
  }

  async peopleInZips(scope: Scope, zips: string[], limit: number): Promise<PersonRecord[]> {
    return (await this.store.read(Q.peopleInZips, { ...scope, zips, limit })).map((r) => r.p);
  }

  async organizationsInZips(scope: Scope, zips: string[], type: string, limit: number): Promise<OrganizationRecord[]> {
    return (await this.store.read(Q.organizationsInZips, { ...scope, zips, type, limit })).map((r) => r.o);
  }
}
