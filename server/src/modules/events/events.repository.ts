import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import { PersonQueries } from '../people/people.queries.js';
import type { EventRecord, RsvpStatus } from './event.model.js';
import { EventQueries, type EventFields } from './events.queries.js';
import { askedFor, keepListFacts } from '../lists/person-facts.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.service.js';

export type EventRow = EventRecord & { campaignId: string | null };

/** All Cypher about events, RSVPs, attendance and turnout asks. */
@Injectable()
export class EventsRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  create(fields: EventFields, campaignId: string | null, viewerId: string, now: string, change: ChangeEntry): Promise<void> {
    return this.store.transaction(async (tx) => {
      await tx.run(EventQueries.create, { ...fields, viewerId, now });
      if (campaignId) await tx.run(EventQueries.linkCampaign, { id: fields.id, campaignId });
      await recordChange(tx, change, now);
      await keepIdempotencyKey(tx, fields.id);
    });
  }

  /** Saves an edit against the version the user started from; false when someone saved in between (or it is gone). */
  update(scope: Scope, fields: EventFields, version: number, campaignId: string | null, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(EventQueries.update, { ...scope, ...fields, version, now })).length) return false;
      await tx.run(EventQueries.unlinkCampaign, { id: fields.id });
      if (campaignId) await tx.run(EventQueries.linkCampaign, { id: fields.id, campaignId });
      await recordChange(tx, change, now);
      return true;
    });
  }

  /** Deletes the event with its RSVPs, attendance and turnout asks; false when there is no such event in scope. */
  delete(scope: Scope, id: string, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      const asked = await askedFor(tx, id);
      if (!(await tx.run(EventQueries.delete, { ...scope, id })).length) return false;
      await keepListFacts(tx, asked, { asks: true });
      await recordChange(tx, change, now);
      return true;
    });
  }

  /** Removes one person's RSVP or attendance; false when they had none (or are out of scope). */
  unlink(kind: 'rsvp' | 'attendance', scope: Scope, eventId: string, personId: string, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      const query = kind === 'rsvp' ? EventQueries.removeRsvp : EventQueries.removeAttendance;
      if (!(await tx.run(query, { ...scope, eventId, personId })).length) return false;
      await recordChange(tx, change, now);
      return true;
    });
  }

  async byId(scope: Scope, id: string): Promise<EventRow | null> {
    const [row] = await this.store.read(EventQueries.byId, { ...scope, id });
    return row ? { ...row.e, campaignId: row.campaignId ?? null } : null;
  }

  async list(scope: Scope, regionId: string, campaignId: string, from: string): Promise<EventRow[]> {
    const rows = await this.store.read(EventQueries.list, { ...scope, regionId, campaignId, from });
    return rows.map((r) => ({ ...r.e, campaignId: r.campaignId ?? null })).sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
  }

  async rsvp(scope: Scope, eventId: string, personId: string, status: RsvpStatus, now: string): Promise<boolean> {
    return (await this.store.write(EventQueries.rsvp, { ...scope, eventId, personId, status, now })).length > 0;
  }

  /** Attendance and the memberships it brings, together. */
  attend(eventId: string, rows: Array<{ personId: string; broughtById: string | null }>, newMembers: Array<{ id: string; kinds: string[] }>, viewerId: string, now: string, changes: ChangeEntry[]): Promise<void> {
    return this.store.transaction(async (tx) => {
      await tx.run(EventQueries.attend, { eventId, rows, viewerId, now });
      if (newMembers.length) await tx.run(PersonQueries.becomeMembers, { rows: newMembers, now });
      for (const c of changes) await recordChange(tx, c, now);
    });
  }

  ask(eventId: string, rows: Array<{ id: string; personId: string }>, viewerId: string, now: string, also?: (tx: GraphTx) => Promise<void>): Promise<void> {
    return this.store.transaction(async (tx) => {
      await tx.run(EventQueries.ask, { eventId, rows, viewerId, now });
      await keepListFacts(tx, rows.map((r) => r.personId), { asks: true });
      if (also) await also(tx);
    });
  }

  async askTimes(ids: readonly string[], since: string): Promise<Array<{ id: string; at: string }>> {
    if (!ids.length) return [];
    return (await this.store.read(EventQueries.askTimes, { ids: [...ids], since })).map((r) => ({ id: r.id, at: r.at }));
  }

  async rsvps(scope: Scope, id: string) {
    return (await this.store.read(EventQueries.rsvps, { ...scope, id })).map((r) => ({
      person: r.p, status: r.status, fromPublicPage: r.source === 'public-page',
      invitedById: r.invitedById ?? null, invitedByText: r.invitedByText ?? null,
    }));
  }

  async attendance(scope: Scope, id: string) {
    return (await this.store.read(EventQueries.attendance, { ...scope, id })).map((r) => ({ person: r.p, broughtById: r.broughtById ?? null }));
  }

  async asks(scope: Scope, id: string) {
    return (await this.store.read(EventQueries.asks, { ...scope, id })).map((r) => ({ id: r.id, person: r.p, at: r.at, askedBy: r.askedBy }));
  }
}
