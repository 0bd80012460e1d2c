import type { SaidMessage } from '../../../i18n/said.js';
import { withMessages } from '../said-history.js';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { StreetAddressInput } from '../../../common/address.js';
import { now } from '../../../common/clock.js';
import { regionScope, type Viewer } from '../../../common/viewer.js';
import type { WrittenInBulk } from '../../../graph/changes.js';
import type { GraphTx } from '../../../graph/graph-store.port.js';
import { diff } from '../../history/history.js';
import { OrganizationInput } from '../../organizations/dto/organization.input.js';
import { PersonInput } from '../../people/dto/person.input.js';
import { textSafe } from '../bulk-csv.js';
import { listOf, NEO4J_TX_ROWS, WRITE_BATCH } from '../bulk-shared.js';
import type { BulkRun, BulkWriter } from '../bulk-types.js';
import {
  BulkQueries as B,
  ORGANIZATION_COLUMNS,
  ORGANIZATION_STREET_COLUMNS,
  PERSON_COLUMNS,
  PERSON_STREET_COLUMNS,
  STAGING_FILES,
  STAGING_USABLE,
} from '../bulk.queries.js';
import { compileChecker, type FastChecker } from '../fast-check.js';
import { KEEP_PROBLEMS, type RowReport } from '../import-job.js';
import { ImportQueries as Q } from '../import.queries.js';
import { CUSTOM_FIELD_PREFIX, gather, type ImportMapping } from '../mapping.js';
import { applyValues, columnsOf, parseStored, type ValueInput } from '../../custom-fields/custom-field-values.js';
import { FieldEntity, type FieldDefinitionRecord } from '../../custom-fields/custom-field.model.js';
import { readDefinitions, visibleTo } from '../../custom-fields/custom-fields.service.js';
import { copySafe, personOfLine, personOfRecord, recordLine, recordOfLine, stageLines, type Rec } from '../staged-lines.js';
import { IdMap, KeyIndex } from './hash-tables.js';
import { RecordRules, undoFields } from './records.js';

/**
 * People and organizations through the bulk path (bulk-import.ts): every record in the importer's regions read
 * once (loadRecords), every row decided (decideRecords: the rows path's rules, RecordRules), then one write
 * (writeRecords): on the embedded engine one transaction with the new records staged and loaded with COPY FROM.
 */

type RecordKind = 'people' | 'organizations';

const PERSON_FIELDS = ['name', 'emails', 'phones', 'zip', 'region', 'kinds', 'tags', 'notes'] as const;
const ORGANIZATION_FIELDS = ['name', 'type', 'issueAreas', 'ledBy', 'zip', 'region', 'website', 'notes'] as const;
/** What a file that maps the street address or custom fields may change besides (as the rows path compares them). */
const STREET_FIELDS = ['addressLine', 'city', 'state', 'customFields'] as const;

/**
 * Form fields the compiled checker never sees: the street address (a nested object, which it refuses to compile)
 * and custom fields (checked by their definitions, custom-field-values.ts) are taken off the row before it and
 * checked on their own.
 */
const BULK_ABSENT = ['address', 'customFields'];

/** Whether a file's mapping fills in the street address or custom fields: then they are read, checked and written. */
export const mapsStreet = (mapping: ImportMapping): boolean =>
  Object.values(mapping).some((f) => f === 'addressLine' || f === 'city' || f === 'state' || f.startsWith(CUSTOM_FIELD_PREFIX));
let checkers: { people: FastChecker; organizations: FastChecker } | null = null;
/** The street address's form rules, compiled like the record's (class-validator per row cost 4x the plain import here). */
let streetRules: FastChecker | null = null;
const streetChecker = () => (streetRules ??= compileChecker(StreetAddressInput));
const checkerFor = (kind: RecordKind) =>
  (checkers ??= {
    people: compileChecker(PersonInput, { absent: BULK_ABSENT }),
    organizations: compileChecker(OrganizationInput, { absent: BULK_ABSENT }),
  })[kind];

/** The columns of the records a bulk import reads first (B.personRecords, B.organizationRecords), in their order. */
const SCANNED = {
  people: {
    query: B.personRecords,
    file: STAGING_FILES.personKeys,
    columns: [
      ['id', 'text'],
      ['name', 'text'],
      ['emails', 'list'],
      ['phones', 'list'],
      ['zip', 'text'],
      ['region', 'text'],
      ['kinds', 'list'],
      ['tags', 'list'],
      ['notes', 'text'],
      ['version', 'number'],
      ['assignees', 'list'],
    ],
    streetQuery: B.personRecordsStreet,
  },
  organizations: {
    query: B.organizationRecords,
    file: STAGING_FILES.organizationKeys,
    columns: [
      ['id', 'text'],
      ['name', 'text'],
      ['type', 'text'],
      ['issueAreas', 'list'],
      ['ledBy', 'list'],
      ['zip', 'text'],
      ['region', 'text'],
      ['website', 'text'],
      ['notes', 'text'],
      ['version', 'number'],
    ],
    streetQuery: B.organizationRecordsStreet,
  },
} satisfies Record<RecordKind, { query: unknown; streetQuery: unknown; file: string; columns: Array<[string, 'text' | 'list' | 'number']> }>;
/** The columns personRecordsStreet and organizationRecordsStreet add, in their order. */
const STREET_SCANNED: Array<[string, 'text' | 'list']> = [
  ['addressLine', 'text'],
  ['city', 'text'],
  ['state', 'text'],
  ['customFields', 'text'],
  ['customFieldTerms', 'list'],
];

/** An existing record a row changes: the record after the rows about it, its version and fields as read, and what changed. */
interface RecordUpdate {
  line: number;
  fields: Rec;
  version: number;
  details: ReturnType<typeof diff>;
  original: Rec;
}

interface RecordDecisions {
  /** New records by id: their staging line when COPY can carry them, else the record. */
  created: IdMap<string | Rec>;
  pending: Map<string, RecordUpdate>;
}

/** A people or organizations file through the bulk path: load, decide, write (see bulk-import.ts). */
export async function runBulkRecords(ctx: BulkRun, bulk: BulkWriter, kind: RecordKind): Promise<void> {
  const { job, viewer } = ctx;
  const street = mapsStreet(ctx.mapping);
  const defs = street ? visibleTo(viewer, await readDefinitions(bulk.store), kind === 'people' ? FieldEntity.PERSON : FieldEntity.ORGANIZATION) : [];
  const { index, records: current } = await ctx.timed('match', () => loadRecords(bulk, viewer, kind, job.bytes, street));
  const at = now();
  const { created, pending } = await decideRecords(ctx, kind, index, current, bulk.store.capabilities.fileCopy && STAGING_USABLE, at, street ? defs : null);
  // Rows that changed a record and rows that changed it back: nothing to write.
  for (const [id, w] of pending) if (!w.details.length) pending.delete(id);
  if (job.dryRun || (!created.size && !pending.size)) return;

  // The created people as derived state (the reach index) takes them, worked out while the engine copies them
  // (its COPY of a node table keeps one core busy; this runs on the other).
  let createdPeople: Array<ReturnType<typeof personOfLine>> = [];
  const whileCopying = () => {
    if (kind !== 'people') return;
    createdPeople = created.values.map((v) => (typeof v === 'string' ? personOfLine(v) : personOfRecord(v)));
  };
  // What the transaction wrote, told to the change feed with its commit (so the people are not read back).
  const written = (stale: Set<string>): WrittenInBulk => {
    const updated = [...pending.values()].filter((w) => !stale.has(w.fields.id));
    return kind === 'people'
      ? { people: [...createdPeople, ...updated.map((w) => personOfRecord(w.fields))] }
      : { organizations: [...created.ids, ...updated.map((w) => w.fields.id)] };
  };
  const stale = await ctx.timed('write', () => writeRecords(ctx, bulk, kind, at, created, [...pending.values()], street, whileCopying, written));
  if (stale.size) {
    for (const [id, w] of pending) {
      if (!stale.has(id)) continue;
      job.updated--;
      job.skipped++;
      if (job.problems.length < KEEP_PROBLEMS) {
        job.problems.push({
          line: w.line,
          action: 'skip',
          name: String(w.fields.name ?? ''),
          id,
          problems: [{ field: 'version', message: 'Someone changed this record while the import ran; run the import again to apply this row.' }],
        });
      }
    }
  }
}

/**
 * Decides every row of the file, in file order: matched (the rows path's keys) against the records there and
 * those earlier rows created, merged, checked by the form's rules (compiled, class-validator's messages for a
 * row refused), and kept as a new record or an update. Nothing is written here.
 */
async function decideRecords(
  ctx: BulkRun,
  kind: RecordKind,
  index: KeyIndex,
  current: Map<string, Rec>,
  copying: boolean,
  at: string,
  /** The custom fields the importer may fill in, when the file maps the street address or custom fields; else null. */
  defs: readonly FieldDefinitionRecord[] | null,
): Promise<RecordDecisions> {
  const { job, viewer, mapping, headers } = ctx;
  const service = RecordRules;
  const checker = checkerFor(kind);
  const street = defs !== null;
  const fieldsOf: readonly string[] = [...(kind === 'people' ? PERSON_FIELDS : ORGANIZATION_FIELDS), ...(street ? STREET_FIELDS : [])];
  /**
   * New records (after every row about them), by id: as their staging line when COPY can carry them (one
   * string each instead of a dozen objects: at 1M records the garbage collector went through the objects
   * again and again), else as records; and the updates of existing ones.
   */
  const created = new IdMap<string | Rec>(Math.ceil(job.bytes / 100));
  const createdRec = (id: string): Rec | undefined => {
    const v = created.get(id);
    return typeof v === 'string' ? recordOfLine(kind, v) : v;
  };
  const keep = (fields: Rec) => {
    // A file that maps the street address or custom fields stages lines with their columns (every line of it).
    const line = copying && copySafe(kind, fields) ? recordLine(kind, fields, at, viewer.accountId, job.id, street) : null;
    created.set(fields.id, line ?? fields);
  };
  const pending = new Map<string, RecordUpdate>();

  /** Reports since the last chunk of text, counted once the slow checks among them are back (in file order). */
  let reports: RowReport[] = [];
  let slow: Array<Promise<void>> = [];
  const onRow = (cells: string[], line: number) => {
    const g = gather(mapping, headers, cells);
    const report: RowReport = { line, action: 'skip', name: '', problems: [] };
    reports.push(report);
    const input = service.inputOf(kind, g);
    report.name = String(input.name ?? '');
    const { region, problem } = ctx.regionOf(g.get('region')?.[0]);
    if (problem) {
      report.problems.push(problem);
      return;
    }
    input.regionId = region!.id;
    const id = service.match(kind, index, input);
    const isNew = !!id && created.has(id);
    const before: Rec | null = id ? (createdRec(id) ?? pending.get(id)?.fields ?? current.get(id) ?? null) : null;
    const merged = service.merge(kind, before, input);
    // Without street or custom columns the row goes to the checker as it is (no copy per row of a million).
    let plain: Record<string, unknown> = merged;
    let address: object | null | undefined;
    let customFields: ValueInput[] | undefined;
    if (street) ({ address, customFields, ...plain } = merged as Record<string, unknown> & { address?: object | null; customFields?: ValueInput[] });
    const { value, ok } = checker.check(plain);
    // The street address by its form's rules, and custom values by their fields' types for the row's region.
    const streetChecked = address ? streetChecker().check(address as Record<string, unknown>) : null;
    const streetInput = streetChecked ? streetChecked.value : address;
    const streetOk = !streetChecked || streetChecked.ok;
    const custom = customFields && defs ? applyValues(defs, String(merged.regionId), parseStored(before?.customFields as string | null), customFields) : null;
    if (!ok || !streetOk) {
      // The messages come from class-validator itself (and if it passes the row after all, so be it).
      slow.push(
        service.validate(kind, merged).then((problems) => {
          const all = [...problems, ...(custom?.problems ?? [])];
          report.problems = all.length ? all : [{ field: 'row', message: 'This row could not be checked in a large import; import it in a file of its own.' }];
        }),
      );
      return;
    }
    if (custom?.problems.length) {
      report.problems = custom.problems;
      return;
    }
    const fields = service.fields(kind, id ?? randomUUID(), streetInput === undefined ? value : { ...value, address: streetInput }, before, street);
    if (custom && defs) Object.assign(fields, columnsOf(defs, String(merged.regionId), custom.values));
    report.id = id ?? (job.dryRun ? undefined : fields.id);
    if (!before) {
      keep(fields);
      report.action = 'create';
    } else {
      const details = diff(before, fields, fieldsOf);
      if (!details.length) {
        report.action = 'unchanged';
        return;
      }
      report.action = 'update';
      if (isNew) keep(fields);
      else {
        const original = pending.get(fields.id)?.original ?? current.get(fields.id)!;
        pending.set(fields.id, { line, fields, version: Number(original.version ?? 0), details: diff(original, fields, fieldsOf), original });
      }
    }
    service.remember(kind, index, fields);
  };
  await ctx.rows(
    (rows) =>
      ctx.timedSync('validate', () => {
        for (const r of rows) onRow(r.cells, r.line);
        job.processed += rows.length;
      }),
    async () => {
      if (slow.length) await Promise.all(slow);
      for (const r of reports) ctx.report(r);
      reports = [];
      slow = [];
    },
  );
  return { created, pending };
}

/**
 * Every record in the viewer's regions, with what merging a row needs, read in one pass (the embedded
 * engine exports them with COPY TO), and their match keys (the rows path's keys).
 */
async function loadRecords(
  bulk: BulkWriter,
  viewer: Viewer,
  kind: RecordKind,
  fileBytes: number,
  street: boolean,
): Promise<{ index: KeyIndex; records: Map<string, Rec> }> {
  // Sized for the records there and the file's rows (about 120 bytes a row; a person has about three keys): a
  // table of millions grown step by step cost seconds. Files of shorter rows grow it as needed.
  const [counts] = await bulk.store.read(B.recordCounts);
  const index = new KeyIndex(3 * (Number((kind === 'people' ? counts?.people : counts?.organizations) ?? 0) + Math.ceil(fileBytes / 120)));
  const records = new Map<string, Rec>();
  const scope = regionScope(viewer);
  const inScope = (region: unknown) => scope.allRegions || scope.regions.includes(String(region));
  const { file, ...scanned } = SCANNED[kind];
  const query = street ? scanned.streetQuery : scanned.query;
  const columns: Array<[string, 'text' | 'list' | 'number']> = street ? [...scanned.columns, ...STREET_SCANNED] : scanned.columns;
  const regionAt = columns.findIndex(([name]) => name === 'region');
  await bulk.scan(query, file, (f) => {
    if (!inScope(f[regionAt])) return;
    const r: Rec = { id: String(f[0]) };
    for (let at = 1; at < columns.length; at++) {
      const [name, as] = columns[at];
      r[name] = as === 'list' ? listOf(f[at]) : as === 'number' ? Number(f[at] ?? 0) : f[at] == null ? null : String(f[at]);
    }
    records.set(r.id, r);
    RecordRules.remember(kind, index, r);
  });
  return { index, records };
}

/** Writes new records and updates; returns the ids of records someone changed meanwhile (not written). */
async function writeRecords(
  ctx: BulkRun,
  bulk: BulkWriter,
  kind: RecordKind,
  at: string,
  created: IdMap<string | Rec>,
  updates: Array<{ fields: Rec; version: number; details: ReturnType<typeof diff>; original: Rec }>,
  /** The file maps the street address or custom fields: updates write them, and before-images keep them. */
  street: boolean,
  /** Runs once the new records' COPY has started (before it ends), or before the writes when there is none. */
  whileCopying: () => void = () => undefined,
  /** What the one transaction of the COPY path wrote, for the change feed (other paths: their queries tell it). */
  written: (stale: Set<string>) => WrittenInBulk = () => ({}),
): Promise<Set<string>> {
  const { job, viewer } = ctx;
  const params = { now: at, accountId: viewer.accountId, importId: job.id };
  const copyQuery = kind === 'people' ? (street ? B.copyPeopleStreet : B.copyPeople) : street ? B.copyOrganizationsStreet : B.copyOrganizations;
  const createQuery = kind === 'people' ? B.createPeople : B.createOrganizations;
  const jobEntry = recordsJobEntry(ctx, kind, at, created.size, updates.length);
  const useCopy = bulk.store.capabilities.fileCopy && STAGING_USABLE;
  const { copyable, multiline, batched, linesFile } = await stageRecords(ctx, kind, created, street);
  const linesQuery =
    kind === 'people' ? (street ? B.copyPeopleStreetLines : B.copyPeopleLines) : street ? B.copyOrganizationsStreetLines : B.copyOrganizationsLines;
  const writeUpdates = async (tx: GraphTx, list: typeof updates): Promise<Set<string>> => {
    const stale = new Set<string>();
    for (let i = 0; i < list.length; i += WRITE_BATCH) {
      const batch = list.slice(i, i + WRITE_BATCH);
      const rows = batch.map((u) => ({ ...u.fields, version: u.version }));
      const done = new Set((await tx.run(kind === 'people' ? Q.updatePeople : Q.updateOrganizations, { ...params, rows })).map((r) => String(r.id)));
      for (const u of batch) if (!done.has(u.fields.id)) stale.add(u.fields.id);
      if (street) {
        const rows = batch
          .filter((u) => done.has(u.fields.id))
          .map((u) => ({
            id: u.fields.id,
            addressLine: u.fields.addressLine ?? null,
            city: u.fields.city ?? null,
            state: u.fields.state ?? null,
            customFields: u.fields.customFields ?? null,
            customFieldTerms: u.fields.customFieldTerms ?? [],
          }));
        if (rows.length) await tx.run(kind === 'people' ? Q.setPeopleStreet : Q.setOrganizationsStreet, { rows });
      }
      const history = batch
        .filter((u) => done.has(u.fields.id))
        .map((u) => ({
          id: randomUUID(),
          entityId: u.fields.id,
          action: 'updated',
          summary: `Import changed ${u.details.map((d) => d.field).join(', ')}`,
          details: JSON.stringify(u.details),
        }));
      if (history.length) await tx.run(kind === 'people' ? Q.personHistory : Q.organizationHistory, { ...params, rows: withMessages(history) });
      // Before-images, as the rows path keeps them: a roll-back puts these records back as they were.
      const undo = batch
        .filter((u) => done.has(u.fields.id))
        .map((u) => ({
          id: `${job.id}:${u.fields.id}`,
          entityId: u.fields.id,
          name: String(u.original.name ?? ''),
          before: JSON.stringify(undoFields(kind, beforeImage(kind, u.original), street)),
          version: u.version + 1,
          versionBefore: u.version,
        }));
      if (undo.length) await tx.run(Q.undoRecords, { jobId: job.id, entityType: kind === 'people' ? 'Person' : 'Organization', rows: undo });
    }
    return stale;
  };
  try {
    if (useCopy) {
      // One transaction: the job's entry, the COPY, the rest, the updates. All or nothing.
      return await bulk.store.transaction(async (tx) => {
        await tx.run(B.jobChange, jobEntry);
        if (copyable.length) {
          const copying = tx.run(copyQuery);
          whileCopying();
          await copying;
        } else whileCopying();
        if (multiline.length) await tx.run(linesQuery);
        for (let i = 0; i < batched.length; i += WRITE_BATCH) await tx.run(createQuery, { ...params, rows: batched.slice(i, i + WRITE_BATCH) });
        const stale = await writeUpdates(tx, updates);
        tx.describe?.(written(stale));
        return stale;
      });
    }
    await bulk.store.write(B.jobChange, jobEntry);
    whileCopying();
    for (let i = 0; i < batched.length; i += NEO4J_TX_ROWS) {
      await bulk.store.transaction(async (tx) => {
        const part = batched.slice(i, i + NEO4J_TX_ROWS);
        for (let j = 0; j < part.length; j += WRITE_BATCH) await tx.run(createQuery, { ...params, rows: part.slice(j, j + WRITE_BATCH) });
      });
    }
    const stale = new Set<string>();
    for (let i = 0; i < updates.length; i += NEO4J_TX_ROWS) {
      for (const id of await bulk.store.transaction((tx) => writeUpdates(tx, updates.slice(i, i + NEO4J_TX_ROWS)))) stale.add(id);
    }
    return stale;
  } finally {
    await rm(STAGING_FILES[kind], { force: true });
    await rm(linesFile, { force: true });
  }
}

/** The job's one history entry. */
function recordsJobEntry(ctx: BulkRun, kind: RecordKind, at: string, created: number, updated: number) {
  const { job, viewer } = ctx;
  return {
    id: randomUUID(),
    now: at,
    accountId: viewer.accountId,
    jobId: job.id,
    summary: `Imported from ${job.file}: ${created.toLocaleString('en-US')} ${kind} created, ${updated.toLocaleString('en-US')} updated (import ${job.id.slice(0, 8)})`,
    // The counts as numbers: each reader's language writes them its way (1.000 in Spanish).
    summaryMessage: JSON.stringify({
      id: 'history.recordsImported',
      values: { file: job.file, created, kind, updated, job: job.id.slice(0, 8) },
    } satisfies SaidMessage),
    details: JSON.stringify([{ field: 'import', from: null, to: `${job.file}, ${created} created, ${updated} updated` }]),
  };
}

/**
 * The new records' staging files: lines without a line break go in a file the engine reads in parallel, the
 * others (notes of several lines) in one it reads on one thread; records COPY cannot carry are left for batches.
 */
async function stageRecords(ctx: BulkRun, kind: RecordKind, created: IdMap<string | Rec>, street: boolean) {
  const columns = kind === 'people' ? (street ? PERSON_STREET_COLUMNS : PERSON_COLUMNS) : street ? ORGANIZATION_STREET_COLUMNS : ORGANIZATION_COLUMNS;
  const copyable: string[] = [];
  const multiline: string[] = [];
  const batched: Rec[] = [];
  for (const v of created.values) {
    // Every row of a batch has the same keys (the create query reads the street address and custom fields).
    if (typeof v !== 'string') batched.push({ addressLine: null, city: null, state: null, customFields: null, customFieldTerms: [], ...v });
    else if (textSafe(v)) copyable.push(v);
    else multiline.push(v);
  }
  const linesFile = kind === 'people' ? STAGING_FILES.peopleLines : STAGING_FILES.organizationsLines;
  if (copyable.length || multiline.length) {
    const t = performance.now();
    const header = ['id', ...columns.slice(1)];
    if (copyable.length) await stageLines(STAGING_FILES[kind], header, copyable);
    if (multiline.length) await stageLines(linesFile, header, multiline);
    ctx.job.phases.stage += performance.now() - t;
  }
  return { copyable, multiline, batched, linesFile };
}

/**
 * A record as it was before an import changed it, with the fields stored from the others (sort key, search
 * texts), computed as the forms compute them (the bulk path reads the others only).
 */
function beforeImage(kind: RecordKind, r: Rec): Rec {
  const input =
    kind === 'people'
      ? { name: r.name, emails: r.emails, phones: r.phones, zip: r.zip, regionId: r.region, kinds: r.kinds, tags: r.tags, notes: r.notes }
      : { name: r.name, type: r.type, issueAreas: r.issueAreas, ledBy: r.ledBy, zip: r.zip, regionId: r.region, website: r.website, notes: r.notes };
  return { ...r, ...RecordRules.fields(kind, r.id, input, r) };
}
