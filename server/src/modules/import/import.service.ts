import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { AppError, badInput, forbidden, notFound, type FieldProblem } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { digitsOf } from '../../common/input.js';
import { sortKeyOf } from '../../common/pagination.js';
import { canManageRecords, inRegion, regionScope, type Viewer } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../../graph/graph-store.port.js';
import { diff } from '../history/history.js';
import { OrganizationInput } from '../organizations/dto/organization.input.js';
import { LedBy, OrganizationType } from '../organizations/models/organization.model.js';
import { PersonInput } from '../people/dto/person.input.js';
import { PersonKind } from '../people/models/person.model.js';
import { ReachIndex } from '../reach/reach-index.js';
import { RegionsService } from '../regions/regions.service.js';
import type { Region } from '../regions/region.model.js';
import { BULK_THRESHOLD_ROWS, BulkImporter } from './bulk-import.js';
import { fileSource, textSource } from './bulk-csv.js';
import { parseCsv, type ParsedCsv } from './csv.js';
import { ImportQueries as Q } from './import.queries.js';
import {
  checkMapping, enumValue, gather, IMPORT_FIELDS, splitList, splitPhones, suggestMapping,
  type ImportKind, type ImportMapping,
} from './mapping.js';

const PERSON_FIELDS = ['name', 'emails', 'phones', 'zip', 'region', 'kinds', 'tags', 'notes'] as const;
const ORGANIZATION_FIELDS = ['name', 'type', 'issueAreas', 'ledBy', 'zip', 'region', 'website', 'notes'] as const;

export type RowAction = 'create' | 'update' | 'unchanged' | 'skip';

export interface RowReport {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  line: number;
  action: RowAction;
  name: string;
  /** The record created, updated or matched (absent in a dry run for new records, and for skipped rows). */
  id?: string;
  problems: FieldProblem[];
}

export interface ImportJob {
  id: string;
  kind: ImportKind;
  dryRun: boolean;
  accountId: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** A dry run: the first rows, whatever they would do. A run: the first skipped rows. */
  rows: RowReport[];
  /** The first skipped rows with why. */
  problems: RowReport[];
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  mapping: ImportMapping;
}

export interface ImportOptions {
  kind: ImportKind;
  dryRun: boolean;
  /** Header → field; suggested from the headers (and the account's last mapping) when absent. */
  mapping?: unknown;
  /** For rows with no region: a region id or name. */
  defaultRegion?: string | null;
}

export interface ImportPreview {
  kind: ImportKind;
  headers: string[];
  fields: string[];
  mapping: ImportMapping;
  /** Whether the mapping comes from this account's last import of this kind. */
  remembered: boolean;
  total: number;
  sample: string[][];
}

const KEEP_ROWS = 1000;
const KEEP_PROBLEMS = 500;
const KEEP_JOBS_MS = 24 * 3_600_000;

type Rec = Record<string, unknown> & { id: string; version?: number };

interface PendingWrite {
  line: number;
  fields: Rec;
  version: number;
  action: 'create' | 'update';
  details: ReturnType<typeof diff>;
}

/**
 * CSV import of people and organizations. Rows are validated with the same rules as the forms (the DTOs) and
 * the same region scoping, matched to existing records (people by email, else by name + zip + region;
 * organizations by name + region, case-insensitive), and written in batches of `batchSize`, one transaction
 * each, with one history entry per record. A bad row is reported and never stops the others.
 */
@Injectable()
export class ImportService {
  private readonly jobs = new Map<string, ImportJob>();
  batchSize = 500;

  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly regions: RegionsService,
    @Optional() private readonly reach?: ReachIndex,
  ) {}

  assertAllowed(viewer: Viewer): void {
    if (!canManageRecords(viewer)) throw forbidden('Importing is for admins, staff and leaders.');
  }

  /** The headers of a file, the mapping suggested for them (the account's last one where it fits), a sample. */
  async preview(viewer: Viewer, kind: ImportKind, text: string): Promise<ImportPreview> {
    this.assertAllowed(viewer);
    const csv = parseCsv(text);
    const suggested = suggestMapping(kind, csv.headers);
    const last = await this.lastMapping(viewer, kind);
    const known = csv.headers.filter((h) => h in last);
    const mapping = Object.fromEntries(csv.headers.map((h) => [h, h in last ? last[h] : suggested[h]]));
    return {
      kind, headers: csv.headers, fields: [...IMPORT_FIELDS[kind]], mapping, remembered: known.length > 0,
      total: csv.rows.length, sample: csv.rows.slice(0, 5).map((r) => r.cells),
    };
  }

  async lastMapping(viewer: Viewer, kind: ImportKind): Promise<ImportMapping> {
    const [row] = await this.store.read(Q.mapping, { key: mappingKey(viewer, kind) });
    try {
      return row?.value ? (JSON.parse(String(row.value)) as ImportMapping) : {};
    } catch {
      return {};
    }
  }

  /** Checks the file and the options, and starts the job; `done` settles when it has finished. */
  async start(viewer: Viewer, text: string, options: ImportOptions): Promise<{ job: ImportJob; done: Promise<ImportJob> }> {
    this.assertAllowed(viewer);
    // ── Bulk path (bulk-import.ts): ties, and people or organizations above bulkThreshold rows ──
    if (await this.bulk.takes(options.kind, textSource(text))) return this.bulk.start(viewer, textSource(text), options);
    const csv = parseCsv(text);
    const mapping = options.mapping === undefined || options.mapping === null || options.mapping === ''
      ? (await this.preview(viewer, options.kind, text)).mapping
      : checkMapping(options.kind, csv.headers, options.mapping);
    checkMapping(options.kind, csv.headers, mapping);
    let defaultRegion: Region | null = null;
    if (options.defaultRegion) {
      defaultRegion = await this.resolveRegion(options.defaultRegion);
      if (!defaultRegion) throw badInput('defaultRegion', `There is no region named ${options.defaultRegion}.`);
      if (!inRegion(viewer, defaultRegion.id)) throw badInput('defaultRegion', 'Choose one of your regions.');
    }
    if (options.mapping !== undefined && options.mapping !== null && options.mapping !== '') {
      await this.store.write(Q.saveMapping, { key: mappingKey(viewer, options.kind), value: JSON.stringify(mapping) });
    }
    this.sweep();
    const job: ImportJob = {
      id: randomUUID(), kind: options.kind, dryRun: options.dryRun, accountId: viewer.accountId, status: 'running',
      total: csv.rows.length, processed: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, rows: [], problems: [],
      error: null, startedAt: now(), finishedAt: null, mapping,
    };
    this.jobs.set(job.id, job);
    const done = this.run(viewer, job, csv, mapping, defaultRegion).then(
      () => {
        job.status = 'done';
        job.finishedAt = now();
        return job;
      },
      (e: unknown) => {
        job.status = 'failed';
        job.error = e instanceof AppError ? e.message : 'The import stopped on an unexpected error; the batches already written are kept. Run it again to continue.';
        job.finishedAt = now();
        return job;
      },
    );
    return { job, done };
  }

  // ── Bulk path (bulk-import.ts, kinds/ties.ts) ────────────────────────────────────────────────
  /** Files with more rows than this go through the bulk path (the rows path writes ~2,000 rows/s, with history per record). */
  bulkThreshold = BULK_THRESHOLD_ROWS;
  private bulkImporter?: BulkImporter;
  get bulk(): BulkImporter {
    return (this.bulkImporter ??= new BulkImporter(this, this.store, this.regions, this.reach));
  }

  /** A file on disk (the shell): streamed through the bulk path when large, read whole when small. */
  async startFile(viewer: Viewer, path: string, options: ImportOptions): Promise<{ job: ImportJob; done: Promise<ImportJob> }> {
    this.assertAllowed(viewer);
    const source = fileSource(path, basename(path));
    if (await this.bulk.takes(options.kind, source)) return this.bulk.start(viewer, source, options);
    return this.start(viewer, await readFile(path, 'utf8'), options);
  }

  /** Keeps a bulk job for GET /import/jobs/<id>, as start() keeps its own. */
  track(job: ImportJob): void {
    this.sweep();
    this.jobs.set(job.id, job);
  }
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  /** A job of this viewer's (jobs are kept in memory for a day). */
  job(viewer: Viewer, id: string): ImportJob {
    const job = this.jobs.get(id);
    if (!job || job.accountId !== viewer.accountId) throw notFound('That import');
    return job;
  }

  private sweep(): void {
    const cutoff = new Date(Date.now() - KEEP_JOBS_MS).toISOString();
    for (const [id, j] of this.jobs) if (j.finishedAt && j.finishedAt < cutoff) this.jobs.delete(id);
  }

  async resolveRegion(text: string): Promise<Region | null> {
    const all = await this.regions.all();
    const t = text.trim().toLowerCase();
    return all.find((r) => r.id === text.trim()) ?? all.find((r) => r.name.toLowerCase() === t) ?? null;
  }

  private async run(viewer: Viewer, job: ImportJob, csv: ParsedCsv, mapping: ImportMapping, defaultRegion: Region | null): Promise<void> {
    const regions = await this.regions.all();
    const regionById = new Map(regions.map((r) => [r.id, r]));
    const regionByName = new Map(regions.map((r) => [r.name.toLowerCase(), r]));
    const index = await this.loadIndex(viewer, job.kind);
    /** Dry run: what the records would be after the rows already seen (nothing is written). */
    const virtual = new Map<string, Rec>();

    for (let start = 0; start < csv.rows.length; start += this.batchSize) {
      const batch = csv.rows.slice(start, start + this.batchSize);
      const reports: RowReport[] = [];
      const prepared: Array<{ line: number; input: Record<string, unknown>; name: string; report: RowReport }> = [];
      // 1. Each row on its own: fields, region, validation with the form's rules.
      for (const row of batch) {
        const g = gather(mapping, csv.headers, row.cells);
        const report: RowReport = { line: row.line, action: 'skip', name: '', problems: [] };
        reports.push(report);
        const built = this.inputOf(job.kind, g);
        report.name = String(built.name ?? '');
        const regionText = g.get('region')?.[0];
        let region: Region | null | undefined = defaultRegion;
        if (regionText) {
          region = regionById.get(regionText) ?? regionByName.get(regionText.toLowerCase());
          if (!region) report.problems.push({ field: 'region', message: `There is no region named ${regionText}.` });
        }
        if (region && !inRegion(viewer, region.id)) {
          report.problems.push({ field: 'region', message: `${region.name} is not one of your regions.` });
        } else if (!region && !regionText) {
          report.problems.push({ field: 'region', message: 'Choose a region: map a column to region, or give a default region.' });
        }
        if (report.problems.length) continue;
        built.regionId = region!.id;
        prepared.push({ line: row.line, input: built, name: report.name, report });
      }
      // 2. Matching: the records these rows are about, read in one request.
      const matchIds = prepared.map((p) => this.match(job.kind, index, p.input)).filter((id): id is string => !!id);
      const current = await this.currentRecords(job.kind, matchIds.filter((id) => !virtual.has(id)));
      const lookup = (id: string) => virtual.get(id) ?? current.get(id);
      const pending = new Map<string, PendingWrite>();
      for (const p of prepared) {
        const id = this.match(job.kind, index, p.input);
        const before = id ? (pending.get(id)?.fields ?? lookup(id) ?? null) : null;
        const merged = this.merge(job.kind, before, p.input);
        const problems = await this.validate(job.kind, merged);
        if (problems.length) {
          p.report.problems = problems;
          continue;
        }
        const fields = this.fields(job.kind, id ?? randomUUID(), merged, before);
        const details = diff(before, fields, job.kind === 'people' ? PERSON_FIELDS : ORGANIZATION_FIELDS);
        p.report.id = id ?? (job.dryRun ? undefined : fields.id);
        if (before && !details.length) {
          p.report.action = 'unchanged';
          continue;
        }
        const earlier = pending.get(fields.id);
        const action = earlier?.action ?? (before ? 'update' : 'create');
        p.report.action = earlier || before ? 'update' : 'create';
        pending.set(fields.id, {
          line: p.line, fields, version: earlier ? earlier.version : Number(before?.version ?? 0), action,
          details: earlier ? diff(lookup(fields.id) ?? null, fields, job.kind === 'people' ? PERSON_FIELDS : ORGANIZATION_FIELDS) : details,
        });
        this.remember(job.kind, index, fields);
      }
      // 3. One transaction per batch.
      if (!job.dryRun && pending.size) {
        const stale = await this.write(viewer, job.kind, [...pending.values()]);
        const ids = [...pending.keys()].filter((id) => !stale.has(id));
        await this.reach?.refresh(job.kind === 'people' ? { people: ids } : { organizations: ids });
        for (const r of reports) {
          if (r.id && stale.has(r.id)) {
            r.action = 'skip';
            r.problems = [{ field: 'version', message: 'Someone changed this record while the import ran; run the import again to apply this row.' }];
          }
        }
      } else if (job.dryRun) {
        for (const w of pending.values()) virtual.set(w.fields.id, { ...w.fields, version: w.version });
      }
      for (const r of reports) {
        if (r.action === 'create') job.created++;
        else if (r.action === 'update') job.updated++;
        else if (r.action === 'unchanged') job.unchanged++;
        else job.skipped++;
        if (job.dryRun && job.rows.length < KEEP_ROWS) job.rows.push(r);
        if (r.action === 'skip' && job.problems.length < KEEP_PROBLEMS) job.problems.push(r);
      }
      job.processed += batch.length;
    }
  }

  /** The form input of a row, as the forms would send it (validated afterwards). */
  inputOf(kind: ImportKind, g: Map<string, string[]>): Record<string, unknown> {
    const text = (f: string) => g.get(f)?.[0] ?? null;
    const list = (f: string) => (g.get(f) ?? []).flatMap(splitList);
    if (kind === 'people') {
      const name = text('name') ?? [text('firstName'), text('lastName')].filter(Boolean).join(' ');
      return {
        name,
        emails: list('emails'),
        phones: (g.get('phones') ?? []).flatMap(splitPhones),
        zip: text('zip'),
        kinds: list('kinds').map((k) => enumValue(k, Object.values(PersonKind))),
        tags: list('tags'),
        notes: g.get('notes')?.join('\n') ?? null,
      };
    }
    return {
      name: text('name') ?? '',
      type: text('type') ? enumValue(text('type')!, Object.values(OrganizationType)) : null,
      issueAreas: list('issueAreas'),
      ledBy: list('ledBy').map((k) => enumValue(k, Object.values(LedBy))),
      zip: text('zip'),
      website: text('website'),
      notes: g.get('notes')?.join('\n') ?? null,
    };
  }

  /** The record after the row: lists gain the row's entries, filled-in cells replace, empty cells keep what is there. */
  merge(kind: ImportKind, before: Rec | null, row: Record<string, unknown>): Record<string, unknown> {
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
    if (kind === 'people') {
      return {
        name: row.name || before.name, regionId: row.regionId, zip: pick('zip'), notes: pick('notes'),
        emails: union(before.emails, row.emails, (s) => s.toLowerCase()), phones: union(before.phones, row.phones, digitsOf),
        kinds: union(before.kinds, row.kinds), tags: union(before.tags, row.tags),
      };
    }
    return {
      name: row.name || before.name, regionId: row.regionId, type: pick('type'), zip: pick('zip'), website: pick('website'),
      notes: pick('notes'), issueAreas: union(before.issueAreas, row.issueAreas, (s) => s.toLowerCase()), ledBy: union(before.ledBy, row.ledBy),
    };
  }

  /** The same rules as the forms: the DTO's decorators. */
  async validate(kind: ImportKind, input: Record<string, unknown>): Promise<FieldProblem[]> {
    const dto: object = kind === 'people' ? plainToInstance(PersonInput, input) : plainToInstance(OrganizationInput, input);
    const errors = await validate(dto, { forbidUnknownValues: false });
    const flat = (es: ValidationError[]): FieldProblem[] => es.flatMap((e) => [
      ...Object.values(e.constraints ?? {}).map((message) => ({ field: e.property === 'regionId' ? 'region' : e.property, message })),
      ...flat(e.children ?? []),
    ]);
    const problems = flat(errors);
    if (problems.length) return problems;
    Object.assign(input, dto);
    return [];
  }

  /** The stored fields, as the people and organizations services compute them. */
  fields(kind: ImportKind, id: string, input: Record<string, unknown>, before: Rec | null): Rec {
    const zip = (input.zip as string | null) ?? null;
    const name = input.name as string;
    if (kind === 'people') {
      const emails = (input.emails as string[]) ?? [];
      const phones = (input.phones as string[]) ?? [];
      // toLowerCase(): the same as toLocaleLowerCase('en-US') (see sortKeyOf), and far faster.
      return {
        id, name, sortKey: sortKeyOf(name, id),
        searchPublic: [name, zip ?? ''].join('\n').toLowerCase(),
        searchContact: [...emails.map((e) => e.toLowerCase()), ...phones.map(digitsOf)].join('\n'),
        emails, phones, zip, region: input.regionId, kinds: [...new Set((input.kinds as string[]) ?? [])],
        tags: (input.tags as string[]) ?? [], notes: (input.notes as string | null) ?? null,
        assignees: (before?.assignees as string[] | undefined) ?? [],
      };
    }
    const issueAreas = (input.issueAreas as string[]) ?? [];
    return {
      id, name, sortKey: sortKeyOf(name, id),
      searchPublic: [name, zip ?? '', ...issueAreas].join('\n').toLowerCase(),
      type: input.type, issueAreas, ledBy: [...new Set((input.ledBy as string[]) ?? [])], zip, region: input.regionId,
      website: (input.website as string | null) ?? null, notes: (input.notes as string | null) ?? null,
    };
  }

  private async loadIndex(viewer: Viewer, kind: ImportKind): Promise<Map<string, string>> {
    const index = new Map<string, string>();
    const scope = regionScope(viewer);
    if (kind === 'people') {
      for (const r of await this.store.read(Q.personKeys, { ...scope })) this.remember(kind, index, r as Rec);
    } else {
      for (const r of await this.store.read(Q.organizationKeys, { ...scope })) this.remember(kind, index, r as Rec);
    }
    return index;
  }

  /** Match keys: `e:<email>` for each email of a person, `n:<name>|<zip>|<region>` for people, `o:<name>|<region>` for organizations. */
  remember(kind: ImportKind, index: Map<string, string>, r: Rec): void {
    const name = String(r.name ?? '').trim().toLowerCase();
    if (kind === 'people') {
      for (const e of (r.emails as string[] | null) ?? []) index.set(`e:${e.toLowerCase()}`, r.id);
      index.set(`n:${name}|${r.zip ?? ''}|${r.region}`, r.id);
    } else {
      index.set(`o:${name}|${r.region}`, r.id);
    }
  }

  match(kind: ImportKind, index: Map<string, string>, input: Record<string, unknown>): string | undefined {
    const name = String(input.name ?? '').trim().toLowerCase();
    if (kind === 'organizations') return index.get(`o:${name}|${input.regionId}`);
    const emails = ((input.emails as string[]) ?? []).map((e) => e.trim().toLowerCase());
    for (const e of emails) {
      const id = index.get(`e:${e}`);
      if (id) return id;
    }
    return emails.length ? undefined : index.get(`n:${name}|${String(input.zip ?? '').trim()}|${input.regionId}`);
  }

  async currentRecords(kind: ImportKind, ids: string[]): Promise<Map<string, Rec>> {
    if (!ids.length) return new Map();
    const rows = await this.store.read(kind === 'people' ? Q.peopleByIds : Q.organizationsByIds, { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => {
      const rec = (kind === 'people' ? r.p : r.o) as Rec;
      return [rec.id, { ...rec, version: Number(rec.version) }];
    }));
  }

  /** Writes one batch in one transaction; returns the ids of records someone changed meanwhile (not written). */
  private async write(viewer: Viewer, kind: ImportKind, writes: PendingWrite[]): Promise<Set<string>> {
    const at = now();
    const creates = writes.filter((w) => w.action === 'create').map((w) => w.fields);
    const updates = writes.filter((w) => w.action === 'update').map((w) => ({ ...w.fields, version: w.version }));
    return this.store.transaction(async (tx: GraphTx) => {
      const params = { now: at, accountId: viewer.accountId };
      if (creates.length) await tx.run(kind === 'people' ? Q.createPeople : Q.createOrganizations, { ...params, rows: creates });
      const stale = new Set<string>();
      if (updates.length) {
        const done = new Set((await tx.run(kind === 'people' ? Q.updatePeople : Q.updateOrganizations, { ...params, rows: updates })).map((r) => String(r.id)));
        for (const u of updates) if (!done.has(u.id)) stale.add(u.id);
      }
      const history = writes.filter((w) => !stale.has(w.fields.id)).map((w) => ({
        id: randomUUID(), entityId: w.fields.id, action: w.action === 'create' ? 'created' : 'updated',
        summary: w.action === 'create' ? 'Imported' : `Import changed ${w.details.map((d) => d.field).join(', ')}`,
        details: JSON.stringify(w.details),
      }));
      if (history.length) await tx.run(kind === 'people' ? Q.personHistory : Q.organizationHistory, { ...params, rows: history });
      return stale;
    });
  }
}

const mappingKey = (viewer: Viewer, kind: ImportKind) => `import.mapping.${viewer.accountId}.${kind}`;
