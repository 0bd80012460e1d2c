import { withMessages } from './said-history.js';
import { randomUUID } from 'node:crypto';
import { now } from '../../common/clock.js';
import type { GraphStore } from '../../graph/graph-store.port.js';
import { AccountQueries } from '../accounts/accounts.queries.js';
import { byScoreType, contactPairs, HALF_LIFE_DAYS, KIND_WEIGHT } from '../interactions/tie-strength.js';
import type { RollbackSummary } from './import-job.js';
import { AttendanceImportQueries as AQ } from './kinds/attendance.queries.js';
import { BulkQueries as B } from './bulk.queries.js';
import { keepListFacts } from '../lists/person-facts.js';
import { RollbackQueries as R } from './rollback.queries.js';


export interface Edited {
  type: string;
  id: string;
  name: string;
  /** An existing record the import changed (it has a before-image), not one it created. */
  updatedByImport?: boolean;
}

const CHUNK = 1000;
const DAY = 86_400_000;
/** At most this many records changed since are named (and kept); the restore queries skip any other anyway. */
const EDITED_MAX = 1000;

/** A tie's four values as an import compares them: strength 0 and '' for none (the restore query's sentinels). */
interface TieValues { strength: number; context: string; since: string; lastContact: string }
const TIE_FIELDS = ['strength', 'context', 'since', 'lastContact'] as const;
const tieValues = (v: Record<string, unknown>): TieValues => ({
  strength: v.strength == null ? 0 : Number(v.strength),
  context: v.context == null ? '' : String(v.context),
  since: v.since == null ? '' : String(v.since),
  lastContact: v.lastContact == null ? '' : String(v.lastContact),
});
const sameTie = (x: TieValues, y: TieValues) => TIE_FIELDS.every((f) => x[f] === y[f]);
/** A before-image of a tie a (bulk) ties import updated. */
interface TieUndo { id: string; a: string; b: string; name: string; before: TieValues; after: TieValues }

const chunks = <T>(list: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

/**
 * Rolls back one import by what it left in the graph: everything it created carries its id (`importId`), every
 * record or link it changed has an ImportUndo with the values before. Records someone changed since are found
 * first: the roll-back is refused, or (asked to keep them) leaves exactly those as they are.
 *
 * Work goes a chunk per transaction, and each chunk removes its own ImportUndo entries, so a roll-back that
 * stops half way is finished by running it again; nothing is half undone within a chunk.
 */
export class ImportRollback {
  constructor(private readonly store: GraphStore) {}

  /** Records (and meetings) the import created or changed that someone has changed since. */
  async edited(jobId: string): Promise<Edited[]> {
    const p = { jobId };
    const [ep, eo, lp, lo, ei, eu] = await Promise.all([
      this.store.read(R.editedPerson, p), this.store.read(R.editedOrganization, p), this.store.read(R.linkedPerson, p),
      this.store.read(R.linkedOrganization, p), this.store.read(R.editedInteractions, p), this.store.read(R.editedUndone, p),
    ]);
    const out = new Map<string, Edited>();
    for (const r of [...ep, ...lp]) out.set(String(r.id), { type: 'person', id: String(r.id), name: String(r.name ?? '') });
    for (const r of [...eo, ...lo]) out.set(String(r.id), { type: 'organization', id: String(r.id), name: String(r.name ?? '') });
    for (const r of ei) out.set(String(r.id), { type: 'interaction', id: String(r.id), name: `${String(r.kind).toLowerCase().replace(/_/g, ' ')} on ${r.date}` });
    for (const r of eu) out.set(String(r.id), { type: r.type === 'Person' ? 'person' : 'organization', id: String(r.id), name: String(r.name ?? ''), updatedByImport: true });
    // Links the import changed (attendance, RSVPs) that were changed again.
    for (const u of await this.store.read(R.undoLinks, p)) {
      const [personId, eventId] = String(u.entityId).split('|');
      const after = JSON.parse(String(u.after)) as Record<string, string | null>;
      const current = await this.linkValue(String(u.type), personId, eventId);
      const expected = u.type === 'ATTENDED' ? after.broughtById ?? '' : after.status ?? '';
      if (current !== null && current !== expected) out.set(String(u.id), { type: u.type === 'ATTENDED' ? 'attendance' : 'RSVP', id: String(u.id), name: String(u.name ?? '') });
    }
    // Ties the import updated that were changed again, or deleted, since (a page of before-images at a time).
    let ties = 0;
    pages: for await (const page of this.tieUndoPages(jobId)) {
      const current = new Map((await this.store.read(R.knowsNow, { pairs: page.map(({ a, b }) => ({ a, b })) })).map((r) => [`${r.a}|${r.b}`, tieValues(r)]));
      for (const u of page) {
        const values = current.get(`${u.a}|${u.b}`);
        if (values && sameTie(values, u.after)) continue;
        out.set(u.id, { type: 'tie', id: u.id, name: u.name, updatedByImport: true });
        if (++ties >= EDITED_MAX) break pages;
      }
    }
    return [...out.values()];
  }

  /**
   * The job's before-images of ties, CHUNK at a time: their ids first (one scan), then each chunk by id (each
   * chunk read once the one before is done with; sorted pages would scan and sort the rest once a page).
   */
  private async *tieUndoPages(jobId: string): AsyncGenerator<TieUndo[]> {
    const ids = (await this.store.read(R.undoKnowsIds, { jobId })).map((r) => String(r.id));
    for (const part of chunks(ids)) {
      const rows = await this.store.read(R.undoKnows, { ids: part });
      yield rows.map((u) => {
        const [a, b] = String(u.entityId).split('|');
        return {
          id: String(u.id), a, b, name: String(u.name ?? ''),
          before: tieValues(JSON.parse(String(u.before)) as Record<string, unknown>),
          after: tieValues(JSON.parse(String(u.after)) as Record<string, unknown>),
        };
      });
    }
  }

  private async linkValue(type: string, personId: string, eventId: string): Promise<string | null> {
    const pairs = [{ personId, eventId }];
    if (type === 'ATTENDED') {
      const [r] = await this.store.read(AQ.attended, { pairs });
      return r ? String(r.broughtById ?? '') : null;
    }
    const [r] = await this.store.read(AQ.rsvped, { pairs });
    return r ? String(r.status ?? '') : null;
  }

  /**
   * Removes what the import created and restores what it changed, except the `keep` ids (records changed since).
   * `until`: when the import last wrote (ties it created and nobody touched after are removed).
   */
  async run(jobId: string, accountId: string, keep: ReadonlySet<string>, until: string): Promise<RollbackSummary> {
    const summary: RollbackSummary = { removed: 0, restored: 0, kept: [] };
    await this.removeInteractions(jobId, keep, summary);
    await this.removeTiesAndLinks(jobId, keep, until, summary);
    await this.restoreTies(jobId, accountId, keep, summary);
    await this.removeAttendance(jobId, summary);
    await this.restoreRecords(jobId, accountId, keep, summary);
    await this.removeRecords(jobId, keep, summary);
    return summary;
  }

  /** 1. Interactions: their contacts come out of tie strength, then they go (with their follow-ups and links). */
  private async removeInteractions(jobId: string, keep: ReadonlySet<string>, summary: RollbackSummary): Promise<void> {
    const rows = await this.store.read(R.interactions, { jobId });
    const meetings = new Map<string, { kind: string; date: string; host: string | null; people: string[] }>();
    for (const r of rows) {
      if (keep.has(String(r.id))) continue;
      const m = meetings.get(String(r.id)) ?? { kind: String(r.kind), date: String(r.date), host: null, people: [] };
      m.people.push(String(r.personId));
      if (r.host) m.host = String(r.personId);
      meetings.set(String(r.id), m);
    }
    for (const ids of chunks([...meetings.keys()], 500)) {
      const contacts = ids.flatMap((id) => {
        const m = meetings.get(id)!;
        return contactPairs(m.host, m.people, KIND_WEIGHT[m.kind as keyof typeof KIND_WEIGHT] ?? 0).map((c) => ({ ...c, date: m.date }));
      });
      const pairs = [...new Map(contacts.map((c) => [`${c.a}|${c.b}`, { a: c.a, b: c.b }])).values()];
      const jobDates = new Map<string, Set<string>>();
      for (const c of contacts) jobDates.set(`${c.a}|${c.b}`, (jobDates.get(`${c.a}|${c.b}`) ?? new Set()).add(c.date));
      await this.store.transaction(async (tx) => {
        const ties = pairs.length ? await tx.run(R.ties, { pairs }) : [];
        await tx.run(R.deleteInteractions, { ids });
        await keepListFacts(tx, ids.flatMap((id) => meetings.get(id)!.people), { meetings: true });
        const last = new Map((pairs.length ? await tx.run(R.lastShared, { pairs }) : []).map((r) => [`${r.a}|${r.b}`, r.last ? String(r.last) : null]));
        const updates = ties.map((t) => {
          const key = `${t.a}|${t.b}`;
          const mine = contacts.filter((c) => `${c.a}|${c.b}` === key);
          const scoreAt = t.scoreAt ? String(t.scoreAt) : null;
          let score = t.score == null ? 0 : Number(t.score);
          if (scoreAt) for (const c of mine) score -= c.weight * Math.pow(2, -((Date.parse(scoreAt) - Date.parse(c.date)) / DAY) / HALF_LIFE_DAYS);
          const interactions = Math.max(0, Number(t.interactions ?? 0) - mine.length);
          const lastContact = t.lastContact && jobDates.get(key)?.has(String(t.lastContact)) ? (last.get(key) ?? null) : (t.lastContact ?? null);
          const none = interactions === 0 || score < 1e-9 || !scoreAt;
          return { a: t.a, b: t.b, score: none ? null : score, scoreAt: none ? null : scoreAt, lastContact: lastContact ?? '', interactions };
        });
        const scored = updates.filter((u) => u.score !== null);
        const cleared = updates.filter((u) => u.score === null).map(({ a, b, lastContact, interactions }) => ({ a, b, lastContact, interactions }));
        for (const part of byScoreType(scored)) await tx.run(R.setTies, { rows: part });
        if (cleared.length) await tx.run(R.clearTies, { rows: cleared });
      });
      summary.removed += ids.length;
    }
  }

  /** 2. Ties the import created and nothing uses now; the links it changed (attendance, RSVPs), put back. */
  private async removeTiesAndLinks(jobId: string, keep: ReadonlySet<string>, until: string, summary: RollbackSummary): Promise<void> {
    for (;;) {
      const gone = await this.store.write(R.deleteTies, { jobId, until });
      summary.removed += gone.length;
      if (gone.length < 5000) break;
    }
    const links = (await this.store.read(R.undoLinks, { jobId })).filter((u) => !keep.has(String(u.id)));
    for (const part of chunks(links)) {
      await this.store.transaction(async (tx) => {
        for (const type of ['ATTENDED', 'RSVPED'] as const) {
          const mine = part.filter((u) => u.type === type).map((u) => {
            const [personId, eventId] = String(u.entityId).split('|');
            const before = JSON.parse(String(u.before)) as Record<string, string | null>;
            const after = JSON.parse(String(u.after)) as Record<string, string | null>;
            return type === 'ATTENDED'
              ? { personId, eventId, before: before.broughtById ?? null, after: after.broughtById ?? '' }
              : { personId, eventId, before: before.status ?? null, after: after.status ?? '' };
          });
          if (mine.length) summary.restored += (await tx.run(type === 'ATTENDED' ? R.restoreAttended : R.restoreRsvped, { rows: mine })).length;
        }
        await tx.run(R.dropUndo, { ids: part.map((u) => String(u.id)) });
      });
    }
  }

  /** Ties it updated: their values as before, where they are still what it left, with a history entry on both people. */
  private async restoreTies(jobId: string, accountId: string, keep: ReadonlySet<string>, summary: RollbackSummary): Promise<void> {
    for await (const page of this.tieUndoPages(jobId)) {
      const part = page.filter((u) => !keep.has(u.id));
      if (part.length === 0) continue;
      await this.store.transaction(async (tx) => {
        const at = now();
        const rows = part.map((u) => ({
          a: u.a, b: u.b, ...u.before,
          afterStrength: u.after.strength, afterContext: u.after.context, afterSince: u.after.since, afterLastContact: u.after.lastContact,
        }));
        const done = new Set((await tx.run(R.restoreKnows, { now: at, rows })).map((r) => `${r.a}|${r.b}`));
        const history = part.filter((u) => done.has(`${u.a}|${u.b}`)).map((u) => {
          const details = TIE_FIELDS.filter((f) => u.before[f] !== u.after[f]).map((field) => ({
            field,
            from: field === 'strength' ? (u.after.strength ? String(u.after.strength) : null) : u.after[field] || null,
            to: field === 'strength' ? (u.before.strength ? String(u.before.strength) : null) : u.before[field] || null,
          }));
          return { id: randomUUID(), a: u.a, b: u.b, entityId: `${u.a}|${u.b}`, summary: `Import rolled back: the tie as before the import (${details.map((d) => d.field).join(', ')})`, details: JSON.stringify(details) };
        });
        // Written as the import's own change of the tie was: one entry about both people.
        if (history.length) await tx.run(B.knowsHistory, { now: at, accountId, rows: withMessages(history) });
        await tx.run(R.dropUndo, { ids: part.map((u) => u.id) });
        summary.restored += done.size;
      });
    }
  }

  /** Attendance and RSVPs it recorded. */
  private async removeAttendance(jobId: string, summary: RollbackSummary): Promise<void> {
    for (const q of [R.deleteAttended, R.deleteRsvped]) {
      for (;;) {
        const gone = await this.store.write(q, { jobId });
        summary.removed += gone.length;
        if (gone.length < 5000) break;
      }
    }
  }

  /** 3. Records the import changed: their fields as before, a new version, and a history entry saying why. */
  private async restoreRecords(jobId: string, accountId: string, keep: ReadonlySet<string>, summary: RollbackSummary): Promise<void> {
    for (const [entityType, restore, history, restoreStreet] of [
      ['Person', R.restorePeople, R.history, R.restorePeopleStreet], ['Organization', R.restoreOrganizations, R.organizationHistory, R.restoreOrganizationsStreet],
    ] as const) {
      const undo = (await this.store.read(R.undoRecords, { jobId, entityType })).filter((u) => !keep.has(String(u.entityId)));
      for (const part of chunks(undo)) {
        await this.store.transaction(async (tx) => {
          const at = now();
          const rows: Array<Record<string, unknown>> = part.map((u) => ({ ...(JSON.parse(String(u.before)) as Record<string, unknown>), entityId: u.entityId, version: Number(u.version), versionBefore: Number(u.versionBefore ?? -1) }));
          const street = rows.filter((r) => r.streetKept === true);
          if (street.length) await tx.run(restoreStreet, { rows: street });
          const done = await tx.run(restore, { now: at, rows });
          if (done.length) await tx.run(history, { now: at, accountId, rows: withMessages(done.map((r) => ({ id: randomUUID(), entityId: r.id, summary: 'Import rolled back: as before the import' }))) });
          await tx.run(R.dropUndo, { ids: part.map((u) => String(u.id)) });
          summary.restored += done.length;
        });
      }
    }
  }

  /** 4. Records it created. */
  private async removeRecords(jobId: string, keep: ReadonlySet<string>, summary: RollbackSummary): Promise<void> {
    for (const [list, del] of [[R.createdPeople, R.deletePeople], [R.createdOrganizations, R.deleteOrganizations]] as const) {
      const ids = (await this.store.read(list, { jobId })).map((r) => String(r.id)).filter((id) => !keep.has(id));
      for (const part of chunks(ids, 5000)) {
        await this.store.transaction(async (tx) => {
          await tx.run(del, { ids: part });
          if (del === R.deletePeople) await tx.run(AccountQueries.unlinkPeople, { ids: part });
        });
        summary.removed += part.length;
      }
    }
  }
}
