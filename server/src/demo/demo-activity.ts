import type { Viewer } from '../common/viewer.js';
import type { EventsService } from '../modules/events/events.service.js';
import { RsvpStatus, type EventInput } from '../modules/events/event.model.js';
import type { InteractionsService } from '../modules/interactions/interactions.service.js';
import { InteractionKind, type LogInteractionInput } from '../modules/interactions/interaction.model.js';
import type { DemoCalendar } from './demo-data.js';

/**
 * The demo's recent organizing work, logged through the same services a person uses (so tie strengths, last contact,
 * memberships, follow-ups, RSVPs and history follow the product's own rules), on days relative to the load day:
 * meetings in the last 90 days and fewer in the 90 before (so emerging leaders rise, with reasons), follow-ups due,
 * overdue and coming, a past event with attendance and turnout credit, and upcoming events with RSVPs and asks.
 * Written without random draws: the same load day gives the same demo.
 */
export interface DemoActors {
  /** Logs the Great Lakes region's work (the demo leader), and the follow-ups' assignees there. */
  leader: Viewer;
  connectorAccountId: string;
  /** Logs the other regions' work. */
  staff: Viewer;
}

const REGION_COUNT = 3;
const person = (r: number, i: number | string) => `demo-person-${r}-${i}`;

export async function logDemoActivity(
  services: { interactions: InteractionsService; events: EventsService },
  actors: DemoActors,
  cal: DemoCalendar,
): Promise<{ meetings: number; events: number }> {
  let meetings = 0;
  let events = 0;
  const ahead = (days: number) => cal.daysAgo(-days);
  for (let r = 0; r < REGION_COUNT; r++) {
    const viewer = r === 0 ? actors.leader : actors.staff;
    const assignees = r === 0 ? [actors.leader.accountId, actors.connectorAccountId] : [actors.staff.accountId];
    const log = async (input: Omit<LogInteractionInput, 'kind'> & { kind: InteractionKind }) => {
      await services.interactions.log(viewer, input as LogInteractionInput);
      meetings++;
    };
    let given = 0;
    const followUp = (text: string, dueInDays: number) => [{ text, dueDate: ahead(dueInDays), assigneeId: assignees[given++ % assignees.length] }];
    const firstAsk: Record<number, [string, number]> = {
      30: ['Invite them to the budget hearing', -3 - r],
      31: ['Send the one-pager on counselor ratios', 0],
      32: ['Ask them to host a house meeting', 5],
    };
    // A member stepping up: person 30 held six one-to-ones in the last 90 days and one in the 90 before, and a house
    // meeting that made two allies members; person 31 four one-to-ones, none before; person 32 three and a training.
    const emerging: Array<[host: number, recent: number, before: number]> = [[30, 6, 1], [31, 4, 0], [32, 3, 0]];
    for (const [host, recent, before] of emerging) {
      for (let k = 0; k < recent + before; k++) {
        const days = k < recent ? 4 + Math.floor((80 * k) / recent) + r : 100 + 20 * k;
        const met = person(r, 40 + ((host * 7 + k * 11) % 60));
        await log({
          kind: InteractionKind.ONE_TO_ONE, date: cal.daysAgo(days), hostPersonId: person(r, host), personIds: [met],
          notes: k % 2 ? 'Talked about the counselor cuts at their school; wants to bring a neighbor next time.' : 'First one-to-one: cares about school funding and transit.',
          followUps: k === 0 ? followUp(...firstAsk[host]) : k === 1 && host === 30 ? followUp('Send the house meeting date', 1) : undefined,
        });
      }
    }
    await log({
      kind: InteractionKind.HOUSE_MEETING, date: cal.daysAgo(35), hostPersonId: person(r, 30),
      personIds: [person(r, 16), person(r, 17), person(r, 50), person(r, 51), person(r, 52)],
      notes: 'Six neighbors in the living room; two want to join the school funding team.',
      followUps: followUp('Add the two new members to the issue action team', 7),
    });
    await log({
      kind: InteractionKind.TRAINING, date: cal.daysAgo(50), hostPersonId: person(r, 4),
      personIds: [person(r, 30), person(r, 31), person(r, 32), person(r, 33)], notes: 'One-to-one training.',
    });
    // Leaders keep a steady pace in both windows.
    for (let leader = 4; leader < 10; leader++) {
      for (const days of [20 + leader + r, 120 + leader]) {
        await log({
          kind: InteractionKind.ONE_TO_ONE, date: cal.daysAgo(days), hostPersonId: person(r, leader), personIds: [person(r, 16 + ((leader * 3 + days) % 14))],
          followUps: leader === 5 && days < 90 ? followUp('Ask about leading the next research action', 10) : undefined,
        });
      }
    }
    await log({
      kind: InteractionKind.TEAM_MEETING, date: cal.daysAgo(20), hostPersonId: person(r, 8),
      personIds: [9, 10, 11, 20, 21, 22, 23].map((i) => person(r, i)), notes: 'Planned turnout for the budget hearing.',
      followUps: followUp('Confirm the room for the hearing prep', -12),
    });
    // The immigrant rights coalition works in Spanish.
    for (let k = 1; k <= 3; k++) {
      await log({
        kind: InteractionKind.ONE_TO_ONE, date: cal.daysAgo(6 + 15 * k), hostPersonId: person(r, 'es-0'), personIds: [person(r, `es-${k + 3}`)],
        notes: 'Hablamos de los recortes de consejeros; quiere invitar a sus vecinos.',
        followUps: k === 1 ? followUp('Mandar la invitación al taller en español', 2) : undefined,
      });
    }
    await log({
      kind: InteractionKind.HOUSE_MEETING, date: cal.daysAgo(12), hostPersonId: person(r, 'es-0'),
      personIds: [7, 8, 9, 10].map((k) => person(r, `es-${k}`)), notes: 'Reunión en casa: ocho familias, dos quieren testificar.',
    });

    // Events: one held (with who came and who brought them), two coming (with RSVPs and turnout asks).
    const campaignId = `demo-campaign-${r}-counselors`;
    const create = async (input: Omit<EventInput, 'regionId'>) => {
      events++;
      return services.events.create(viewer, { ...input, regionId: ['region-great-lakes', 'region-gulf-coast', 'region-pacific-nw'][r] } as EventInput);
    };
    const held = await create({ name: 'Parent listening session', date: cal.daysAgo(18), campaignId, location: 'Public library, community room', notes: null, zip: null });
    await services.events.recordAttendance(viewer, {
      eventId: held.id,
      attendees: [
        ...[44, 45, 46].map((i) => ({ personId: person(r, i), broughtById: person(r, 30) })),
        ...[47, 48].map((i) => ({ personId: person(r, i), broughtById: person(r, 31) })),
        ...[30, 31, 32, 53, 54].map((i) => ({ personId: person(r, i), broughtById: null })),
      ],
    });
    const hearing = await create({ name: 'School board budget hearing', date: ahead(12 + r), campaignId, location: 'Board of Education, main hall', notes: 'Arrive 30 minutes early to sign up to speak.', zip: null });
    const rsvps: Array<[number, RsvpStatus]> = [[30, RsvpStatus.YES], [31, RsvpStatus.YES], [32, RsvpStatus.YES], [20, RsvpStatus.YES], [21, RsvpStatus.YES], [44, RsvpStatus.YES], [45, RsvpStatus.MAYBE], [46, RsvpStatus.MAYBE], [47, RsvpStatus.NO]];
    for (const [i, status] of rsvps) await services.events.rsvp(viewer, hearing.id, person(r, i), status);
    await services.events.ask(viewer, hearing.id, [55, 56, 57, 58, 59, 60].map((i) => person(r, i)), false);
    const workshop = await create({ name: 'Taller: conozca sus derechos (en español)', date: ahead(26 + r), campaignId: null, location: 'Immigrant Rights Coalition office', notes: 'Con interpretación al inglés.', zip: null });
    for (const k of [0, 1, 2, 4, 6, 7]) await services.events.rsvp(viewer, workshop.id, person(r, `es-${k}`), k === 6 ? RsvpStatus.MAYBE : RsvpStatus.YES);
  }
  return { meetings, events };
}
