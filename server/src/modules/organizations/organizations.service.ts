import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { conflict, forbidden, notFound } from '../../common/app-error.js';
import { decodeCursor, sortKeyOf, toPage, type Page } from '../../common/pagination.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { RegionsService } from '../regions/regions.service.js';
import type { OrganizationInput, OrganizationsArgs } from './dto/organization.input.js';
import { Organization, type OrganizationRecord } from './models/organization.model.js';
import { OrganizationsRepository } from './organizations.repository.js';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly repo: OrganizationsRepository,
    private readonly regions: RegionsService,
  ) {}

  async create(viewer: Viewer, input: OrganizationInput): Promise<Organization> {
    await this.regions.requireUsable(viewer, input.regionId);
    const record = await this.repo.create(this.fields(randomUUID(), input), viewer.accountId, new Date().toISOString());
    return this.toOrganization(viewer, record);
  }

  async get(viewer: Viewer, id: string): Promise<Organization> {
    const record = await this.repo.byId(regionScope(viewer), id);
    if (!record) throw notFound('That organization');
    return this.toOrganization(viewer, record);
  }

  async list(viewer: Viewer, args: OrganizationsArgs): Promise<Page<Organization>> {
    const filter = { q: (args.search ?? '').toLocaleLowerCase('en-US'), regionId: args.regionId ?? '', type: args.type ?? '' };
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
    if (!(await this.repo.byId(scope, id))) throw notFound('That organization');
    await this.regions.requireUsable(viewer, input.regionId);
    const updated = await this.repo.update(scope, this.fields(id, input), version, new Date().toISOString());
    if (!updated) {
      if (!(await this.repo.byId(scope, id))) throw notFound('That organization');
      throw conflict('Someone else changed this organization since you opened it. Reload to see their changes, then make yours again.');
    }
    return this.toOrganization(viewer, updated);
  }

  async delete(viewer: Viewer, id: string): Promise<string> {
    if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can delete organizations.');
    if (!(await this.repo.delete(regionScope(viewer), id))) throw notFound('That organization');
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
      website: r.website ?? null,
      notes: r.notes ?? null,
      version: Number(r.version),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      canEdit: true,
      canDelete: canManageRecords(viewer),
      regionId: r.region,
    });
  }

  private fields(id: string, input: OrganizationInput) {
    const zip = input.zip ?? null;
    const issueAreas = input.issueAreas ?? [];
    return {
      id,
      name: input.name,
      sortKey: sortKeyOf(input.name, id),
      searchPublic: [input.name, zip ?? '', ...issueAreas].join('\n').toLocaleLowerCase('en-US'),
      type: input.type,
      issueAreas,
      ledBy: [...new Set(input.ledBy ?? [])],
      zip,
      region: input.regionId,
      website: input.website ?? null,
      notes: input.notes ?? null,
    };
  }
}
