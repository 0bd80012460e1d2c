import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { PersonRecord } from '../people/models/person.model.js';
import { PersonQueries } from '../people/people.queries.js';
import type { FollowUpRecord, InteractionRecord } from './interaction.model.js';
import { InteractionQueries } from './interactions.queries.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.service.js';
import { conflict } from '../../common/app-error.js';
import { keepListFacts } from '../lists/person-facts.js';
import { addContact, byScoreType, contactPairs, KIND_WEIGHT, removeContact, type TieScore } from './tie-strength.js';

export interface NewInteraction {
  interaction: Pick<InteractionRecord, 'id' | 'kind' | 'date' | 'notes' | 'region'>;
  participants: Array<{ personId: string; host: boolean; forOrganizationId: string | null }>;
  organizationIds: string[];
  followUps: Array<{ id: string; text: string; dueDate: string | null; assigneeId: string }>;
  pairs: Array<{ a: string; b: string; weight: number }>;
  /** People who become members by attending, with their new kinds. */
  newMembers: Array<{ id: string; kinds: string[] }>;
}

/** Who met whom at a meeting, as its contacts count in tie strength. */
export interface MeetingShape {
  kind: InteractionRecord['kind'];
  date: string;
  hostId: string | null;
  personIds: string[];
}

/** A logged meeting corrected (`after`), or deleted (`after` null), from what the editor saw (`before`, `version`). */
export interface Correction {
  id: string;
  version: number;
  before: MeetingShape;
  after: (MeetingShape & { notes: string | null; region: string; organizationIds: string[] }) | null;
  newMembers: Array<{ id: string; kinds: string[] }>;
}

export interface ParticipantRow {
  person: PersonRecord;
  host: boolean;
}

const pairKey = (a: unknown, b: unknown) => `${a}|${b}`;
const contactsOf = (m: MeetingShape) => new Map(contactPairs(m.hostId, m.personIds, KIND_WEIGHT[m.kind]).map((c) => [pairKey(c.a, c.b), { ...c, date: m.date }]));
const sameShape = (x: MeetingShape, rows: readonly ParticipantRow[]) => {
  const host = rows.find((r) => r.host)?.person.id ?? null;
  const ids = rows.map((r) => r.person.id).sort();
  return host === x.hostId && ids.length === x.personIds.length && [...x.personIds].sort().every((id, i) => id === ids[i]);
};

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
      await keepListFacts(tx, n.participants.map((r) => r.personId), { meetings: true });
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
      return row.i;
    });
  }

  /**
   * Corrects or deletes a logged meeting in one transaction, and recomputes what it moved as if it had been logged
   * the corrected way: each pair's old contact comes out of tie strength (its faded weight, as an import roll-back
   * takes it out), the new one goes in; last contact goes back to the latest meeting the pair still shares (or a
   * later one set by hand); ties only meetings made and none is left go. Memberships it brought stay (see docs).
   */
  correct(c: Correction, viewerId: string, now: string, changes: ChangeEntry[]): Promise<InteractionRecord | null> {
    return this.store.transaction(async (tx) => {
      const stale = () => conflict('Someone changed or deleted this meeting since you opened it. Reload it, check it, then correct it again.');
      const [row] = c.after
        ? await tx.run(InteractionQueries.correct, { id: c.id, version: c.version, kind: c.after.kind, date: c.after.date, notes: c.after.notes, region: c.after.region, now })
        : await tx.run(InteractionQueries.claim, { id: c.id, version: c.version });
      if (!row) throw stale();
      // Its people as the editor saw them (a merge re-points participants without a new version of the meeting).
      if (!sameShape(c.before, participantRows(await tx.run(InteractionQueries.allPeople, { id: c.id })))) throw stale();
      if (c.after) {
        await tx.run(InteractionQueries.unlink, { id: c.id });
        await tx.run(InteractionQueries.unlinkOrganizations, { id: c.id });
        const rows = c.after.personIds.map((personId) => ({ personId, host: personId === c.after!.hostId, forOrganizationId: null }));
        await tx.run(InteractionQueries.participants, { id: c.id, rows });
        if (c.after.organizationIds.length) await tx.run(InteractionQueries.spokeFor, { id: c.id, organizationIds: c.after.organizationIds });
      } else {
        await tx.run(InteractionQueries.delete, { id: c.id });
      }
      await keepListFacts(tx, [...c.before.personIds, ...(c.before.hostId ? [c.before.hostId] : []), ...(c.after?.personIds ?? [])], { meetings: true });
      await this.moveContacts(tx, contactsOf(c.before), c.after ? contactsOf(c.after) : new Map(), viewerId, now);
      if (c.newMembers.length) await tx.run(PersonQueries.becomeMembers, { rows: c.newMembers, now });
      for (const change of changes) await recordChange(tx, change, now);
      return c.after ? row.i : null;
    });
  }

  /** Takes the old contacts out of tie strength and puts the new ones in (within the caller's transaction). */
  private async moveContacts(
    tx: GraphTx,
    before: Map<string, { a: string; b: string; weight: number; date: string }>,
    after: Map<string, { a: string; b: string; weight: number; date: string }>,
    viewerId: string,
    now: string,
  ): Promise<void> {
    const oldOnly = [...before.values()].filter((c) => !after.has(pairKey(c.a, c.b))).map(({ a, b }) => ({ a, b }));
    const current = [
      ...(after.size ? await tx.run(InteractionQueries.touchTies, { pairs: [...after.values()].map(({ a, b }) => ({ a, b })), viewerId, now }) : []),
      ...(oldOnly.length ? await tx.run(InteractionQueries.ties, { pairs: oldOnly }) : []),
    ];
    if (!current.length) return;
    const shared = new Map((await tx.run(InteractionQueries.lastShared, { pairs: current.map((r) => ({ a: r.a, b: r.b })) })).map((r) => [pairKey(r.a, r.b), r.last || null]));
    const rows = current.map((t) => {
      const key = pairKey(t.a, t.b);
      const old = before.get(key);
      const next = after.get(key);
      let score: TieScore | null = t.score != null && t.scoreAt ? { score: t.score, scoreAt: t.scoreAt } : null;
      let interactions = t.interactions ?? 0;
      let lastContact = t.lastContact || null;
      if (old) {
        score = removeContact(score, old.weight, old.date);
        interactions = Math.max(0, interactions - 1);
        if (lastContact === old.date) lastContact = null;
      }
      if (interactions === 0) score = null;
      if (next) {
        score = addContact(score, next.weight, next.date);
        interactions += 1;
      }
      const last = shared.get(key) ?? null;
      if (last && (!lastContact || last > lastContact)) lastContact = last;
      return { a: String(t.a), b: String(t.b), score: score?.score ?? null, scoreAt: score?.scoreAt ?? null, lastContact: lastContact ?? '', interactions };
    });
    const scored = rows.filter((r) => r.score !== null);
    const cleared = rows.filter((r) => r.score === null).map(({ a, b, lastContact, interactions }) => ({ a, b, lastContact, interactions }));
    for (const part of byScoreType(scored)) await tx.run(InteractionQueries.resetTies, { rows: part, now });
    if (cleared.length) await tx.run(InteractionQueries.clearTieScores, { rows: cleared, now });
    if (oldOnly.length) await tx.run(InteractionQueries.dropEmptyTies, { pairs: oldOnly });
  }

  /** Everyone who took part, whatever their region (the caller decides what the viewer may see). */
  async allPeople(id: string): Promise<ParticipantRow[]> {
    return participantRows(await this.store.read(InteractionQueries.allPeople, { id }));
  }


  async byId(scope: Scope, id: string): Promise<InteractionRecord | null> {
    const [row] = await this.store.read(InteractionQueries.byId, { ...scope, id });
    return row ? row.i : null;
  }

  async ofPerson(scope: Scope, personId: string, limit: number): Promise<InteractionRecord[]> {
    return (await this.store.read(InteractionQueries.ofPerson, { ...scope, id: personId, limit })).map((r) => r.i);
  }

  async people(scope: Scope, id: string): Promise<Array<{ person: PersonRecord; host: boolean }>> {
    return (await this.store.read(InteractionQueries.people, { ...scope, id })).map((r) => ({ person: r.p, host: !!r.host }));
  }

  async organizations(scope: Scope, id: string): Promise<OrganizationRecord[]> {
    return (await this.store.read(InteractionQueries.organizations, { ...scope, id })).map((r) => r.o);
  }

  async followUpsOf(id: string): Promise<Array<FollowUpRecord & { interactionId: string | null }>> {
    return (await this.store.read(InteractionQueries.followUpsOf, { id })).map(followUp);
  }

  async mine(accountId: string, includeDone: boolean): Promise<Array<FollowUpRecord & { interactionId: string | null }>> {
    return (await this.store.read(InteractionQueries.mine, { accountId, includeDone })).map(followUp);
  }

  async setDone(id: string, accountId: string, manager: boolean, done: boolean, now: string): Promise<(FollowUpRecord & { interactionId: string | null }) | null> {
    const [row] = await this.store.write(InteractionQueries.setDone, { id, accountId, manager, done, doneAt: done ? now : null, now });
    return row ? { ...row.f, interactionId: null } : null;
  }

  async teamProgress(teamId: string, since: string): Promise<Array<{ date: string; kind: string }>> {
    return (await this.store.read(InteractionQueries.teamProgress, { id: teamId, since })).map((r) => ({ date: r.date, kind: r.kind }));
  }
}

const participantRows = (rows: Array<{ p: PersonRecord; host: boolean | null }>): ParticipantRow[] => rows.map((r) => ({ person: r.p, host: !!r.host }));
const followUp = (r: { f: FollowUpRecord; interactionId: string | null }) => ({ ...r.f, interactionId: r.interactionId ?? null });
