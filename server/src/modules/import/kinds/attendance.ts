import { withMessages } from '../said-history.js';
import { randomUUID } from 'node:crypto';
import type { FieldProblem } from '../../../common/app-error.js';
import { latestTodayAnywhere } from '../../../common/clock.js';
import { regionScope } from '../../../common/viewer.js';
import type { GraphTx } from '../../../graph/graph-store.port.js';
import { RsvpStatus } from '../../events/event.model.js';
import { PersonKind } from '../../people/models/person.model.js';
import type { RowReport } from '../import-job.js';
import { ImportQueries as Q } from '../import.queries.js';
import { enumValue } from '../mapping.js';
import { AttendanceImportQueries as AQ } from './attendance.queries.js';
import type { BatchPlan, BatchRow, ImportKindUnit, KindContext, KindRun } from './kind.js';
import { isoDate, PeopleFinder } from './people-finder.js';
import { becomeMembers, type Rec } from './records.js';

const RSVP_ALIASES: Record<string, RsvpStatus> = {
  Y: RsvpStatus.YES, GOING: RsvpStatus.YES, ACCEPTED: RsvpStatus.YES, ATTENDING: RsvpStatus.YES, N: RsvpStatus.NO, DECLINED: RsvpStatus.NO,
  NOT_GOING: RsvpStatus.NO, CANT_GO: RsvpStatus.NO, M: RsvpStatus.MAYBE, TENTATIVE: RsvpStatus.MAYBE, INTERESTED: RsvpStatus.MAYBE,
};
const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', 'attended', 'present', 'came', 'checked in', 'here']);
const NO = new Set(['no', 'n', 'false', '0', 'absent', 'no-show', 'no show', 'did not attend', "didn't come"]);

interface EventKey { id: string; name: string; date: string }
interface LinkState { attended: { broughtById: string | null } | null; rsvp: string | null }

/**
 * Event attendance and RSVPs with the rules of recording them by hand (modules/events): attending an event makes
 * a person a member (recorded in their history), who brought them is the turnout credit. The same person and
 * event again is the same attendance (and RSVP): a second import adds nothing.
 */
export class AttendanceUnit implements ImportKindUnit {
  readonly kind = 'attendance' as const;

  async open(ctx: KindContext): Promise<KindRun> {
    const finder = await PeopleFinder.load(ctx);
    const events = (await ctx.store.read(AQ.events, { ...regionScope(ctx.viewer) })).map((r): EventKey => ({ id: String(r.id), name: String(r.name), date: String(r.date) }));
    const byId = new Map(events.map((e) => [e.id, e]));
    const byNameDate = new Map<string, EventKey[]>();
    for (const e of events) {
      const k = `${e.name.trim().toLowerCase()}|${e.date}`;
      byNameDate.set(k, [...(byNameDate.get(k) ?? []), e]);
    }
    /** What is known of each person × event pair (read once, then kept as this run changes it). */
    const state = new Map<string, LinkState>();
    const madeMembers = new Set<string>();
    const lookups: Lookups = { finder, byId, byNameDate, attendedMapped: ctx.mapped.has('attended'), rsvpMapped: ctx.mapped.has('rsvp') };

    const plan = async (rows: BatchRow[]): Promise<BatchPlan> => {
      const reports: RowReport[] = [];
      const parsed: AttendanceRow[] = [];
      for (const row of rows) {
        const { report, read } = readRow(row, lookups);
        reports.push(report);
        if (read) parsed.push(read);
      }
      // What is recorded already, for the pairs not seen before.
      const unknown = [...new Map(parsed.map((p) => [`${p.personId}|${p.event.id}`, { personId: p.personId, eventId: p.event.id }])).entries()]
        .filter(([k]) => !state.has(k)).map(([, v]) => v);
      if (unknown.length) {
        for (const u of unknown) state.set(`${u.personId}|${u.eventId}`, { attended: null, rsvp: null });
        for (const r of await ctx.store.read(AQ.attended, { pairs: unknown })) state.get(`${r.personId}|${r.eventId}`)!.attended = { broughtById: r.broughtById ?? null };
        for (const r of await ctx.store.read(AQ.rsvped, { pairs: unknown })) state.get(`${r.personId}|${r.eventId}`)!.rsvp = String(r.status);
      }
      const attend = new Map<string, { personId: string; eventId: string; broughtById: string | null; before: { broughtById: string | null } | null }>();
      const rsvps = new Map<string, { personId: string; eventId: string; status: string; before: string | null }>();
      const attendees = new Map<string, string>();
      for (const p of parsed) {
        const key = `${p.personId}|${p.event.id}`;
        const s = state.get(key)!;
        const changes: string[] = [];
        let created = false;
        if (p.attended) {
          attendees.set(p.personId, p.event.name);
          if (!s.attended) {
            created = true;
            attend.set(key, { personId: p.personId, eventId: p.event.id, broughtById: p.broughtById, before: attend.get(key)?.before ?? null });
            s.attended = { broughtById: p.broughtById };
          } else if (p.broughtById && p.broughtById !== s.attended.broughtById) {
            changes.push('brought by');
            const before = attend.has(key) ? attend.get(key)!.before : { ...s.attended };
            attend.set(key, { personId: p.personId, eventId: p.event.id, broughtById: p.broughtById, before });
            s.attended = { broughtById: p.broughtById };
          }
        }
        if (p.rsvp && p.rsvp !== s.rsvp) {
          if (s.rsvp === null) created = true;
          else changes.push('RSVP');
          rsvps.set(key, { personId: p.personId, eventId: p.event.id, status: p.rsvp, before: rsvps.has(key) ? rsvps.get(key)!.before : s.rsvp });
          s.rsvp = p.rsvp;
        }
        p.report.action = created ? 'create' : changes.length ? 'update' : 'unchanged';
        if (changes.length) p.report.note = `Changes ${changes.join(' and ')}.`;
        if (!created && !changes.length) p.report.note = 'Already recorded.';
      }
      // Attending makes members (as recording attendance by hand does).
      const ids = [...attendees.keys()];
      const records = ids.length ? (await ctx.store.read(Q.peopleByIds, { ids })).map((r) => r.p) : [];
      const newMembers = records.filter((p) => !madeMembers.has(p.id) && !((p.kinds as string[]) ?? []).includes(PersonKind.MEMBER) && !((p.kinds as string[]) ?? []).includes(PersonKind.TARGET));
      for (const p of newMembers) madeMembers.add(p.id);
      if (ctx.dryRun || (!attend.size && !rsvps.size && !newMembers.length)) return { reports };
      const perEvent = new Map<string, number>();
      for (const a of attend.values()) perEvent.set(a.eventId, (perEvent.get(a.eventId) ?? 0) + 1);
      return {
        reports,
        write: (tx, at) => this.write(tx, ctx, [...attend.values()], [...rsvps.values()], newMembers, attendees, perEvent, finder, at),
      };
    };
    return { plan };
  }

  private async write(
    tx: GraphTx, ctx: KindContext, attend: Array<{ personId: string; eventId: string; broughtById: string | null; before: { broughtById: string | null } | null }>,
    rsvps: Array<{ personId: string; eventId: string; status: string; before: string | null }>, newMembers: Rec[], attendees: Map<string, string>,
    perEvent: Map<string, number>, finder: PeopleFinder, at: string,
  ): Promise<Set<string>> {
    const params = { now: at, accountId: ctx.viewer.accountId, importId: ctx.importId };
    if (attend.length) await tx.run(AQ.attend, { ...params, rows: attend.map(({ personId, eventId, broughtById }) => ({ personId, eventId, broughtById })) });
    if (rsvps.length) await tx.run(AQ.rsvp, { ...params, rows: rsvps.map(({ personId, eventId, status }) => ({ personId, eventId, status })) });
    const undoAttend = attend.filter((a) => a.before).map((a) => ({
      id: `${ctx.importId}:ATTENDED:${a.personId}|${a.eventId}`, entityId: `${a.personId}|${a.eventId}`, name: finder.name(a.personId),
      before: JSON.stringify(a.before), after: JSON.stringify({ broughtById: a.broughtById }),
    }));
    if (undoAttend.length) await tx.run(Q.undoLinks, { jobId: ctx.importId, entityType: 'ATTENDED', rows: undoAttend });
    const undoRsvp = rsvps.filter((r) => r.before).map((r) => ({
      id: `${ctx.importId}:RSVPED:${r.personId}|${r.eventId}`, entityId: `${r.personId}|${r.eventId}`, name: finder.name(r.personId),
      before: JSON.stringify({ status: r.before }), after: JSON.stringify({ status: r.status }),
    }));
    if (undoRsvp.length) await tx.run(Q.undoLinks, { jobId: ctx.importId, entityType: 'RSVPED', rows: undoRsvp });
    await becomeMembers(tx, ctx, newMembers, at, (id) => `Became a member by attending ${attendees.get(id) ?? 'an event'} (imported)`);
    if (perEvent.size) {
      await tx.run(AQ.history, { ...params, rows: withMessages([...perEvent].map(([entityId, n]) => ({ id: randomUUID(), entityId, summary: `Attendance imported: ${n} ${n === 1 ? 'person' : 'people'}` }))) });
    }
    return new Set();
  }
}

/** An attendance row read: the person and event it names, and what it records. */
interface AttendanceRow {
  report: RowReport;
  personId: string;
  event: EventKey;
  attended: boolean;
  broughtById: string | null;
  rsvp: RsvpStatus | null;
}

interface Lookups {
  finder: PeopleFinder;
  byId: Map<string, EventKey>;
  byNameDate: Map<string, EventKey[]>;
  attendedMapped: boolean;
  rsvpMapped: boolean;
}

/** A row's event, person, who brought them, attendance and RSVP, by the rules of recording them by hand; or its problems. */
function readRow(row: BatchRow, lookups: Lookups): { report: RowReport; read: AttendanceRow | null } {
  const text = (f: string) => row.g.get(f)?.[0] ?? null;
  const problems: FieldProblem[] = [];
  const report: RowReport = { line: row.line, action: 'skip', name: '', problems };
  let event: EventKey | undefined;
  if (text('eventId')) {
    event = lookups.byId.get(text('eventId')!.trim());
    if (!event) problems.push({ field: 'eventId', message: `There is no event ${text('eventId')} in your regions.` });
  } else if (text('eventName') && text('eventDate')) {
    const found = lookups.byNameDate.get(`${text('eventName')!.trim().toLowerCase()}|${isoDate(text('eventDate'))}`) ?? [];
    if (found.length === 1) event = found[0];
    else problems.push({ field: 'eventName', message: found.length ? `Several events named ${text('eventName')} are on ${isoDate(text('eventDate'))}: give the event id.` : `There is no event named ${text('eventName')} on ${isoDate(text('eventDate'))} in your regions.` });
  } else {
    problems.push({ field: 'eventName', message: 'Name the event: its id, or its name and date.' });
  }
  const personToken = text('person');
  let personId: string | undefined;
  if (!personToken) problems.push({ field: 'person', message: 'Name the person: an email, a record id, or a name.' });
  else {
    const p = lookups.finder.person(personToken);
    if (p.problem) problems.push({ field: 'person', message: p.problem });
    personId = p.id;
  }
  let broughtById: string | null = null;
  if (text('broughtBy')) {
    const b = lookups.finder.person(text('broughtBy')!);
    if (b.problem) problems.push({ field: 'broughtBy', message: b.problem });
    broughtById = b.id ?? null;
  }
  let rsvp: RsvpStatus | null = null;
  if (text('rsvp')) {
    const key = text('rsvp')!.trim().toUpperCase().replace(/[^A-Z]+/g, '_');
    const v = RSVP_ALIASES[key] ?? enumValue(text('rsvp')!, Object.values(RsvpStatus));
    if (Object.values(RsvpStatus).includes(v as RsvpStatus)) rsvp = v as RsvpStatus;
    else problems.push({ field: 'rsvp', message: 'Choose yes, maybe or no.' });
  }
  let attended = !lookups.attendedMapped && !lookups.rsvpMapped;
  const cell = text('attended')?.trim().toLowerCase();
  if (cell) {
    if (YES.has(cell)) attended = true;
    else if (!NO.has(cell)) problems.push({ field: 'attended', message: 'Say yes or no (or leave it empty for no).' });
  }
  if (personId === broughtById && personId) problems.push({ field: 'broughtBy', message: 'Someone cannot bring themselves.' });
  if (attended && event && event.date > latestTodayAnywhere()) problems.push({ field: 'attended', message: `${event.name} is on ${event.date} and has not happened yet: import who came once it has (an RSVP can be imported now).` });
  report.name = [personId ? lookups.finder.name(personId) : personToken ?? '', event ? `${event.name} (${event.date})` : ''].filter(Boolean).join(' · ');
  if (!problems.length && !attended && !rsvp) problems.push({ field: 'attended', message: 'Nothing to record: the row says neither that they came nor an RSVP.' });
  if (problems.length) return { report, read: null };
  return { report, read: { report, personId: personId!, event: event!, attended, broughtById, rsvp } };
}
