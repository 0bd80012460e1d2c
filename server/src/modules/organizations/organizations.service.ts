import { now } from '../../common/clock.js';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { conflict, forbidden, notFound } from '../../common/app-error.js';
import { decodeCursor, searchFold, searchText, sortKeyOf, toPage, type Page } from '../../common/pagination.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { diff } from '../history/history.js';
import { RegionsService } from '../regions/regions.service.js';
import type { OrganizationInput, OrganizationsArgs } from './dto/organization.input.js';
import { Organization, type OrganizationRecord } from './models/organization.model.js';
import { OrganizationsRepository } from './organizations.repository.js';
import { streetAddress, streetColumns } from '../../common/address.js';
import { FieldEntity } from '../custom-fields/custom-field.model.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';

const ORGANIZATION_HISTORY_FIELDS = ['name', 'type', 'issueAreas', 'ledBy', 'zip', 'addressLine', 'city', 'state', 'region', 'website', 'notes', 'customFields'] as const;

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly repo: OrganizationsRepository,
    private readonly regions: RegionsService,
    private readonly customFields: CustomFieldsService,
  ) {}

  async create(viewer: Viewer, input: OrganizationInput): Promise<Organization> {
    await this.regions.requireUsable(viewer, input.regionId);
    const fields = { ...this.fields(randomUUID(), input, null), ...(await this.customFields.columns(FieldEntity.ORGANIZATION, input.regionId, null, input.customFields)) };
    const record = await this.repo.create(fields, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'organization', entityId: fields.id, action: 'created', summary: 'Created',
      details: diff(null, fields, ORGANIZATION_HISTORY_FIELDS), about: { Organization: [fields.id] },
    });
    return this.toOrganization(viewer, record);
  }

  async get(viewer: Viewer, id: string): Promise<Organization> {
    const record = await this.repo.byId(regionScope(viewer), id);
    if (!record) throw notFound('That organization');
    return this.toOrganization(viewer, record);
  }

  async list(viewer: Viewer, args: OrganizationsArgs): Promise<Page<Organization>> {
    const filter = {
      q: searchFold(args.search ?? ''), regionId: args.regionId ?? '', type: args.type ?? '',
      fieldTerms: await this.customFields.filterTerms(viewer, FieldEntity.ORGANIZATION, args.customFields),
    };
    const scope = regionScope(viewer);
    const [rows, total] = await Promise.all([
      this.repo.list(scope, filter, decodeCursor(args.after), args.first + 1),
      this.repo.count(scope, filter),
    ]);
    const page = toPage(rows, args.first, total, (r) => r.sortKey);
    return { ...page, nodes: page.nodes.map((r) => this.toOrganization(viewer, r)) };
  }

  async update(viewer: Viewer, id: string, version: number, input: OrganizationInput): Promise<Organization> {
    const scope = regionScope(viewer);
    const current = await this.repo.byId(scope, id);
    if (!current) throw notFound('That organization');
    await this.regions.requireUsable(viewer, input.regionId);
    const fields = {
      ...this.fields(id, input, current),
      ...(await this.customFields.columns(FieldEntity.ORGANIZATION, input.regionId, current.customFields, input.customFields)),
    };
    const details = diff(current, fields, ORGANIZATION_HISTORY_FIELDS);
    const updated = await this.repo.update(scope, fields, version, now(), {
      accountId: viewer.accountId, entityType: 'organization', entityId: id, action: 'updated',
      summary: details.length ? `Changed ${details.map((d) => d.field).join(', ')}` : 'Saved without changes',
      details, about: { Organization: [id] },
    });
    if (!updated) {
      if (!(await this.repo.byId(scope, id))) throw notFound('That organization');
      throw conflict('Someone else changed this organization since you opened it. Reload to see their changes, then make yours again.');
    }
    return this.toOrganization(viewer, updated);
  }

  async delete(viewer: Viewer, id: string): Promise<string> {
    if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can delete organizations.');
    const deleted = await this.repo.delete(regionScope(viewer), id, {
      accountId: viewer.accountId, entityType: 'organization', entityId: id, action: 'deleted', summary: 'Deleted', about: {},
    });
    if (!deleted) throw notFound('That organization');
    return id;
  }

  toOrganization(viewer: Viewer, r: OrganizationRecord): Organization {
    return Object.assign(new Organization(), {
      id: r.id,
      name: r.name,
      type: r.type,
      issueAreas: r.issueAreas ?? [],
      ledBy: r.ledBy ?? [],
      zip: r.zip ?? null,
      address: streetAddress(r),
      customFieldsJson: r.customFields ?? null,
      website: r.website ?? null,
      notes: r.notes ?? null,
      version: Number(r.version),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      canEdit: true,
      canDelete: canManageRecords(viewer),
      regionId: r.region,
      record: r,
    });
  }

  /** `current`: the stored record on update, whose address stays when the input leaves it out. */
  private fields(id: string, input: OrganizationInput, current: OrganizationRecord | null) {
    const zip = input.zip ?? null;
    const issueAreas = input.issueAreas ?? [];
    return {
      id,
      name: input.name,
      sortKey: sortKeyOf(input.name, id),
      searchPublic: searchFold(searchText([input.name, zip ?? '', ...issueAreas])),
      type: input.type,
      issueAreas,
      ledBy: [...new Set(input.ledBy ?? [])],
      zip,
      region: input.regionId,
      website: input.website ?? null,
      notes: input.notes ?? null,
      ...(input.address === undefined && current ? streetColumns({ line: current.addressLine, city: current.city, state: current.state }) : streetColumns(input.address)),
    };
  }
}
