import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, badInput, conflict, forbidden, notFound } from '../../common/app-error.js';
import { latestTodayAnywhere, now } from '../../common/clock.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { AppConfig } from '../../config/app-config.js';
import type { GraphTx } from '../../graph/graph-store.port.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { CampaignStatus } from '../campaigns/campaign.model.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { diff, type ChangeEntry } from '../history/history.js';
import { PeopleService } from '../people/people.service.js';
import { RegionsService } from '../regions/regions.service.js';
import type { AskLoad, Attendance, AttendanceInput, Event, EventInput, Rsvp, RsvpStatus, TurnoutAsk } from './event.model.js';
import { EventsRepository, type EventRow } from './events.repository.js';

const DAY = 86_400_000;
const EVENT_FIELDS = ['name', 'date', 'region', 'campaignId', 'location', 'zip', 'notes'] as const;
const isoDaysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

/** Events, RSVPs, attendance (which makes members), and turnout asks held to the mobilization gate and the ask limit. */
@Injectable()
export class EventsService {
  constructor(
    private readonly repo: EventsRepository,
    private readonly regions: RegionsService,
    private readonly people: PeopleService,
    private readonly campaigns: CampaignsService,
    private readonly accounts: AccountsRepository,
    private readonly config: AppConfig,
  ) {}

  async create(viewer: Viewer, input: EventInput): Promise<Event> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins create events.');
    await this.regions.requireUsable(viewer, input.regionId);
    if (input.campaignId) await this.campaigns.get(viewer, input.campaignId).catch(() => { throw badInput('campaignId', 'Choose a campaign in your regions.'); });
    const id = randomUUID();
    await this.repo.create({ id, name: input.name, date: input.date, zip: input.zip ?? null, location: input.location ?? null, notes: input.notes ?? null, region: input.regionId },
      input.campaignId ?? null, viewer.accountId, now(), { accountId: viewer.accountId, entityType: 'event', entityId: id, action: 'created', summary: 'Created', about: { Event: [id] } });
    return this.get(viewer, id);
  }

  /** Saves an edit made from `version`; CONFLICT when someone saved in between (nothing is written then). */
  async update(viewer: Viewer, id: string, version: number, input: EventInput): Promise<Event> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins edit events.');
    const current = await this.row(viewer, id);
    await this.regions.requireUsable(viewer, input.regionId);
    if (input.campaignId && input.campaignId !== current.campaignId) {
      await this.campaigns.get(viewer, input.campaignId).catch(() => { throw badInput('campaignId', 'Choose a campaign in your regions.'); });
    }
    const fields = { id, name: input.name, date: input.date, zip: input.zip ?? null, location: input.location ?? null, notes: input.notes ?? null, region: input.regionId };
    const details = diff({ ...current, campaignId: current.campaignId ?? null }, { ...fields, campaignId: input.campaignId ?? null }, EVENT_FIELDS);
    const saved = await this.repo.update(regionScope(viewer), fields, version, input.campaignId ?? null, now(), {
      accountId: viewer.accountId, entityType: 'event', entityId: id, action: 'updated',
      summary: details.length ? `Changed ${details.map((d) => d.field).join(', ')}` : 'Saved without changes', details, about: { Event: [id] },
    });
    if (!saved) throw conflict('Someone else changed this event since you opened it. Load their version, then make your changes again.');
    return this.get(viewer, id);
  }

  /** Deletes an event with its RSVPs, attendance and turnout asks. Memberships that attending brought stay. */
  async delete(viewer: Viewer, id: string): Promise<string> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins delete events.');
    const event = await this.row(viewer, id);
    const deleted = await this.repo.delete(regionScope(viewer), id, now(), {
      accountId: viewer.accountId, entityType: 'event', entityId: id, action: 'deleted', summary: `Deleted ${event.name} (${event.date})`, about: {},
    });
    if (!deleted) throw notFound('That event');
    return id;
  }

  /** The event after the change: its RSVPs and history follow from it. */
  async removeRsvp(viewer: Viewer, eventId: string, personId: string): Promise<Event> {
    return this.toEvent(await this.unlink(viewer, 'rsvp', eventId, personId));
  }

  /** Takes a person off the attendance (recorded by mistake). Membership it brought stays: people are not demoted silently. */
  async removeAttendance(viewer: Viewer, eventId: string, personId: string): Promise<Event> {
    return this.toEvent(await this.unlink(viewer, 'attendance', eventId, personId));
  }

  private async unlink(viewer: Viewer, kind: 'rsvp' | 'attendance', eventId: string, personId: string): Promise<EventRow> {
    const event = await this.row(viewer, eventId);
    const [person] = await this.people.requireAll(viewer, [personId], 'personId');
    const what = kind === 'rsvp' ? 'RSVP' : 'attendance';
    const removed = await this.repo.unlink(kind, regionScope(viewer), event.id, person.id, now(), {
      accountId: viewer.accountId, entityType: 'event', entityId: event.id, action: 'updated',
      // About the person too: the entry names them, so a viewer outside their region reads it without the name.
      summary: `Removed the ${what} of ${person.name}`, about: { Event: [event.id], Person: [person.id] },
    });
    if (!removed) throw notFound(`${person.name}’s ${what} at this event`);
    return event;
  }

  async get(viewer: Viewer, id: string): Promise<Event> {
    return this.toEvent(await this.row(viewer, id));
  }

  async list(viewer: Viewer, regionId?: string | null, campaignId?: string | null, from?: string | null): Promise<Event[]> {
    return (await this.repo.list(regionScope(viewer), regionId ?? '', campaignId ?? '', from ?? '0000-01-01')).map((e) => this.toEvent(e));
  }

  async rsvp(viewer: Viewer, eventId: string, personId: string, status: RsvpStatus): Promise<Event> {
    if (!(await this.repo.rsvp(regionScope(viewer), eventId, personId, status, now()))) throw notFound('That person or event');
    return this.get(viewer, eventId);
  }

  /** The event after the change: its attendance and history follow from it. */
  async recordAttendance(viewer: Viewer, input: AttendanceInput): Promise<Event> {
    const event = await this.row(viewer, input.eventId);
    // Later than today everywhere on earth: no one can have come yet, whatever the organizer's time zone.
    if (event.date > latestTodayAnywhere()) {
      throw badInput('eventId', `“${event.name}” is on ${event.date} and has not happened yet: record who came once it has. RSVPs can be recorded now.`);
    }
    const ids = input.attendees.map((a) => a.personId);
    const bringers = input.attendees.map((a) => a.broughtById).filter((x): x is string => !!x);
    const people = await this.people.requireAll(viewer, [...ids, ...bringers], 'attendees');
    const attending = people.filter((p) => ids.includes(p.id));
    const newMembers = this.people.newMembers(attending);
    const at = now();
    const changes: ChangeEntry[] = [
      { accountId: viewer.accountId, entityType: 'event', entityId: event.id, action: 'updated', summary: `Attendance recorded: ${ids.length} ${ids.length === 1 ? 'person' : 'people'}`, about: { Event: [event.id] } },
      ...newMembers.map((m): ChangeEntry => ({ accountId: viewer.accountId, entityType: 'person', entityId: m.id, action: 'updated', summary: `Became a member by attending ${event.name}`, details: [{ field: 'kinds', from: null, to: 'MEMBER' }], about: { Person: [m.id], Event: [event.id] } })),
    ];
    await this.repo.attend(event.id, input.attendees.map((a) => ({ personId: a.personId, broughtById: a.broughtById ?? null })), newMembers, viewer.accountId, at, changes);
    return this.toEvent(event);
  }

  /** How often each person was asked to turn out in the last 30 and 90 days. */
  async askLoad(viewer: Viewer, personIds: readonly string[]): Promise<AskLoad[]> {
    const people = await this.people.requireAll(viewer, personIds, 'personIds');
    const times = await this.repo.askTimes(people.map((p) => p.id), isoDaysAgo(90));
    const since30 = isoDaysAgo(30);
    const limit = this.config.ASK_LIMIT_30_DAYS;
    // Grouped once: a bulk ask reads the load of thousands of people at a time.
    const byPerson = new Map<string, string[]>();
    for (const t of times) byPerson.set(t.id, [...(byPerson.get(t.id) ?? []), t.at]);
    return people.map((p) => {
      const mine = byPerson.get(p.id) ?? [];
      const last30Days = mine.filter((at) => at >= since30).length;
      return { person: this.people.toPerson(viewer, p), last30Days, last90Days: mine.length, limit, atLimit: last30Days >= limit };
    });
  }

  /**
   * Records turnout asks. For a campaign's event, only while it is mobilizing (seed 000). Asking someone who
   * is already at the ask limit needs `confirmOverLimit`; otherwise nothing is recorded and the error names them.
   */
  async ask(viewer: Viewer, eventId: string, personIds: string[], confirmOverLimit: boolean): Promise<Event> {
    const { event } = await this.askMany(viewer, eventId, personIds, { confirmOverLimit });
    return this.toEvent(event);
  }

  /**
   * Turnout asks for many people at once. Those at the ask limit are named and nothing is recorded, unless the
   * asker confirms (`confirmOverLimit`: ask them too) or leaves them out (`leaveOutOverLimit`: ask only the others).
   * `inTransaction` writes the caller's record of the action (history, undo) in the same transaction as the asks.
   */
  async askMany(
    viewer: Viewer, eventId: string, personIds: string[],
    options: { confirmOverLimit?: boolean; leaveOutOverLimit?: boolean; inTransaction?: (tx: GraphTx, asked: Array<{ id: string; personId: string }>, at: string) => Promise<void> },
  ): Promise<{ event: EventRow; asked: Array<{ id: string; personId: string }>; leftOut: AskLoad[] }> {
    const { event, asked, leftOut } = await this.planAsks(viewer, eventId, personIds, options);
    const at = now();
    await this.repo.ask(event.id, asked, viewer.accountId, at, options.inTransaction ? (tx) => options.inTransaction!(tx, asked, at) : undefined);
    return { event, asked, leftOut };
  }

  /**
   * The asks askMany would record, checked by the same rules (mobilization gate, ask limit), writing nothing: a bulk
   * ask on a large list is checked whole first, then recorded in parts.
   */
  async planAsks(
    viewer: Viewer, eventId: string, personIds: string[], options: { confirmOverLimit?: boolean; leaveOutOverLimit?: boolean },
  ): Promise<{ event: EventRow; asked: Array<{ id: string; personId: string }>; leftOut: AskLoad[] }> {
    const event = await this.row(viewer, eventId);
    if (!personIds.length) throw badInput('personIds', 'Choose whom to ask.');
    if (event.campaignId) {
      const campaign = await this.campaigns.get(viewer, event.campaignId);
      if (campaign.status !== CampaignStatus.MOBILIZING) {
        const gate = await this.campaigns.gate(viewer, campaign.row);
        const missing = gate.conditions.filter((c) => !c.met).map((c) => c.detail);
        throw new AppError('FAILED_PRECONDITION', `Members are not asked to turn out for “${campaign.name}”: it is not mobilizing. ${missing.join(' ') || 'Move it to mobilizing first.'}`, [], { missing: gate.conditions.filter((c) => !c.met).map((c) => c.key) });
      }
    }
    const loads = await this.askLoad(viewer, personIds);
    const over = loads.filter((l) => l.atLimit);
    if (over.length && !options.confirmOverLimit && !options.leaveOutOverLimit) {
      throw new AppError('FAILED_PRECONDITION',
        `${over.map((l) => `${l.person.name} was asked ${l.last30Days} times in the last 30 days`).join('; ')} (limit ${this.config.ASK_LIMIT_30_DAYS}). Confirm to ask anyway, or ask someone else.`,
        [], { overLimit: over.map((l) => l.person.id) });
    }
    const leftOut = options.confirmOverLimit ? [] : over;
    const skip = new Set(leftOut.map((l) => l.person.id));
    const asked = [...new Set(personIds)].filter((id) => !skip.has(id)).map((personId) => ({ id: randomUUID(), personId }));
    if (!asked.length) {
      throw new AppError('FAILED_PRECONDITION', 'Everyone chosen is at the ask limit, so no one was asked. Confirm to ask them anyway, or choose others.', [], { overLimit: [...skip] });
    }
    return { event, asked, leftOut };
  }

  async rsvps(viewer: Viewer, id: string): Promise<Rsvp[]> {
    const rows = await this.repo.rsvps(regionScope(viewer), id);
    const inviterIds = [...new Set(rows.map((r) => r.invitedById).filter((x): x is string => !!x))];
    // Inviters out of the viewer's regions (or since deleted) are left out; the typed text still shows.
    const found = await Promise.all(inviterIds.map((pid) => this.people.requireAll(viewer, [pid], 'invitedById').then(([p]) => p, () => null)));
    const inviters = new Map(found.filter((p) => p !== null).map((p) => [p.id, p]));
    return rows.map((r) => {
      const inviter = r.invitedById ? inviters.get(r.invitedById) : undefined;
      return {
        person: this.people.toPerson(viewer, r.person), status: r.status, fromPublicPage: r.fromPublicPage,
        invitedBy: inviter ? this.people.toPerson(viewer, inviter) : null, invitedByText: r.invitedByText,
      };
    });
  }

  async attendance(viewer: Viewer, id: string): Promise<Attendance[]> {
    const rows = await this.repo.attendance(regionScope(viewer), id);
    const byId = new Map(rows.map((r) => [r.person.id, r.person]));
    const missing = rows.map((r) => r.broughtById).filter((x): x is string => !!x && !byId.has(x));
    for (const p of await this.people.requireAll(viewer, missing, 'broughtById').catch(() => [])) byId.set(p.id, p);
    return rows.map((r) => {
      const bringer = r.broughtById ? byId.get(r.broughtById) : undefined;
      return { person: this.people.toPerson(viewer, r.person), broughtBy: bringer ? this.people.toPerson(viewer, bringer) : null };
    });
  }

  async asks(viewer: Viewer, id: string): Promise<TurnoutAsk[]> {
    const rows = await this.repo.asks(regionScope(viewer), id);
    const names = new Map((await this.accounts.byIds([...new Set(rows.map((r) => r.askedBy))])).map((a) => [a.id, a.displayName]));
    return rows.map((r) => ({ id: r.id, person: this.people.toPerson(viewer, r.person), at: r.at, askedByName: names.get(r.askedBy) ?? null }));
  }

  private async row(viewer: Viewer, id: string): Promise<EventRow> {
    const e = await this.repo.byId(regionScope(viewer), id);
    if (!e) throw notFound('That event');
    return e;
  }

  private toEvent(e: EventRow): Event {
    return { id: e.id, name: e.name, date: e.date, zip: e.zip ?? null, location: e.location ?? null, notes: e.notes ?? null, version: Number(e.version), regionId: e.region, campaignId: e.campaignId };
  }
}
