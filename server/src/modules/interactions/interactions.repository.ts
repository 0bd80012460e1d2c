import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore, type Row } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { PersonRecord } from '../people/models/person.model.js';
import { PersonQueries } from '../people/people.queries.js';
import type { FollowUpRecord, InteractionRecord } from './interaction.model.js';
import { InteractionQueries } from './interactions.queries.js';
import { addContact, byScoreType } from './tie-strength.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.service.js';

export interface NewInteraction {
  interaction: Pick<InteractionRecord, 'id' | 'kind' | 'date' | 'notes' | 'region'>;
  participants: Array<{ personId: string; host: boolean; forOrganizationId: string | null }>;
  organizationIds: string[];
  followUps: Array<{ id: string; text: string; dueDate: string | null; assigneeId: string }>;
  pairs: Array<{ a: string; b: string; weight: number }>;
  /** People who become members by attending, with their new kinds. */
  newMembers: Array<{ id: string; kinds: string[] }>;
}

/** All Cypher about interactions and follow-ups, and the tie scores they move. */
@Injectable()
export class InteractionsRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  /** The interaction, its people, organizations, follow-ups, the ties it strengthens and any new memberships: all or nothing. */
  log(n: NewInteraction, viewerId: string, now: string, changes: ChangeEntry[]): Promise<InteractionRecord> {
    return this.store.transaction(async (tx) => {
      const { id, region } = n.interaction;
      const [row] = await tx.run(InteractionQueries.create, { ...n.interaction, viewerId, now });
      await tx.run(InteractionQueries.participants, { id, rows: n.participants });
      if (n.organizationIds.length) await tx.run(InteractionQueries.spokeFor, { id, organizationIds: n.organizationIds });
      if (n.followUps.length) await tx.run(InteractionQueries.followUps, { id, region, rows: n.followUps, viewerId, now });
      if (n.pairs.length) {
        const current = await tx.run(InteractionQueries.touchTies, { pairs: n.pairs.map(({ a, b }) => ({ a, b })), viewerId, now });
        const byPair = new Map(current.map((r) => [`${r.a}|${r.b}`, r]));
        const rows = n.pairs.map((p) => {
          const c = byPair.get(`${p.a}|${p.b}`);
          const prior = c && c.score != null ? { score: Number(c.score), scoreAt: String(c.scoreAt) } : null;
          const next = addContact(prior, p.weight, n.interaction.date);
          const last = c?.lastContact ? String(c.lastContact) : null;
          return { a: p.a, b: p.b, score: next.score, scoreAt: next.scoreAt, lastContact: !last || n.interaction.date > last ? n.interaction.date : last, interactions: Number(c?.interactions ?? 0) + 1 };
        });
        for (const part of byScoreType(rows)) await tx.run(InteractionQueries.setTieScores, { rows: part });
      }
      if (n.newMembers.length) await tx.run(PersonQueries.becomeMembers, { rows: n.newMembers, now });
      for (const change of changes) await recordChange(tx, change, now);
      await keepIdempotencyKey(tx, id);
      return row.i as InteractionRecord;
    });
  }

  async byId(scope: Scope, id: string): Promise<InteractionRecord | null> {
    const [row] = await this.store.read(InteractionQueries.byId, { ...scope, id });
    return row ? (row.i as InteractionRecord) : null;
  }

  async ofPerson(scope: Scope, personId: string, limit: number): Promise<InteractionRecord[]> {
    return (await this.store.read(InteractionQueries.ofPerson, { ...scope, id: personId, limit })).map((r) => r.i as InteractionRecord);
  }

  async people(scope: Scope, id: string): Promise<Array<{ person: PersonRecord; host: boolean }>> {
    return (await this.store.read(InteractionQueries.people, { ...scope, id })).map((r) => ({ person: r.p as PersonRecord, host: !!r.host }));
  }

  async organizations(scope: Scope, id: string): Promise<OrganizationRecord[]> {
    return (await this.store.read(InteractionQueries.organizations, { ...scope, id })).map((r) => r.o as OrganizationRecord);
  }

  async followUpsOf(id: string): Promise<Array<FollowUpRecord & { interactionId: string | null }>> {
    return (await this.store.read(InteractionQueries.followUpsOf, { id })).map(followUp);
  }

  async mine(accountId: string, includeDone: boolean): Promise<Array<FollowUpRecord & { interactionId: string | null }>> {
    return (await this.store.read(InteractionQueries.mine, { accountId, includeDone })).map(followUp);
  }

  async setDone(id: string, accountId: string, manager: boolean, done: boolean, now: string): Promise<(FollowUpRecord & { interactionId: string | null }) | null> {
    const [row] = await this.store.write(InteractionQueries.setDone, { id, accountId, manager, done, doneAt: done ? now : null, now });
    return row ? { ...(row.f as FollowUpRecord), interactionId: null } : null;
  }

  async teamProgress(teamId: string, since: string): Promise<Array<{ date: string; kind: string }>> {
    return (await this.store.read(InteractionQueries.teamProgress, { id: teamId, since })).map((r) => ({ date: String(r.date), kind: String(r.kind) }));
  }
}

const followUp = (r: Row) => ({ ...(r.f as FollowUpRecord), interactionId: (r.interactionId as string) ?? null });
