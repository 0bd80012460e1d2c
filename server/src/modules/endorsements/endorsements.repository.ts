import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { EndorsementAskRow, RaceRecord } from './endorsement.model.js';
import { EndorsementQueries as Q, type AskFields, type AskWithLinks, type CandidateRecord, type RaceFields } from './endorsements.queries.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.service.js';

const toRow = ({ a, ...links }: AskWithLinks): EndorsementAskRow => ({
  ...a,
  organizationId: links.organizationId,
  campaignId: links.campaignId ?? null,
  candidateId: links.candidateId ?? null,
  askerId: links.askerId ?? null,
});

export type { AskFields };

/** All Cypher about endorsement asks, races and candidates. */
@Injectable()
export class EndorsementsRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  create(ask: AskFields & { id: string; region: string; organizationId: string }, target: { campaignId: string | null; candidateId: string | null },
    askerId: string | null, viewerId: string, now: string, change: ChangeEntry): Promise<void> {
    return this.store.transaction(async (tx) => {
      await tx.run(Q.create, { ...ask, viewerId, now });
      if (target.campaignId) await tx.run(Q.linkCampaign, { id: ask.id, targetId: target.campaignId });
      if (target.candidateId) await tx.run(Q.linkCandidate, { id: ask.id, targetId: target.candidateId });
      if (askerId) await tx.run(Q.linkAsker, { id: ask.id, askerId });
      await recordChange(tx, change, now);
      await keepIdempotencyKey(tx, ask.id);
    });
  }

  /** False when the version is stale (someone else moved it first). */
  update(scope: Scope, id: string, version: number, fields: AskFields, askerId: string | null | undefined, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(Q.update, { ...scope, id, version, ...fields, now })).length) return false;
      if (askerId !== undefined) {
        await tx.run(Q.unlinkAsker, { id });
        if (askerId) await tx.run(Q.linkAsker, { id, askerId });
      }
      await recordChange(tx, change, now);
      return true;
    });
  }

  remove(scope: Scope, id: string, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      await recordChange(tx, change, now);
      return (await tx.run(Q.remove, { ...scope, id })).length > 0;
    });
  }

  async byId(scope: Scope, id: string): Promise<EndorsementAskRow | null> {
    const [r] = await this.store.read(Q.byId, { ...scope, id });
    return r ? toRow(r) : null;
  }

  async byCampaign(scope: Scope, campaignId: string): Promise<EndorsementAskRow[]> {
    return (await this.store.read(Q.byCampaign, { ...scope, campaignId })).map(toRow);
  }

  async byCandidate(scope: Scope, candidateId: string): Promise<EndorsementAskRow[]> {
    return (await this.store.read(Q.byCandidate, { ...scope, candidateId })).map(toRow);
  }

  async byOrganization(scope: Scope, organizationId: string): Promise<EndorsementAskRow[]> {
    return (await this.store.read(Q.byOrganization, { ...scope, organizationId })).map(toRow);
  }

  async existing(organizationId: string, targetId: string): Promise<string | null> {
    const [r] = await this.store.read(Q.existing, { organizationId, targetId });
    return r ? r.id : null;
  }

  saveRace(scope: Scope, race: RaceFields, viewerId: string, now: string, change: ChangeEntry, version?: number): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      const rows = version === undefined
        ? await tx.run(Q.createRace, { ...race, viewerId, now })
        : await tx.run(Q.updateRace, { ...scope, ...race, version, now });
      if (!rows.length) return false;
      await recordChange(tx, change, now);
      if (version === undefined) await keepIdempotencyKey(tx, race.id);
      return true;
    });
  }

  async race(scope: Scope, id: string): Promise<RaceRecord | null> {
    const [r] = await this.store.read(Q.race, { ...scope, id });
    return r ? r.r : null;
  }

  async races(scope: Scope, regionId: string): Promise<RaceRecord[]> {
    return (await this.store.read(Q.races, { ...scope, regionId })).map((r) => r.r);
  }

  addCandidate(scope: Scope, raceId: string, candidate: { id: string; name: string; party: string | null }, viewerId: string, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(Q.addCandidate, { ...scope, raceId, ...candidate, viewerId, now })).length) return false;
      await recordChange(tx, change, now);
      await keepIdempotencyKey(tx, candidate.id);
      return true;
    });
  }

  async candidates(raceIds: readonly string[]): Promise<Array<CandidateRecord & { raceId: string }>> {
    if (!raceIds.length) return [];
    return (await this.store.read(Q.candidates, { raceIds: [...raceIds] })).map((r) => ({ ...r.k, raceId: r.raceId }));
  }

  async candidate(scope: Scope, id: string): Promise<(CandidateRecord & { raceId: string; region: string }) | null> {
    const [r] = await this.store.read(Q.candidate, { ...scope, id });
    return r ? { ...r.k, raceId: r.raceId, region: r.region } : null;
  }

  /** Every endorsing organization comes back whole, so the caller filters by scope without reading each again. */
  async raceEndorsements(id: string): Promise<Array<{ candidateId: string; organization: OrganizationRecord }>> {
    return (await this.store.read(Q.raceEndorsements, { id })).map((r) => ({ candidateId: r.candidateId, organization: r.o }));
  }

  async groupsInArea(zips: string[] | null, region: string): Promise<string[]> {
    return (await this.store.read(Q.groupsInArea, { useZips: zips !== null, zips: zips ?? [], region })).map((r) => r.id);
  }
}
