import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { forbidden } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { regionScope, Role, type Viewer } from '../../common/viewer.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { OrganizationsArgs } from '../organizations/dto/organization.input.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleArgs } from '../people/dto/person.input.js';
import type { Person } from '../people/models/person.model.js';
import { PeopleService } from '../people/people.service.js';
import type { ExportRecord } from './export.queries.js';
import { ExportRepository } from './export.repository.js';
import { AuditAction } from '../audit/audit.js';
import { parseStored } from '../custom-fields/custom-field-values.js';
import { FieldEntity, type FieldDefinition } from '../custom-fields/custom-field.model.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';

export const EXPORTS = ['people', 'organizations', 'ties', 'interactions'] as const;
export type ExportKind = (typeof EXPORTS)[number];

const PAGE = 500;

/** One CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet does not run it as a formula. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : Array.isArray(v) ? v.filter((x) => x !== '' && x != null).join('; ') : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export const csvLine = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** New columns go last, so a sheet or script that reads columns by position keeps working. */
/** A custom field's column: `custom:<key>`, which an import maps back to the field. */
const customHeader = (f: FieldDefinition) => `custom:${f.key}`;

/** A record's custom field cells; empty where a field does not apply in its region. */
function customCells(fields: readonly FieldDefinition[], region: string, json: string | null): unknown[] {
  const values = parseStored(json);
  return fields.map((f) => (f.regionId && f.regionId !== region ? '' : values[f.key] ?? ''));
}

const peopleHeader = (fields: readonly FieldDefinition[]) =>
  csvLine(['id', 'name', 'emails', 'phones', 'zip', 'region', 'kinds', 'tags', 'notes', 'created_at', 'updated_at', 'address_line', 'city', 'state', ...fields.map(customHeader)]);

/** One person's row: contact details and street address hidden exactly as on screen. */
function personLine(fields: readonly FieldDefinition[], p: Person): string {
  const street = p.contactHidden ? ['(hidden)', '(hidden)', '(hidden)'] : [p.address?.line, p.address?.city, p.address?.state];
  return csvLine([p.id, p.name, p.emails ?? '(hidden)', p.phones ?? '(hidden)', p.zip, p.regionId, p.kinds, p.tags, p.contactHidden ? '(hidden)' : p.notes, p.createdAt, p.updatedAt, ...street, ...customCells(fields, p.regionId, p.customFieldsJson)]);
}

/**
 * CSV exports under the viewer's scope (contact details hidden from connectors exactly as on screen), for
 * admins and accounts granted the export permission. Every export is recorded: who, when, what, how many rows.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly repo: ExportRepository,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsRepository,
    private readonly customFields: CustomFieldsService,
  ) {}

  async assertAllowed(viewer: Viewer): Promise<void> {
    if (viewer.role === Role.ADMIN) return;
    const [account] = await this.accounts.byIds([viewer.accountId]);
    if (!account?.canExport) throw forbidden('Exporting needs the export permission; an admin can grant it on the Admin page.');
  }

  /** Yields the CSV in chunks, then records the export. */
  async *csv(viewer: Viewer, what: ExportKind): AsyncGenerator<string> {
    await this.assertAllowed(viewer);
    let rows = 0;
    const scope = regionScope(viewer);
    if (what === 'people') {
      const fields = await this.customFields.list(viewer, FieldEntity.PERSON);
      yield peopleHeader(fields);
      let after: string | null = null;
      for (;;) {
        const page = await this.people.list(viewer, plainToInstance(PeopleArgs, { first: PAGE, after }));
        let chunk = '';
        for (const p of page.nodes) chunk += personLine(fields, p);
        rows += page.nodes.length;
        if (chunk) yield chunk;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
    } else if (what === 'organizations') {
      const fields = await this.customFields.list(viewer, FieldEntity.ORGANIZATION);
      yield csvLine(['id', 'name', 'type', 'issue_areas', 'led_by', 'zip', 'region', 'website', 'notes', 'created_at', 'updated_at', 'address_line', 'city', 'state', ...fields.map(customHeader)]);
      let after: string | null = null;
      for (;;) {
        const page = await this.organizations.list(viewer, plainToInstance(OrganizationsArgs, { first: PAGE, after }));
        let chunk = '';
        for (const o of page.nodes) {
          chunk += csvLine([o.id, o.name, o.type, o.issueAreas, o.ledBy, o.zip, o.regionId, o.website, o.notes, o.createdAt, o.updatedAt, o.address?.line, o.address?.city, o.address?.state, ...customCells(fields, o.regionId, o.customFieldsJson)]);
        }
        rows += page.nodes.length;
        if (chunk) yield chunk;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
    } else if (what === 'ties') {
      yield csvLine(['person_id', 'person_name', 'other_id', 'other_name', 'strength_set_by_hand', 'context', 'since', 'last_contact', 'interactions']);
      let after = '';
      for (;;) {
        const page = await this.repo.ties(scope, after, PAGE);
        let chunk = '';
        for (const t of page) chunk += csvLine([t.personId, t.personName, t.otherId, t.otherName, t.strength, t.context, t.since, t.lastContact, t.interactions ?? 0]);
        rows += page.length;
        if (chunk) yield chunk;
        if (page.length < PAGE) break;
        after = page[page.length - 1].key;
      }
    } else {
      yield csvLine(['id', 'kind', 'date', 'region', 'host', 'participants', 'notes']);
      let after = '';
      for (;;) {
        const page = await this.repo.interactions(scope, after, PAGE);
        let chunk = '';
        for (const i of page) chunk += csvLine([i.id, i.kind, i.date, i.region, i.hosts.filter(Boolean), i.participants, i.notes]);
        rows += page.length;
        if (chunk) yield chunk;
        if (page.length < PAGE) break;
        after = page[page.length - 1].id;
      }
    }
    await this.record(viewer, what, rows);
  }

  /** Chosen people (a list or a selection, already read in the viewer's scope) as one CSV, recorded as an export. */
  async peopleCsv(viewer: Viewer, people: readonly Person[], what: string): Promise<{ csv: string; rows: number }> {
    await this.assertAllowed(viewer);
    const fields = await this.customFields.list(viewer, FieldEntity.PERSON);
    const csv = peopleHeader(fields) + people.map((p) => personLine(fields, p)).join('');
    await this.record(viewer, what, people.length);
    return { csv, rows: people.length };
  }

  /** Every export goes to the export log and the audit log: who, when, what, how many rows. */
  private async record(viewer: Viewer, what: string, rows: number): Promise<void> {
    const record = { id: randomUUID(), at: now(), accountId: viewer.accountId, what, rows, regions: viewer.allRegions ? ['*'] : [...viewer.regions] };
    await this.repo.record(record, { action: AuditAction.EXPORTED, actorId: viewer.accountId, targetType: 'export', targetId: record.id, summary: `Exported ${rows.toLocaleString('en-US')} ${what} as CSV` });
  }

  async list(viewer: Viewer, limit = 100): Promise<Array<ExportRecord & { byName: string | null }>> {
    if (viewer.role !== Role.ADMIN) throw forbidden('Only admins see the export log.');
    const rows = await this.repo.list(limit);
    const names = new Map((await this.accounts.byIds([...new Set(rows.map((r) => r.accountId))])).map((a) => [a.id, a.displayName]));
    return rows.map((r) => ({ ...r, rows: Number(r.rows), byName: names.get(r.accountId) ?? null }));
  }
}
