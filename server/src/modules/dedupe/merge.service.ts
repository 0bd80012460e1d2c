import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { now } from '../../common/clock.js';
import { AppError, badInput, conflict, forbidden, notFound } from '../../common/app-error.js';
import { digitsOf } from '../../common/input.js';
import { searchFold, searchText, sortKeyOf } from '../../common/pagination.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../../graph/graph-store.port.js';
import { diff, recordChange } from '../history/history.js';
import { scoreOn } from '../interactions/tie-strength.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { PersonRecord } from '../people/models/person.model.js';
import { PeopleService } from '../people/people.service.js';
import { MergeQueries as Q, REL_SHAPES, shapeKey, type MergeLabel, type MergeRecordRow, type Props, type RelShape } from './merge.queries.js';
import { MergeSide, type MergeValueChoice, type OrganizationMergeResult, type PersonMergeResult, type RecordMerge, type UndoMergeResult } from './merge.model.js';
import { AuditAction, recordAudit } from '../audit/audit.js';
import { FieldEntity, type FieldDefinitionRecord } from '../custom-fields/custom-field.model.js';
import { columnsOf, parseStored } from '../custom-fields/custom-field-values.js';
import { keepListFacts } from '../lists/person-facts.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';

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
  /** The merged record, every property. */
  merged: Props;
  /** The kept record before the merge, every property. */
  keptBefore: Props;
  /** Every relationship the merged record had. */
  rels: RelSnapshot[];
  /** The relationships the merge created on the kept record (with the properties it gave them). */
  created: RelSnapshot[];
  /** The kept record's relationships the merge changed. */
  changed: ChangedRel[];
  /** Accounts whose own person record was the merged one (now the kept one). */
  accounts?: string[];
  /** Relationships elsewhere whose id-valued property (see POINTERS) named the merged record, by pointer. */
  pointers?: Record<string, Array<{ fromId: string; toId: string }>>;
}

const HISTORY_FIELDS: Record<MergeLabel, readonly string[]> = {
  Person: ['name', 'emails', 'phones', 'zip', 'region', 'kinds', 'tags', 'notes', 'addressLine', 'city', 'state', 'customFields'],
  Organization: ['name', 'type', 'issueAreas', 'ledBy', 'zip', 'region', 'website', 'notes', 'addressLine', 'city', 'state', 'customFields'],
};
/** The stored columns of the street address: chosen as one field (`address`), never mixed line by line. */
const STREET = ['addressLine', 'city', 'state'] as const;
const hasStreet = (p: Props) => STREET.some((k) => typeof p[k] === 'string' && (p[k] as string).trim() !== '');
const streetOf = (p: Props): Props => Object.fromEntries(STREET.map((k) => [k, p[k] ?? null]));
/** Custom field values of both records; where both hold a value for one field, the kept record's stays. */
const unitedValues = (kept: Props, merged: Props): string | null => {
  const values = { ...parseStored(merged.customFields as string | null), ...parseStored(kept.customFields as string | null) };
  return Object.keys(values).length ? JSON.stringify(values) : null;
};
const ENTITY: Record<MergeLabel, string> = { Person: 'person', Organization: 'organization' };
const LABEL_OF: Record<string, MergeLabel> = { person: 'Person', organization: 'Organization' };
const SHAPES = new Map([...REL_SHAPES.Person, ...REL_SHAPES.Organization].map((s) => [shapeKey(s), s]));
const shapeOf = (r: { type: string; from: string; to: string }): RelShape => SHAPES.get(shapeKey(r))!;

/** Every property of the shape, missing ones as null (Neo4j omits nulls; the embedded engine returns them). */
const fullProps = (shape: RelShape, props: Props | null | undefined): Props =>
  Object.fromEntries(shape.props.map((p) => [p, props?.[p] ?? null]));
const sameProps = (shape: RelShape, a: Props, b: Props) => JSON.stringify(fullProps(shape, a)) === JSON.stringify(fullProps(shape, b));

/**
 * Two relationships of one record are "the same" when they have the same type, the same other node and, for
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

const textOf = (...notes: Array<string | null | undefined>) => notes.filter((n) => n && n.trim()).join('\n\n') || null;

/** The kept record's properties once the merged one is folded in: lists united, notes appended, gaps filled. */
function mergedProps(label: MergeLabel, kept: Props, merged: Props): Props {
  const list = (k: string, fold?: (x: string) => string) => union(kept[k] as string[], merged[k] as string[], fold);
  if (label === 'Person') {
    const emails = list('emails', (e) => e.trim().toLowerCase());
    const phones = list('phones', digitsOf);
    return {
      ...kept, emails, phones, zip: kept.zip || merged.zip || null, kinds: list('kinds'), tags: list('tags'), assignees: list('assignees'),
      notes: textOf(kept.notes as string, merged.notes as string),
      ...(hasStreet(kept) ? {} : streetOf(merged)),
      customFields: unitedValues(kept, merged),
      searchContact: searchText([...emails.map((e) => e.toLocaleLowerCase('en-US')), ...phones.map(digitsOf)]),
    };
  }
  const keptHasMou = !!kept.mouStatus && kept.mouStatus !== 'NONE';
  const mou = keptHasMou ? {} : { mouStatus: merged.mouStatus ?? kept.mouStatus ?? null, mouSentOn: merged.mouSentOn ?? null, mouSignedOn: merged.mouSignedOn ?? null, mouTerminatedOn: merged.mouTerminatedOn ?? null };
  return {
    ...kept, ...mou, issueAreas: list('issueAreas'), ledBy: list('ledBy'), zip: kept.zip || merged.zip || null, website: kept.website || merged.website || null,
    areaMiles: kept.areaMiles ?? merged.areaMiles ?? null, notes: textOf(kept.notes as string, merged.notes as string),
    ...(hasStreet(kept) ? {} : streetOf(merged)),
    customFields: unitedValues(kept, merged),
  };
}

/**
 * The fields a person choosing can take from either record; lists, notes and custom field values can also take
 * both. `address` is the street address as a whole (line, city, state).
 */
const CHOOSABLE: Record<MergeLabel, { single: readonly string[]; both: readonly string[] }> = {
  Person: { single: ['name', 'zip', 'address'], both: ['emails', 'phones', 'kinds', 'tags', 'notes', 'customFields'] },
  Organization: { single: ['name', 'type', 'zip', 'website', 'address'], both: ['issueAreas', 'ledBy', 'notes', 'customFields'] },
};

/** Checks the choices before anything is read: an unknown field, or "both" for a field with one value, is refused by name. */
export function checkMergeChoices(label: MergeLabel, values: readonly MergeValueChoice[]): void {
  const { single, both } = CHOOSABLE[label];
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (![...single, ...both].includes(v.field)) {
      throw badInput(`values.${i}.field`, `“${v.field}” is not a field you choose when merging; choose among ${[...single, ...both].join(', ')}.`);
    }
    if (seen.has(v.field)) throw badInput(`values.${i}.field`, `“${v.field}” is chosen twice; choose it once.`);
    seen.add(v.field);
    if (v.take === MergeSide.BOTH && single.includes(v.field)) throw badInput(`values.${i}.take`, `A record has one ${v.field}: choose the kept or the merged record’s.`);
  });
}

/**
 * The united properties with the person's choices applied, and what is derived from the fields recomputed: the
 * custom field filter terms (from the definitions of the kept record's region) and the search texts.
 */
export function chosenProps(label: MergeLabel, united: Props, kept: Props, merged: Props, values: readonly MergeValueChoice[], defs: readonly FieldDefinitionRecord[]): Props {
  const out: Props = { ...united };
  for (const v of values) {
    if (v.take === MergeSide.BOTH) continue;
    const from = v.take === MergeSide.KEPT ? kept : merged;
    if (v.field === 'address') Object.assign(out, streetOf(from));
    else out[v.field] = from[v.field] ?? null;
  }
  out.customFieldTerms = columnsOf(defs, String(out.region), parseStored(out.customFields as string | null)).customFieldTerms;
  if (!values.length) return out;
  const name = String(out.name);
  out.sortKey = sortKeyOf(name, String(kept.id));
  if (label === 'Person') {
    out.searchPublic = searchFold(searchText([name, String(out.zip ?? '')]));
    const emails = (out.emails as string[] | null) ?? [];
    const phones = (out.phones as string[] | null) ?? [];
    out.searchContact = searchText([...emails.map((e) => e.toLocaleLowerCase('en-US')), ...phones.map(digitsOf)]);
  } else {
    out.searchPublic = searchFold(searchText([name, String(out.zip ?? ''), ...((out.issueAreas as string[] | null) ?? [])]));
  }
  return out;
}

/**
 * Merging two records (people, or organizations) and undoing a merge. One transaction each.
 *
 * A merge moves every relationship the model lets touch the merged record to the kept one (a relationship the kept
 * record already has to the same node is not duplicated; two "knows" ties of one pair are combined; a tie between
 * the two would be a tie to oneself and is dropped), re-points id-valued properties elsewhere (POINTERS, and user
 * accounts' own person record), unites the details, and deletes the merged record. A MergeRecord keeps a snapshot of
 * the merged record, every relationship it had, the kept record before, and what the merge created and changed.
 *
 * Undo rule: a merge can be undone while the kept record still exists unchanged since the merge (same version: no
 * edit, no new membership), every relationship the merge moved to or changed on the kept record is still there as the
 * merge left it, no record has taken the merged record's id, and the viewer works in both records' regions.
 * Otherwise it is refused with a message saying why, because undoing would overwrite or resurrect someone's later
 * work. Relationships to nodes deleted since the merge (an interaction, an event) cannot come back and are counted
 * as skipped. Relationships the kept record gained after the merge stay with it.
 */
@Injectable()
export class MergeService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
    private readonly customFields: CustomFieldsService,
  ) {}

  async mergePeople(viewer: Viewer, keepId: string, mergeId: string, keepVersion: number, mergeVersion: number, values: readonly MergeValueChoice[] = []): Promise<PersonMergeResult> {
    const r = await this.merge(viewer, 'Person', keepId, mergeId, keepVersion, mergeVersion, values);
    return { merge: r.merge, person: this.people.toPerson(viewer, r.kept as unknown as PersonRecord), moved: r.moved, combined: r.combined, dropped: r.dropped };
  }

  async mergeOrganizations(viewer: Viewer, keepId: string, mergeId: string, keepVersion: number, mergeVersion: number, values: readonly MergeValueChoice[] = []): Promise<OrganizationMergeResult> {
    const r = await this.merge(viewer, 'Organization', keepId, mergeId, keepVersion, mergeVersion, values);
    return { merge: r.merge, organization: this.organizations.toOrganization(viewer, r.kept as unknown as OrganizationRecord), moved: r.moved, combined: r.combined, dropped: r.dropped };
  }

  private async merge(viewer: Viewer, label: MergeLabel, keepId: string, mergeId: string, keepVersion: number, mergeVersion: number, values: readonly MergeValueChoice[]) {
    const noun = label === 'Person' ? 'person' : 'organization';
    const plural = label === 'Person' ? 'people' : 'organizations';
    if (!canManageRecords(viewer)) throw forbidden('Merging records is for leaders, staff and admins.');
    if (keepId === mergeId) throw badInput('mergeId', `Choose two different ${plural} to merge.`);
    checkMergeChoices(label, values);
    const N = Q.node[label];
    const scope = regionScope(viewer);
    const at = now();
    const defs = await this.customFields.definitions(label === 'Person' ? FieldEntity.PERSON : FieldEntity.ORGANIZATION);
    const result = await this.store.transaction(async (tx) => {
      const [keepRow] = await tx.run(N.inScope, { ...scope, id: keepId });
      const [mergeRow] = await tx.run(N.inScope, { ...scope, id: mergeId });
      if (!keepRow) throw notFound(`The ${noun} to keep`);
      if (!mergeRow) throw notFound(`The ${noun} to merge`);
      const kept = this.nodeProps(label, keepRow.n);
      const merged = this.nodeProps(label, mergeRow.n);
      if (Number(kept.version) !== keepVersion || Number(merged.version) !== mergeVersion) {
        throw conflict(`Someone changed one of these ${plural} since you opened the list. Reload, check them again, then merge.`);
      }
      const pointerProps = new Map(N.pointers.map((p) => [p.type, p.prop]));
      const mergedRels = await this.relsOf(tx, mergeId, label);
      const keptRels = new Map((await this.relsOf(tx, keepId, label)).map((r) => [identity(r), r]));
      const created: RelSnapshot[] = [];
      const changed: ChangedRel[] = [];
      let dropped = 0;
      for (const rel of mergedRels) {
        const shape = shapeOf(rel);
        let fromId = rel.fromId === mergeId && shape.from === label ? keepId : rel.fromId;
        let toId = rel.toId === mergeId && shape.to === label ? keepId : rel.toId;
        if (shape.from === shape.to && fromId === toId) {
          dropped++; // a tie between the two records would become a tie to oneself
          continue;
        }
        if (rel.type === 'KNOWS' && fromId > toId) [fromId, toId] = [toId, fromId]; // stored from the smaller id
        const props = fullProps(shape, rel.props);
        const pointer = pointerProps.get(rel.type);
        if (pointer && props[pointer] === mergeId) props[pointer] = keepId;
        const moved: RelSnapshot = { ...rel, fromId, toId, props };
        const existing = keptRels.get(identity(moved));
        if (existing) {
          if (rel.type === 'KNOWS') {
            const combined = combineKnows(fullProps(shape, existing.props), moved.props);
            await tx.run(Q.rels[shapeKey(shape)].update, { fromId, toId, ...combined });
            const prior = changed.find((c) => identity(c) === identity(moved));
            if (prior) prior.props = combined;
            else changed.push({ ...existing, props: combined, before: fullProps(shape, existing.props) });
            existing.props = combined;
          } else dropped++; // the kept record already has it
          continue;
        }
        await tx.run(Q.rels[shapeKey(shape)].create, { fromId, toId, ...moved.props });
        created.push(moved);
        keptRels.set(identity(moved), moved);
      }

      const after: Props = { ...chosenProps(label, mergedProps(label, kept, merged), kept, merged, values, defs), version: Number(kept.version) + 1, updatedAt: at };
      const [updated] = await tx.run(N.set, after);
      await tx.run(N.delete, { id: mergeId });
      if (label === 'Person') await keepListFacts(tx, [keepId]);
      const pointers: Record<string, Array<{ fromId: string; toId: string }>> = {};
      for (const p of N.pointers) {
        const rows = await tx.run(p.repoint, { fromRecordId: mergeId, toRecordId: keepId });
        if (rows.length) pointers[p.restore.name] = rows.map((r) => ({ fromId: r.fromId, toId: r.toId }));
      }
      const accounts = label === 'Person' ? (await tx.run(Q.repointAccounts, { fromPersonId: mergeId, toPersonId: keepId })).map((r) => r.id) : [];

      const snapshot: MergeSnapshot = { merged, keptBefore: kept, rels: mergedRels, created, changed, accounts, pointers };
      const record: Omit<MergeRecordRow, 'entityType'> = {
        id: randomUUID(), at, accountId: viewer.accountId, keptId: keepId, mergedId: mergeId, keptName: String(kept.name), mergedName: String(merged.name),
        region: String(kept.region), keptVersion: Number(after.version), snapshot: JSON.stringify(snapshot), undoneAt: null, undoneBy: null,
      };
      await tx.run(Q.createRecord, { ...record, entityType: ENTITY[label] });
      await recordChange(tx, {
        accountId: viewer.accountId, entityType: ENTITY[label], entityId: keepId, action: 'updated',
        summary: `Merged ${String(merged.name)} into this record`,
        details: [{ field: 'merged', from: String(merged.name), to: null }, ...diff(kept, after, HISTORY_FIELDS[label])],
        about: { [label]: [keepId] },
      }, at);
      await recordAudit(tx, {
        action: AuditAction.MERGED, actorId: viewer.accountId, targetType: ENTITY[label], targetId: keepId,
        summary: `Merged ${String(merged.name)} into ${String(kept.name)} (${plural})`, details: [{ field: 'merge', from: mergeId, to: keepId }],
      }, at);
      return { record: { ...record, entityType: ENTITY[label] }, kept: updated.n, moved: created.length, combined: changed.length, dropped };
    });
    return { merge: this.toMerge(result.record), kept: result.kept, moved: result.moved, combined: result.combined, dropped: result.dropped };
  }

  async undoMerge(viewer: Viewer, mergeRecordId: string): Promise<UndoMergeResult> {
    if (!canManageRecords(viewer)) throw forbidden('Undoing a merge is for leaders, staff and admins.');
    const scope = regionScope(viewer);
    const at = now();
    const result = await this.store.transaction(async (tx) => {
      const [row] = await tx.run(Q.record, { ...scope, id: mergeRecordId });
      if (!row) throw notFound('That merge');
      const record = row.m;
      const label = LABEL_OF[record.entityType] ?? 'Person';
      const N = Q.node[label];
      if (record.undoneAt) throw conflict(`The merge of ${record.mergedName} into ${record.keptName} has already been undone.`);
      const snap = JSON.parse(record.snapshot) as MergeSnapshot;
      const [keptRow] = await tx.run(N.get, { id: record.keptId });
      if (!keptRow) throw new AppError('FAILED_PRECONDITION', `${record.keptName} has been deleted since the merge, so the merge cannot be undone.`);
      const kept = keptRow.n;
      if (Number(kept.version) !== Number(record.keptVersion)) {
        throw new AppError('FAILED_PRECONDITION', `${record.keptName} has been edited since the merge; undoing it would overwrite those edits, so it cannot be undone. Edit the record by hand instead.`);
      }
      const mergedRegion = String(snap.merged.region);
      if (!scope.allRegions && !scope.regions.includes(mergedRegion)) throw forbidden(`${record.mergedName} was in a region you do not work in; someone who works there can undo this merge.`);
      if ((await tx.run(N.get, { id: record.mergedId })).length) {
        throw new AppError('FAILED_PRECONDITION', `A record with ${record.mergedName}'s id exists again, so the merge cannot be undone.`);
      }
      const current = new Map((await this.relsOf(tx, record.keptId, label)).map((r) => [identity(r), r]));
      for (const r of [...snap.created, ...snap.changed]) {
        const now = current.get(identity(r));
        if (!now || !sameProps(shapeOf(r), now.props, r.props)) {
          // The relationship's type is the graph's name for it (MEMBER_OF, RSVPED): not said to a person.
          throw new AppError('FAILED_PRECONDITION', `A relationship of ${record.keptName} that the merge moved has changed since, so the merge cannot be undone.`);
        }
      }

      await tx.run(N.create, snap.merged);
      for (const p of N.pointers) {
        const rows = snap.pointers?.[p.restore.name];
        if (rows?.length) await tx.run(p.restore, { rows, fromRecordId: record.keptId, toRecordId: record.mergedId });
      }
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
      const [restoredKept] = await tx.run(N.set, { ...snap.keptBefore, version: Number(kept.version) + 1, updatedAt: at });
      if (label === 'Person') await keepListFacts(tx, [record.keptId, record.mergedId]);
      await tx.run(Q.markUndone, { id: record.id, now: at, accountId: viewer.accountId });
      await recordChange(tx, {
        accountId: viewer.accountId, entityType: record.entityType, entityId: record.keptId, action: 'updated',
        summary: `Undid the merge of ${record.mergedName} into this record`, about: { [label]: [record.keptId] },
      }, at);
      await recordChange(tx, {
        accountId: viewer.accountId, entityType: record.entityType, entityId: record.mergedId, action: 'created',
        summary: `Restored by undoing its merge into ${record.keptName}`, about: { [label]: [record.mergedId] },
      }, at);
      await recordAudit(tx, {
        action: AuditAction.MERGE_UNDONE, actorId: viewer.accountId, targetType: record.entityType, targetId: record.mergedId,
        summary: `Undid the merge of ${record.mergedName} into ${record.keptName}`, details: [{ field: 'merge', from: record.keptId, to: record.mergedId }],
      }, at);
      const [restored] = await tx.run(N.get, { id: record.mergedId });
      return { label, record: { ...record, undoneAt: at, undoneBy: viewer.accountId }, kept: restoredKept.n, restored: restored.n, skipped };
    });
    const person = (p: Props) => this.people.toPerson(viewer, p as unknown as PersonRecord);
    const organization = (o: Props) => this.organizations.toOrganization(viewer, o as unknown as OrganizationRecord);
    const isPerson = result.label === 'Person';
    return {
      merge: this.toMerge(result.record),
      kept: isPerson ? person(result.kept) : null,
      restored: isPerson ? person(result.restored) : null,
      keptOrganization: isPerson ? null : organization(result.kept),
      restoredOrganization: isPerson ? null : organization(result.restored),
      skipped: result.skipped,
    };
  }

  async recentMerges(viewer: Viewer, limit: number, entityType = ''): Promise<RecordMerge[]> {
    if (!canManageRecords(viewer)) throw forbidden('Merging records is for leaders, staff and admins.');
    const rows = await this.store.read(Q.recent, { ...regionScope(viewer), limit, entityType });
    return rows.map((r) => this.toMerge(r.m));
  }

  /** Every relationship touching a record, in every type and direction the model allows. */
  async relsOf(tx: GraphTx | GraphStore, id: string, label: MergeLabel = 'Person'): Promise<RelSnapshot[]> {
    const out: RelSnapshot[] = [];
    for (const shape of REL_SHAPES[label]) {
      const q = Q.read[label][shapeKey(shape)];
      const run = (query: NonNullable<typeof q.outOf>) => ('run' in tx ? tx.run(query, { id }) : tx.read(query, { id }));
      if (q.outOf) {
        for (const r of await run(q.outOf)) {
          out.push({ type: shape.type, from: shape.from, to: shape.to, fromId: id, toId: r.other, props: fullProps(shape, r.rel) });
        }
      }
      if (q.into) {
        for (const r of await run(q.into)) {
          out.push({ type: shape.type, from: shape.from, to: shape.to, fromId: r.other, toId: id, props: fullProps(shape, r.rel) });
        }
      }
    }
    return out;
  }

  private nodeProps(label: MergeLabel, n: Props): Props {
    return Object.fromEntries(Q.node[label].props.map((k) => [k, n[k] ?? null]));
  }

  private toMerge(r: MergeRecordRow & { entityType?: string | null }): RecordMerge {
    return {
      id: r.id, at: r.at, entityType: r.entityType || 'person', keptId: r.keptId, mergedId: r.mergedId, keptName: r.keptName, mergedName: r.mergedName,
      undoneAt: r.undoneAt || null,
    };
  }
}
