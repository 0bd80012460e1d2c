import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { digitsOf } from '../../common/input.js';
import { searchFold, searchText, sortKeyOf } from '../../common/pagination.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { AppConfig } from '../../config/app-config.js';
import { SignInLimiter } from '../auth/sign-in-limiter.js';
import type { ChangeEntry } from '../history/history.js';
import type { RsvpForm } from './rsvp-form.js';
import { streetColumns } from '../../common/address.js';
import { RSVP_PAGE_AUTHOR, RsvpPageRepository, type Candidate, type NewPerson, type OpenEvent } from './rsvp-page.repository.js';

/** The tag on people who first came in through a public RSVP page (so organizers can find and check them). */
export const SELF_REGISTERED_TAG = 'self-registered';

/** What the public page may show of an event, and nothing more. */
export interface PublicEvent {
  name: string;
  date: string;
  location: string | null;
  zip: string | null;
  /** The day is over everywhere on earth: RSVPs are closed. */
  past: boolean;
}

export interface RsvpPageSettings {
  on: boolean;
  /** The page's token (its address is /rsvp/<token>); null until it was first turned on. */
  token: string | null;
}

/** Phones compare by their last ten digits, so +1 (555) 123-4567 is 555-123-4567. */
const phoneKey = (phone: string) => digitsOf(phone).slice(-10);

/**
 * The public RSVP page of an event: on only when its organizer turns it on; reached by a random token, never
 * the event's id. An RSVP finds the person by email or phone in the event's region, or adds them there
 * tagged self-registered, and credits the inviter when "who invited you" names exactly one person of the region.
 */
@Injectable()
export class RsvpPageService {
  private readonly perAddress: SignInLimiter;

  constructor(
    private readonly repo: RsvpPageRepository,
    config: AppConfig,
  ) {
    // The sign-in limiter's sliding window: every RSVP sent from an address counts, before any work is done.
    this.perAddress = new SignInLimiter(config.RSVP_PAGE_MAX_PER_HOUR, 3_600_000);
  }

  async settings(viewer: Viewer, eventId: string): Promise<RsvpPageSettings> {
    const s = await this.repo.settings(regionScope(viewer), eventId);
    if (!s) throw notFound('That event');
    return s;
  }

  async setOpen(viewer: Viewer, eventId: string, on: boolean): Promise<RsvpPageSettings> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins open or close an event’s RSVP page.');
    // 128 random bits: the address cannot be guessed from the event or from other pages' addresses.
    const saved = await this.repo.setOpen(regionScope(viewer), eventId, on, randomBytes(16).toString('base64url'));
    if (!saved) throw notFound('That event');
    return saved;
  }

  async publicEvent(token: string): Promise<PublicEvent> {
    const e = await this.openEvent(token);
    return { name: e.name, date: e.date, location: e.location, zip: e.zip, past: isPast(e) };
  }

  /** Milliseconds until this address may send another RSVP (0: now); counts this one when it may. */
  admit(address: string): number {
    const wait = this.perAddress.retryAfter(address);
    if (!wait) this.perAddress.attempt(address);
    return wait;
  }

  /** Records the RSVP; resolves to the event as the confirmation shows it. */
  async rsvp(token: string, form: RsvpForm): Promise<PublicEvent> {
    const event = await this.openEvent(token);
    if (isPast(event)) throw new AppError('FAILED_PRECONDITION', `“${event.name}” was on ${event.date}: RSVPs are closed.`);
    const email = form.email ? form.email.toLowerCase() : '';
    const phone = form.phone ? phoneKey(form.phone) : '';
    const existing = await this.findPerson(event.region, email, phone);
    const inviter = form.invitedBy ? await this.findInviter(event.region, form.invitedBy, existing?.id ?? null) : null;
    const personId = existing?.id ?? randomUUID();
    const newPerson: NewPerson | null = existing ? null : {
      id: personId,
      name: form.name,
      sortKey: sortKeyOf(form.name, personId),
      searchPublic: searchFold(searchText([form.name, form.zip])),
      searchContact: searchText([...(email ? [email] : []), ...(form.phone ? [digitsOf(form.phone)] : [])]),
      emails: form.email ? [form.email] : [],
      phones: form.phone ? [form.phone] : [],
      zip: form.zip,
      region: event.region,
      kinds: [],
      tags: [SELF_REGISTERED_TAG],
      notes: null,
      assignees: [],
      // The page asks for no street address and no custom fields: the columns every new person has, empty.
      ...streetColumns(null),
      customFields: null,
      customFieldTerms: [],
    };
    const by = inviter ? ` (invited by ${inviter.name})` : '';
    const changes: ChangeEntry[] = [
      ...(newPerson ? [{ accountId: RSVP_PAGE_AUTHOR, entityType: 'person', entityId: personId, action: 'created' as const, summary: `Self-registered through the RSVP page of ${event.name}`, about: { Person: [personId], Event: [event.id] } }] : []),
      { accountId: RSVP_PAGE_AUTHOR, entityType: 'event', entityId: event.id, action: 'updated', summary: `RSVP yes from the public page${by}`, about: { Event: [event.id], Person: [personId] } },
    ];
    await this.repo.rsvp(event.id, personId, newPerson, inviter?.id ?? null, form.invitedBy ?? null, now(), changes);
    return { name: event.name, date: event.date, location: event.location, zip: event.zip, past: false };
  }

  private async openEvent(token: string): Promise<OpenEvent> {
    const e = typeof token === 'string' && /^[A-Za-z0-9_-]{10,64}$/.test(token) ? await this.repo.openEvent(token) : null;
    if (!e) throw new AppError('NOT_FOUND', 'This RSVP page is not open. Ask the organizers for the current link.');
    return e;
  }

  /** The person with this email, else with this phone, in the region (the first by name when several share one). */
  private async findPerson(region: string, email: string, phone: string): Promise<Candidate | null> {
    if (email) {
      const byEmail = (await this.repo.byContact(region, email)).find((c) => c.emails.some((e) => e.toLowerCase() === email));
      if (byEmail) return byEmail;
    }
    if (phone) {
      return (await this.repo.byContact(region, phone)).find((c) => c.phones.some((p) => phoneKey(p) === phone)) ?? null;
    }
    return null;
  }

  /** The one person of the region the text names (by code, exact name or email); none when it names no one or several. */
  private async findInviter(region: string, text: string, self: string | null): Promise<Candidate | null> {
    const name = text.trim().toLowerCase();
    const email = name.includes('@') ? name : '';
    const found = (await this.repo.inviterCandidates(region, text.trim(), `${name}\u0001`, email)).filter(
      (c) => c.id !== self && (c.id === text.trim() || c.name.trim().toLowerCase() === name || c.emails.some((e) => e.toLowerCase() === email)),
    );
    return found.length === 1 ? found[0] : null;
  }
}

const isPast = (e: OpenEvent) => e.date < earliestTodayAnywhere();

/** The earliest calendar date it is anywhere now (UTC-12): an event before it is over for everyone. */
function earliestTodayAnywhere(at = Date.now()): string {
  return new Date(at - 12 * 3_600_000).toISOString().slice(0, 10);
}
