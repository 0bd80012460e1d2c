import { withMessages } from '../said-history.js';
import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FieldProblem } from '../../../common/app-error.js';
import { digitsOf } from '../../../common/input.js';
import { searchFold, searchText, sortKeyOf } from '../../../common/pagination.js';
import { regionScope } from '../../../common/viewer.js';
import type { GraphTx } from '../../../graph/graph-store.port.js';
import { diff } from '../../history/history.js';
import { OrganizationInput } from '../../organizations/dto/organization.input.js';
import { LedBy, OrganizationType } from '../../organizations/models/organization.model.js';
import { PersonInput } from '../../people/dto/person.input.js';
import { PersonKind } from '../../people/models/person.model.js';
import type { RowReport } from '../import-job.js';
import { ImportQueries as Q } from '../import.queries.js';
import { CUSTOM_FIELD_PREFIX, enumValue, splitList, splitPhones } from '../mapping.js';
import { streetColumns, type StreetAddressInput } from '../../../common/address.js';
import { applyValues, columnsOf, parseStored, type ValueInput } from '../../custom-fields/custom-field-values.js';
import { FieldEntity } from '../../custom-fields/custom-field.model.js';
import { readDefinitions, visibleTo } from '../../custom-fields/custom-fields.service.js';
import { InteractionImportQueries as IQ } from './interactions.queries.js';
import { problemsOf, type BatchPlan, type BatchRow, type ImportKindUnit, type KindContext, type KindRun } from './kind.js';

export const PERSON_FIELDS = ['name', 'emails', 'phones', 'zip', 'addressLine', 'city', 'state', 'region', 'kinds', 'tags', 'notes', 'customFields'] as const;
export const ORGANIZATION_FIELDS = ['name', 'type', 'issueAreas', 'ledBy', 'zip', 'addressLine', 'city', 'state', 'region', 'website', 'notes', 'customFields'] as const;

export type Rec = Record<string, unknown> & { id: string; version?: number };

interface PendingWrite {
  line: number;
  fields: Rec;
  version: number;
  action: 'create' | 'update';
  details: ReturnType<typeof diff>;
  /** The record as it was before this import touched it (updates of records the import did not create). */
  before: Rec | null;
}

type RecordKind = 'people' | 'organizations';

/**
 * People and organizations: rows are validated with the forms' rules (the DTOs) and region scoping, matched to
 * existing records (people by email, else by name + zip + region; organizations by name + region, any case),
 * merged (lists gain the row's entries, filled-in cells replace, empty cells keep), and written batch by batch.
 */
export class RecordsUnit implements ImportKindUnit {
  constructor(readonly kind: RecordKind) {}

  async open(ctx: KindContext): Promise<KindRun> {
    const kind = this.kind;
    const index = new Map<string, string>();
    const scope = regionScope(ctx.viewer);
    for (const r of await ctx.store.read(kind === 'people' ? Q.personKeys : Q.organizationKeys, { ...scope })) remember(kind, index, r);
    /** Dry run: what the records would be after the rows already seen (nothing is written). */
    const virtual = new Map<string, Rec>();
    const FIELDS = kind === 'people' ? PERSON_FIELDS : ORGANIZATION_FIELDS;
    const defs = ctx.mapped.size && [...ctx.mapped].some((f) => f.startsWith(CUSTOM_FIELD_PREFIX)) ? await readDefinitions(ctx.store) : [];
    const entityDefs = visibleTo(ctx.viewer, defs, kind === 'people' ? FieldEntity.PERSON : FieldEntity.ORGANIZATION);

    const plan = async (rows: BatchRow[]): Promise<BatchPlan> => {
      const reports: RowReport[] = [];
      const prepared: Array<{ line: number; input: Record<string, unknown>; report: RowReport }> = [];
      for (const row of rows) {
        const report: RowReport = { line: row.line, action: 'skip', name: '', problems: [] };
        reports.push(report);
        const built = inputOf(kind, row.g);
        report.name = String(built.name ?? '');
        const region = ctx.regions.resolve(row.g.get('region')?.[0], report.problems);
        if (!region) continue;
        built.regionId = region.id;
        prepared.push({ line: row.line, input: built, report });
      }
      const matchIds = prepared.map((p) => match(kind, index, p.input)).filter((id): id is string => !!id);
      const current = await currentRecords(ctx, kind, matchIds.filter((id) => !virtual.has(id)));
      const lookup = (id: string) => virtual.get(id) ?? current.get(id);
      const pending = new Map<string, PendingWrite>();
      for (const p of prepared) {
        const id = match(kind, index, p.input);
        const before = id ? (pending.get(id)?.fields ?? lookup(id) ?? null) : null;
        const merged = mergeRow(kind, before, p.input);
        const problems = await check(kind, merged);
        // Custom field values as the forms check them, for the row's region: problems name the column's field.
        const custom = applyValues(entityDefs, String(merged.regionId), parseStored(before?.customFields as string | null), (merged.customFields as ValueInput[] | undefined) ?? []);
        problems.push(...custom.problems);
        if (problems.length) {
          p.report.problems = problems;
          continue;
        }
        const fields = { ...fieldsOf(kind, id ?? randomUUID(), merged, before), ...(merged.customFields ? columnsOf(entityDefs, String(merged.regionId), custom.values) : {}) };
        const details = diff(before, fields, FIELDS);
        p.report.id = id ?? (ctx.dryRun ? undefined : fields.id);
        if (before && !details.length) {
          p.report.action = 'unchanged';
          continue;
        }
        const earlier = pending.get(fields.id);
        const stored = lookup(fields.id) ?? null;
        p.report.action = earlier || before ? 'update' : 'create';
        pending.set(fields.id, {
          line: p.line, fields, version: earlier ? earlier.version : Number(before?.version ?? 0), action: earlier?.action ?? (before ? 'update' : 'create'),
          details: earlier ? diff(stored, fields, FIELDS) : details, before: stored,
        });
        remember(kind, index, fields);
      }
      if (ctx.dryRun) {
        for (const w of pending.values()) virtual.set(w.fields.id, { ...w.fields, version: w.version });
        return { reports };
      }
      if (!pending.size) return { reports };
      const writes = [...pending.values()];
      return {
        reports,
        write: (tx, at) => writeBatch(tx, ctx, kind, writes, at),
      };
    };
    return { plan };
  }
}

/** Match key → record id: a Map in the rows path, a KeyIndex (hash-tables.ts) in the bulk path's millions of rows. */
export interface MatchIndex {
  get(key: string): string | undefined;
  set(key: string, id: string): unknown;
}

/**
 * The unit's rules, shared with the bulk path (bulk-import.ts), which streams large files through the same
 * input, merge, form validation, stored fields and match keys, and writes them its own way.
 */
export const RecordRules = {
  inputOf: (kind: RecordKind, g: Map<string, string[]>) => inputOf(kind, g),
  merge: (kind: RecordKind, before: Rec | null, row: Record<string, unknown>) => mergeRow(kind, before, row),
  validate: (kind: RecordKind, input: Record<string, unknown>) => check(kind, input),
  /**
   * `street`: with the street address and custom fields (the file maps columns to them, and the bulk path read
   * them with the records); without, the record has no such keys and the bulk path leaves them as they are.
   */
  fields: (kind: RecordKind, id: string, input: Record<string, unknown>, before: Rec | null, street = false): Rec => {
    const all = fieldsOf(kind, id, input, before);
    if (!street) for (const k of STREET_AND_CUSTOM) delete all[k];
    return all;
  },
  remember: (kind: RecordKind, index: MatchIndex, r: Rec) => remember(kind, index, r),
  match: (kind: RecordKind, index: MatchIndex, input: Record<string, unknown>) => match(kind, index, input),
};

/** What an export writes in place of contact details its reader may not see (export.service.ts). */
const HIDDEN_CELL = '(hidden)';

/** The form input of a row, as the forms would send it (validated afterwards). */
function inputOf(kind: RecordKind, g: Map<string, string[]>): Record<string, unknown> {
  // An export writes "(hidden)" for contact details its reader may not see: read back, such a cell keeps what is
  // stored (it is never written over a record's notes, emails, phones or address).
  const cells = (f: string) => (g.get(f) ?? []).filter((c) => c.trim() !== HIDDEN_CELL);
  const text = (f: string) => g.get(f)?.[0] ?? null;
  const list = (f: string) => cells(f).flatMap(splitList);
  const notes = () => (cells('notes').length ? cells('notes').join('\n') : null);
  const custom = [...g.entries()].filter(([f]) => f.startsWith(CUSTOM_FIELD_PREFIX))
    .map(([f, cells]) => ({ key: f.slice(CUSTOM_FIELD_PREFIX.length), value: cells.join('; ') }));
  const shown = (f: string) => (text(f) === HIDDEN_CELL ? null : text(f));
  const street = ['addressLine', 'city', 'state'].some((f) => g.has(f)) ? { line: shown('addressLine'), city: shown('city'), state: shown('state') } : undefined;
  const extra = { ...(custom.length ? { customFields: custom } : {}), ...(street ? { address: street } : {}) };
  if (kind === 'people') {
    const name = text('name') ?? [text('firstName'), text('lastName')].filter(Boolean).join(' ');
    return {
      name,
      emails: list('emails'),
      phones: cells('phones').flatMap(splitPhones),
      zip: text('zip'),
      kinds: list('kinds').map((k) => enumValue(k, Object.values(PersonKind))),
      tags: list('tags'),
      notes: notes(),
      ...extra,
    };
  }
  return {
    name: text('name') ?? '',
    type: text('type') ? enumValue(text('type')!, Object.values(OrganizationType)) : null,
    issueAreas: list('issueAreas'),
    ledBy: list('ledBy').map((k) => enumValue(k, Object.values(LedBy))),
    zip: text('zip'),
    website: text('website'),
    notes: notes(),
    ...extra,
  };
}

/** The record after the row: lists gain the row's entries, filled-in cells replace, empty cells keep what is there. */
function mergeRow(kind: RecordKind, before: Rec | null, row: Record<string, unknown>): Record<string, unknown> {
  if (!before) return kind === 'organizations' && !row.type ? { ...row, type: OrganizationType.PARTNER } : row;
  const union = (a: unknown, b: unknown, fold = (s: string) => s) => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const v of [...((a as string[] | null) ?? []), ...((b as string[] | null) ?? [])]) {
      if (!seen.has(fold(v))) {
        seen.add(fold(v));
        out.push(v);
      }
    }
    return out;
  };
  const pick = (f: string) => (row[f] ?? null) !== null && row[f] !== '' ? row[f] : (before[f] ?? null);
  // Each part of the address a cell fills in replaces that part; empty cells keep it. Custom values merge in the unit.
  const given = row.address as Record<string, string | null> | undefined;
  const own = {
    ...(given ? { address: { line: given.line || (before.addressLine ?? null), city: given.city || (before.city ?? null), state: given.state || (before.state ?? null) } } : {}),
    ...(row.customFields ? { customFields: row.customFields } : {}),
  };
  if (kind === 'people') {
    return {
      name: row.name || before.name, regionId: row.regionId, zip: pick('zip'), notes: pick('notes'),
      emails: union(before.emails, row.emails, (s) => s.toLowerCase()), phones: union(before.phones, row.phones, digitsOf),
      kinds: union(before.kinds, row.kinds), tags: union(before.tags, row.tags), ...own,
    };
  }
  return {
    name: row.name || before.name, regionId: row.regionId, type: pick('type'), zip: pick('zip'), website: pick('website'),
    notes: pick('notes'), issueAreas: union(before.issueAreas, row.issueAreas, (s) => s.toLowerCase()), ledBy: union(before.ledBy, row.ledBy), ...own,
  };
}

/** The same rules as the forms: the DTO's decorators (the DTO's transforms are kept in `input`). */
async function check(kind: RecordKind, input: Record<string, unknown>): Promise<FieldProblem[]> {
  const dto: object = kind === 'people' ? plainToInstance(PersonInput, input) : plainToInstance(OrganizationInput, input);
  const problems = problemsOf(await validate(dto, { forbidUnknownValues: false }));
  if (problems.length) return problems;
  Object.assign(input, dto);
  return [];
}

/** The stored fields, as the people and organizations services compute them. */
function fieldsOf(kind: RecordKind, id: string, input: Record<string, unknown>, before: Rec | null): Rec {
  const zip = (input.zip as string | null) ?? null;
  const name = input.name as string;
  const own = {
    importId: before?.importId ?? null,
    // No address columns: the record keeps its address.
    ...streetColumns(input.address !== undefined
      ? (input.address as StreetAddressInput | null)
      : { line: before?.addressLine as string | null, city: before?.city as string | null, state: before?.state as string | null }),
    customFields: (before?.customFields as string | null | undefined) ?? null,
    customFieldTerms: (before?.customFieldTerms as string[] | null | undefined) ?? [],
  };
  if (kind === 'people') {
    const emails = (input.emails as string[]) ?? [];
    const phones = (input.phones as string[]) ?? [];
    return {
      id, name, sortKey: sortKeyOf(name, id),
      // toLowerCase(): the same as toLocaleLowerCase('en-US') (see sortKeyOf), and far faster (the bulk path's millions of rows).
      searchPublic: searchFold(searchText([name, zip ?? ''])),
      searchContact: searchText([...emails.map((e) => e.toLowerCase()), ...phones.map(digitsOf)]),
      emails, phones, zip, region: input.regionId, kinds: [...new Set((input.kinds as string[]) ?? [])],
      tags: (input.tags as string[]) ?? [], notes: (input.notes as string | null) ?? null,
      assignees: (before?.assignees as string[] | undefined) ?? [], ...own,
    };
  }
  const issueAreas = (input.issueAreas as string[]) ?? [];
  return {
    id, name, sortKey: sortKeyOf(name, id),
    searchPublic: searchFold(searchText([name, zip ?? '', ...issueAreas])),
    type: input.type, issueAreas, ledBy: [...new Set((input.ledBy as string[]) ?? [])], zip, region: input.regionId,
    website: (input.website as string | null) ?? null, notes: (input.notes as string | null) ?? null, ...own,
  };
}

/** Match keys: `e:<email>` for each email of a person, `n:<name>|<zip>|<region>` for people, `o:<name>|<region>` for organizations. */
function remember(kind: RecordKind, index: MatchIndex, r: Rec): void {
  const name = String(r.name ?? '').trim().toLowerCase();
  if (kind === 'people') {
    for (const e of (r.emails as string[] | null) ?? []) index.set(`e:${e.toLowerCase()}`, r.id);
    index.set(`n:${name}|${r.zip ?? ''}|${r.region}`, r.id);
  } else {
    index.set(`o:${name}|${r.region}`, r.id);
  }
}

function match(kind: RecordKind, index: MatchIndex, input: Record<string, unknown>): string | undefined {
  const name = String(input.name ?? '').trim().toLowerCase();
  if (kind === 'organizations') return index.get(`o:${name}|${input.regionId}`);
  const emails = ((input.emails as string[]) ?? []).map((e) => e.trim().toLowerCase());
  for (const e of emails) {
    const id = index.get(`e:${e}`);
    if (id) return id;
  }
  return emails.length ? undefined : index.get(`n:${name}|${String(input.zip ?? '').trim()}|${input.regionId}`);
}

async function currentRecords(ctx: KindContext, kind: RecordKind, ids: string[]): Promise<Map<string, Rec>> {
  if (!ids.length) return new Map();
  const params = { ids: [...new Set(ids)] };
  const records = kind === 'people' ? (await ctx.store.read(Q.peopleByIds, params)).map((r) => r.p) : (await ctx.store.read(Q.organizationsByIds, params)).map((r) => r.o);
  return new Map(records.map((rec) => [rec.id, { ...rec, version: Number(rec.version) }]));
}

export const STREET_AND_CUSTOM = ['addressLine', 'city', 'state', 'customFields', 'customFieldTerms'];

/**
 * The fields an ImportUndo keeps of a record (what an import can change). `street`: the import could change the
 * address and custom fields too (the rows path; the bulk path when the file maps them), so they are kept and a
 * roll-back restores them; otherwise (members made by a meeting) a roll-back leaves them as they are.
 */
export function undoFields(kind: RecordKind, r: Rec, street = false): Record<string, unknown> {
  const keys = kind === 'people'
    ? ['name', 'sortKey', 'searchPublic', 'searchContact', 'emails', 'phones', 'zip', 'region', 'kinds', 'tags', 'notes']
    : ['name', 'sortKey', 'searchPublic', 'type', 'issueAreas', 'ledBy', 'zip', 'region', 'website', 'notes'];
  const kept = Object.fromEntries((street ? [...keys, ...STREET_AND_CUSTOM] : keys).map((k) => [k, r[k] ?? null]));
  return street ? { ...kept, streetKept: true } : kept;
}

/**
 * People an imported meeting or attendance made members (as logging it by hand does): MEMBER added to their
 * kinds, with a before-image for a roll-back (unless this import created them) and a history entry saying why.
 */
export async function becomeMembers(tx: GraphTx, ctx: KindContext, people: Rec[], at: string, why: (personId: string) => string): Promise<void> {
  if (!people.length) return;
  const left = await tx.run(IQ.becomeMembers, { now: at, rows: people.map((p) => ({ id: p.id, kinds: [...((p.kinds as string[]) ?? []), PersonKind.MEMBER] })) });
  const version = new Map(left.map((r) => [String(r.id), Number(r.version)]));
  const undo = people.filter((p) => p.importId !== ctx.importId).map((p) => ({
    id: `${ctx.importId}:${p.id}`, entityId: p.id, name: String(p.name ?? ''), before: JSON.stringify(undoFields('people', p)), version: version.get(p.id) ?? Number(p.version) + 1,
    versionBefore: Number(p.version),
  }));
  if (undo.length) await tx.run(Q.undoRecords, { jobId: ctx.importId, entityType: 'Person', rows: undo });
  await tx.run(Q.personHistory, { now: at, accountId: ctx.viewer.accountId, importId: ctx.importId, rows: withMessages(people.map((p) => ({
    id: randomUUID(), entityId: p.id, action: 'updated', summary: why(p.id),
    details: JSON.stringify([{ field: 'kinds', from: null, to: 'MEMBER' }]),
  }))) });
}

/** Writes one batch; returns the ids of records someone changed meanwhile (not written). */
async function writeBatch(tx: GraphTx, ctx: KindContext, kind: RecordKind, writes: PendingWrite[], at: string): Promise<Set<string>> {
  const params = { now: at, accountId: ctx.viewer.accountId, importId: ctx.importId };
  const creates = writes.filter((w) => w.action === 'create').map((w) => w.fields);
  const updates = writes.filter((w) => w.action === 'update').map((w) => ({ ...w.fields, version: w.version }));
  if (creates.length) await tx.run(kind === 'people' ? Q.createPeople : Q.createOrganizations, { ...params, rows: creates });
  const stale = new Set<string>();
  if (updates.length) {
    const done = new Set((await tx.run(kind === 'people' ? Q.updatePeople : Q.updateOrganizations, { ...params, rows: updates })).map((r) => String(r.id)));
    for (const u of updates) if (!done.has(u.id)) stale.add(u.id);
    const street = updates.filter((u) => done.has(u.id)).map((u: Rec) => ({
      id: u.id, addressLine: u.addressLine ?? null, city: u.city ?? null, state: u.state ?? null, customFields: u.customFields ?? null, customFieldTerms: u.customFieldTerms ?? [],
    }));
    if (street.length) await tx.run(kind === 'people' ? Q.setPeopleStreet : Q.setOrganizationsStreet, { rows: street });
    // Before-images of records this import did not create, for roll-back (the first one a job saw is kept).
    const undo = writes.filter((w) => w.action === 'update' && !stale.has(w.fields.id) && w.before && w.before.importId !== ctx.importId).map((w) => ({
      id: `${ctx.importId}:${w.fields.id}`, entityId: w.fields.id, name: String(w.before!.name ?? ''),
      before: JSON.stringify(undoFields(kind, w.before!, true)), version: w.version + 1, versionBefore: Number(w.before!.version),
    }));
    if (undo.length) await tx.run(Q.undoRecords, { jobId: ctx.importId, entityType: kind === 'people' ? 'Person' : 'Organization', rows: undo });
  }
  const history = writes.filter((w) => !stale.has(w.fields.id)).map((w) => ({
    id: randomUUID(), entityId: w.fields.id, action: w.action === 'create' ? 'created' : 'updated',
    summary: w.action === 'create' ? 'Imported' : `Import changed ${w.details.map((d) => d.field).join(', ')}`,
    details: JSON.stringify(w.details),
  }));
  if (history.length) await tx.run(kind === 'people' ? Q.personHistory : Q.organizationHistory, { ...params, rows: withMessages(history) });
  return stale;
}
