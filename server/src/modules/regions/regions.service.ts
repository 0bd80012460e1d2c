import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, forbidden } from '../../common/app-error.js';
import { inRegion, Role, type Viewer } from '../../common/viewer.js';
import type { Region } from './region.model.js';
import { RegionsRepository } from './regions.repository.js';

@Injectable()
export class RegionsService {
  /** Regions are few and read on every record: kept in memory, reloaded on a miss (another server may have added one). */
  private cache: Map<string, Region> | null = null;

  constructor(private readonly repo: RegionsRepository) {}

  private async load(): Promise<Map<string, Region>> {
    this.cache = new Map((await this.repo.all()).map((r) => [r.id, r]));
    return this.cache;
  }

  async all(): Promise<Region[]> {
    return [...(this.cache ?? (await this.load())).values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  async byId(id: string): Promise<Region | undefined> {
    return (this.cache ?? (await this.load())).get(id) ?? (await this.load()).get(id);
  }

  /** The regions this viewer works in. */
  async forViewer(viewer: Viewer): Promise<Region[]> {
    return (await this.all()).filter((r) => inRegion(viewer, r.id));
  }

  /** A region id from user input: it must exist and be one of the viewer's regions. */
  async requireUsable(viewer: Viewer, regionId: string, field = 'regionId'): Promise<Region> {
    const region = await this.byId(regionId);
    if (!region || !inRegion(viewer, regionId)) throw badInput(field, 'Choose one of your regions.');
    return region;
  }

  async create(viewer: Viewer, name: string): Promise<Region> {
    if (viewer.role !== Role.ADMIN) throw forbidden('Only an admin can add regions.');
    const trimmed = name.trim();
    if ((await this.all()).some((r) => r.name.toLowerCase() === trimmed.toLowerCase())) {
      throw badInput('name', 'A region with that name already exists.');
    }
    const region = await this.repo.create({ id: randomUUID(), name: trimmed });
    this.cache = null;
    return region;
  }
}
