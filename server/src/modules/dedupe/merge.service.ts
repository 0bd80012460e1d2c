import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { now } from '../../common/clock.js';
import { AppError, badInput, conflict, forbidden, notFound } from '../../common/app-error.js';
import { digitsOf } from '../../common/input.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../../graph/graph-store.port.js';
import { diff, recordChange } from '../history/history.js';
import { scoreOn } from '../interactions/tie-strength.js';
import type { PersonRecord } from '../people/models/person.model.js';
import { PersonQueries } from '../people/people.queries.js';
import { PeopleService } from '../people/people.service.js';
import { ReachIndex } from '../reach/reach-index.js';
import { MergeQueries as Q, PERSON_REL_SHAPES, shapeKey, type PersonRelShape } from './merge.queries.js';
import type { PersonMerge, PersonMergeResult, UndoMergeResult } from './merge.model.js';

type Props = Record<string, unknown>;

/** One relationship, as stored: its type and endpoint labels (a shape from the model), endpoint ids and every property. */
export interface RelSnapshot {
  type: string;
  from: string;
  to: string;
  fromId: string;
  toId: string;
  props: Props;
}

/** A relationship of the kept person that the merge changed (a "knows" tie both had): before and after. */
export interface ChangedRel extends RelSnapshot {
  before: Props;
}

export interface MergeSnapshot {
  /** The merged person, every property. */
  merged: Props;
  /** The kept person before the merge, every property. */
  keptBefore: Props;
  /** Every relationship the merged person had. */
  rels: RelSnapshot[];
  /** The relationships the merge created on the kept person (with the properties it gave them). */
  created: RelSnapshot[];
  /** The kept person's relationships the merge changed. */
  changed: ChangedRel[];
  /** Accounts whose own person record was the merged one (now the kept one). */
  accounts?: string[];
  /** Attendance (person, event) whose turnout credit went to the merged person (now the kept one). */
  broughtBy?: Array<{ personId: string; eventId: string }>;
}

interface MergeRecordRow {
  id: string;
  at: string;
  accountId: string;
  keptId: string;
  mergedId: string;
  keptName: string;
  mergedName: string;
  region: string;
  keptVersion: number;
  snapshot: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

const PERSON_HISTORY_FIELDS = ['name', 'emails', 'phones', 'zip', 'region', 'kinds', 'tags', 'notes'] as const;
const SHAPES = new Map(PERSON_REL_SHAPES.map((s) => [shapeKey(s), s]));
const shapeOf = (r: { type: string; from: string; to: string }): PersonRelShape => SHAPES.get(shapeKey(r))!;

/** Every property of the shape, missing ones as null (Neo4j omits nulls; the embedded engine returns them). */
const fullProps = (shape: PersonRelShape, props: Props | null | undefined): Props =>
  Object.fromEntries(shape.props.map((p) => [p, props?.[p] ?? null]));
const sameProps = (shape: PersonRelShape, a: Props, b: Props) => JSON.stringify(fullProps(shape, a)) === JSON.stringify(fullProps(shape, b));

/**
 * Two relationships of one person are "the same" when they have the same type, the same other node and, for
 * relationships that are records of their own (an `id`), the same role (two roles of one kind on one campaign
 * are a duplicate) or else the same id (two turnout asks stay two).
 */
const identity = (r: RelSnapshot) => {
  const shape = shapeOf(r);
  const own = shape.hasId ? `|${r.props.role !== undefined && r.props.role !== null ? `${r.props.role}|${r.props.organizationId ?? ''}` : r.props.id}` : '';
  return `${shapeKey(r)}|${r.fromId}|${r.toId}${own}`;
};

const union = (a: readonly string[] | null | undefined, b: readonly string[] | null | undefined, fold = (x: string) => x) => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of [...(a ?? []), ...(b ?? [])]) {
    if (seen.has(fold(x))) continue;
    seen.add(fold(x));
    out.push(x);
  }
  return out;
};

/** Two "knows" ties of one pair become one: the stronger strength set by hand, scores and counts added, the latest contact. */
export function combineKnows(kept: Props, merged: Props): Props {
  const strengths = [kept.strength, merged.strength].filter((x): x is number => typeof x === 'number');
  const at = [kept.scoreAt, merged.scoreAt].filter((x): x is string => typeof x === 'string' && x !== '').sort().pop() ?? null;
  const score = at
    ? scoreOn(kept.score != null ? { score: Number(kept.score), scoreAt: String(kept.scoreAt) } : null, at) +
      scoreOn(merged.score != null ? { score: Number(merged.score), scoreAt: String(merged.scoreAt) } : null, at)
    : null;
  const latest = (x: unknown, y: unknown) => [x, y].filter((v): v is string => typeof v === 'string' && v !== '').sort().pop() ?? null;
  const earliest = (x: unknown, y: unknown) => [x, y].filter((v): v is string => typeof v === 'string' && v !== '').sort()[0] ?? null;
  const interactions = kept.interactions == null && merged.interactions == null ? null : Number(kept.interactions ?? 0) + Number(merged.interactions ?? 0);
  return {
    ...kept,
    strength: strengths.length ? Math.max(...strengths) : null,
    context: kept.context || merged.context || null,
    since: earliest(kept.since, merged.since),
    score,
    scoreAt: at,
    lastContact: latest(kept.lastContact, merged.lastContact),
    interactions,
  };
}

/**
 * Merging two person records and undoing a merge. One transaction each.
 *
 * Undo rule: a merge can be undone while the kept person still exists unchanged since the merge (same version: no
 * edit, no new membership), every relationship the merge moved to or changed on the kept person is still there as the
 * merge left it, and no person has taken the merged person's id. Otherwise it is refused with a message saying why,
 * because undoing would overwrite or resurrect someone's later work. Relationships to nodes deleted since the merge
 * (an interaction, an event) cannot come back and are counted as skipped.
 */
@Injectable()
export class MergeService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly people: PeopleService,
    @Optional() private readonly reach?: ReachIndex,
  ) {}

  async mergePeople(viewer: Viewer, keepId: string, mergeId: string, keepVersion: number, mergeVersion: number): Promise<PersonMergeResult> {
    if (!canManageRecords(viewer)) throw forbidden('Merging records is for leaders, staff and admins.');
    if (keepId === mergeId) throw badInput('mergeId', 'Choose two different people to merge.');
    const scope = regionScope(viewer);
    const at = now();
    const result = await this.store.transaction(async (tx) => {
      const [keepRow] = await tx.run(PersonQueries.byId, { ...scope, id: keepId });
      const [mergeRow] = await tx.run(PersonQueries.byId, { ...scope, id: mergeId });
      if (!keepRow) throw notFound('The person to keep');
      if (!mergeRow) throw notFound('The person to merge');
      const kept = keepRow.p as PersonRecord;
      const merged = mergeRow.p as PersonRecord;
      if (Number(kept.version) !== keepVersion || Number(merged.version) !== mergeVersion) {
        throw conflict('Someone changed one of these people since you opened the list. Reload, check them again, then merge.');
      }
      const mergedRels = await this.relsOf(tx, mergeId);
      const keptRels = new Map((await this.relsOf(tx, keepId)).map((r) => [identity(r), r]));
      const created: RelSnapshot[] = [];
      const changed: ChangedRel[] = [];
      let dropped = 0;
      for (const rel of mergedRels) {
        const shape = shapeOf(rel);
        let fromId = rel.fromId === mergeId ? keepId : rel.fromId;
        let toId = rel.toId === mergeId ? keepId : rel.toId;
        if (shape.from === shape.to && fromId === toId) {
          dropped++; // a tie between the two records would become a tie to oneself
          continue;
        }
        if (rel.type === 'KNOWS' && fromId > toId) [fromId, toId] = [toId, fromId]; // stored from the smaller id
        const moved: RelSnapshot = { ...rel, fromId, toId, props: fullProps(shape, rel.props) };
        const existing = keptRels.get(identity(moved));
        if (existing) {
          if (rel.type === 'KNOWS') {
            const props = combineKnows(fullProps(shape, existing.props), moved.props);
            await tx.run(Q.rels[shapeKey(shape)].update, { fromId, toId, ...props });
            const prior = changed.find((c) => identity(c) === identity(moved));
            if (prior) prior.props = props;
            else changed.push({ ...existing, props, before: fullProps(shape, existing.props) });
            existing.props = props;
          } else dropped++; // the kept person already has it
          continue;
        }
        await tx.run(Q.rels[shapeKey(shape)].create, { fromId, toId, ...moved.props });
        created.push(moved);
        keptRels.set(identity(moved), moved);
      }

      const emails = union(kept.emails, merged.emails, (e) => e.trim().toLowerCase());
      const phones = union(kept.phones, merged.phones, digitsOf);
      const after: Props = {
        ...this.personProps(kept),
        emails,
        phones,
        zip: kept.zip || merged.zip || null,
        kinds: union(kept.kinds, merged.kinds),
        tags: union(kept.tags, merged.tags),
        assignees: union(kept.assignees, merged.assignees),
        notes: [kept.notes, merged.notes].filter((n) => n && n.trim()).join('\n\n') || null,
        searchContact: [...emails.map((e) => e.toLocaleLowerCase('en-US')), ...phones.map(digitsOf)].join('\n'),
        version: Number(kept.version) + 1,
        updatedAt: at,
      };
      const [updated] = await tx.run(Q.setPerson, after);
      await tx.run(Q.deletePerson, { id: mergeId });
      const accounts = (await tx.run(Q.repointAccounts, { fromPersonId: mergeId, toPersonId: keepId })).map((r) => String(r.id));

      const broughtBy = (await tx.run(Q.repointBroughtBy, { fromPersonId: mergeId, toPersonId: keepId })).map((r) => ({ personId: String(r.personId), eventId: String(r.eventId) }));

      const snapshot: MergeSnapshot = { merged: this.personProps(merged), keptBefore: this.personProps(kept), rels: mergedRels, created, changed, accounts, broughtBy };
      const record: MergeRecordRow = {
        id: randomUUID(), at, accountId: viewer.accountId, keptId: keepId, mergedId: mergeId, keptName: kept.name, mergedName: merged.name,
        region: kept.region, keptVersion: Number(after.version), snapshot: JSON.stringify(snapshot), undoneAt: null, undoneBy: null,
      };
      await tx.run(Q.createRecord, { ...record, entityType: 'person' });
      await recordChange(tx, {
        accountId: viewer.accountId, entityType: 'person', entityId: keepId, action: 'updated',
        summary: `Merged ${merged.name} into this record`,
        details: [{ field: 'merged', from: merged.name, to: null }, ...diff(kept, after, PERSON_HISTORY_FIELDS)],
        about: { Person: [keepId] },
      }, at);
      return { record, person: updated.p as PersonRecord, moved: created.length, combined: changed.length, dropped, touched: mergedRels };
    });
    await this.refreshReach([keepId, mergeId], result.touched);
    return {
      merge: this.toMerge(result.record),
      person: this.people.toPerson(viewer, result.person),
      moved: result.moved,
      combined: result.combined,
      dropped: result.dropped,
    };
  }

  async undoMerge(viewer: Viewer, mergeRecordId: string): Promise<UndoMergeResult> {
    if (!canManageRecords(viewer)) throw forbidden('Undoing a merge is for leaders, staff and admins.');
    const scope = regionScope(viewer);
    const at = now();
    const result = await this.store.transaction(async (tx) => {
      const [row] = await tx.run(Q.record, { ...scope, id: mergeRecordId });
      if (!row) throw notFound('That merge');
      const record = row.m as MergeRecordRow;
      if (record.undoneAt) throw conflict(`The merge of ${record.mergedName} into ${record.keptName} has already been undone.`);
      const snap = JSON.parse(record.snapshot) as MergeSnapshot;
      const [keptRow] = await tx.run(Q.person, { id: record.keptId });
      if (!keptRow) throw new AppError('FAILED_PRECONDITION', `${record.keptName} has been deleted since the merge, so the merge cannot be undone.`);
      const kept = keptRow.p as PersonRecord;
      if (Number(kept.version) !== Number(record.keptVersion)) {
        throw new AppError('FAILED_PRECONDITION', `${record.keptName} has been edited since the merge; undoing it would overwrite those edits, so it cannot be undone. Edit the record by hand instead.`);
      }
      const mergedRegion = String(snap.merged.region);
      if (!scope.allRegions && !scope.regions.includes(mergedRegion)) throw forbidden(`${record.mergedName} was in a region you do not work in; someone who works there can undo this merge.`);
      if ((await tx.run(Q.person, { id: record.mergedId })).length) {
        throw new AppError('FAILED_PRECONDITION', `A person with ${record.mergedName}'s id exists again, so the merge cannot be undone.`);
      }
      const current = new Map((await this.relsOf(tx, record.keptId)).map((r) => [identity(r), r]));
      for (const r of [...snap.created, ...snap.changed]) {
        const now = current.get(identity(r));
        if (!now || !sameProps(shapeOf(r), now.props, r.props)) {
          throw new AppError('FAILED_PRECONDITION', `A ${r.type.toLowerCase().replace(/_/g, ' ')} relationship of ${record.keptName} that the merge moved has changed since, so the merge cannot be undone.`);
        }
      }

      await tx.run(Q.createPerson, snap.merged);
      if (snap.broughtBy?.length) await tx.run(Q.restoreBroughtBy, { rows: snap.broughtBy, fromPersonId: record.keptId, toPersonId: record.mergedId });
      for (const r of snap.created) {
        await tx.run(Q.rels[shapeKey(r)].remove, { fromId: r.fromId, toId: r.toId, ...(shapeOf(r).hasId ? { relId: r.props.id } : {}) });
      }
      for (const r of snap.changed) {
        await tx.run(Q.rels[shapeKey(r)].update, { fromId: r.fromId, toId: r.toId, ...(shapeOf(r).hasId ? { relId: r.before.id } : {}), ...fullProps(shapeOf(r), r.before) });
      }
      let skipped = 0;
      for (const r of snap.rels) {
        if (!(await tx.run(Q.rels[shapeKey(r)].create, { fromId: r.fromId, toId: r.toId, ...fullProps(shapeOf(r), r.props) })).length) skipped++;
      }
      if (snap.accounts?.length) await tx.run(Q.restoreAccounts, { ids: snap.accounts, fromPersonId: record.keptId, toPersonId: record.mergedId });
      const [restoredKept] = await tx.run(Q.setPerson, { ...snap.keptBefore, version: Number(kept.version) + 1, updatedAt: at });
      await tx.run(Q.markUndone, { id: record.id, now: at, accountId: viewer.accountId });
      await recordChange(tx, {
        accountId: viewer.accountId, entityType: 'person', entityId: record.keptId, action: 'updated',
        summary: `Undid the merge of ${record.mergedName} into this record`, about: { Person: [record.keptId] },
      }, at);
      await recordChange(tx, {
        accountId: viewer.accountId, entityType: 'person', entityId: record.mergedId, action: 'created',
        summary: `Restored by undoing its merge into ${record.keptName}`, about: { Person: [record.mergedId] },
      }, at);
      const [restored] = await tx.run(Q.person, { id: record.mergedId });
      return { record: { ...record, undoneAt: at, undoneBy: viewer.accountId }, kept: restoredKept.p as PersonRecord, restored: restored.p as PersonRecord, skipped, touched: snap.rels };
    });
    await this.refreshReach([result.record.keptId, result.record.mergedId], result.touched);
    return {
      merge: this.toMerge(result.record),
      kept: this.people.toPerson(viewer, result.kept),
      restored: this.people.toPerson(viewer, result.restored),
      skipped: result.skipped,
    };
  }

  async recentMerges(viewer: Viewer, limit: number): Promise<PersonMerge[]> {
    if (!canManageRecords(viewer)) throw forbidden('Merging records is for leaders, staff and admins.');
    const rows = await this.store.read(Q.recent, { ...regionScope(viewer), limit });
    return rows.map((r) => this.toMerge(r.m as MergeRecordRow));
  }

  /** Every relationship touching a person, in every type and direction the model allows. */
  async relsOf(tx: GraphTx | GraphStore, personId: string): Promise<RelSnapshot[]> {
    const out: RelSnapshot[] = [];
    for (const shape of PERSON_REL_SHAPES) {
      const q = Q.rels[shapeKey(shape)];
      const run = (query: NonNullable<typeof q.outOf>) => ('run' in tx ? tx.run(query, { id: personId }) : tx.read(query, { id: personId }));
      if (q.outOf) {
        for (const r of await run(q.outOf)) {
          out.push({ type: shape.type, from: shape.from, to: shape.to, fromId: personId, toId: String(r.other), props: fullProps(shape, r.rel as Props) });
        }
      }
      if (q.into) {
        for (const r of await run(q.into)) {
          out.push({ type: shape.type, from: shape.from, to: shape.to, fromId: String(r.other), toId: personId, props: fullProps(shape, r.rel as Props) });
        }
      }
    }
    return out;
  }

  private personProps(p: PersonRecord): Props {
    return Object.fromEntries(Q.personProps.map((k) => [k, (p as unknown as Props)[k] ?? null]));
  }

  private toMerge(r: MergeRecordRow): PersonMerge {
    return {
      id: r.id, at: r.at, keptId: r.keptId, mergedId: r.mergedId, keptName: r.keptName, mergedName: r.mergedName,
      undoneAt: r.undoneAt || null,
    };
  }

  /** The reach index follows ties and affiliations: tell it which people and organizations the change touched. */
  private async refreshReach(people: string[], rels: RelSnapshot[]): Promise<void> {
    const ids = new Set(people);
    const orgs = new Set<string>();
    for (const r of rels) {
      if (r.from === 'Person' && r.to === 'Person') {
        ids.add(r.fromId);
        ids.add(r.toId);
      } else if (r.from === 'Person' && r.to === 'Organization') orgs.add(r.toId);
    }
    await this.reach?.refresh({ people: [...ids], organizations: [...orgs] });
  }
}
