import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { OrganizationDuplicate, PersonDuplicate } from './dedupe.model.js';
import { DedupeService } from './dedupe.service.js';

const LIMIT = { type: () => Int, defaultValue: 100 };

@Resolver()
export class DedupeResolver {
  constructor(private readonly service: DedupeService) {}

  @Query(() => [PersonDuplicate], { description: 'Likely duplicate people in your regions, most certain first (leaders, staff, admins).' })
  duplicatePeople(
    @CurrentViewer() viewer: Viewer,
    @Args('regionId', { type: () => ID, nullable: true }) regionId?: string,
    @Args('limit', LIMIT) limit = 100,
  ): Promise<PersonDuplicate[]> {
    return this.service.findPeople(viewer, regionId ?? null, Math.min(Math.max(limit, 1), 500));
  }

  @Query(() => [OrganizationDuplicate], { description: 'Likely duplicate organizations in your regions, most certain first.' })
  duplicateOrganizations(
    @CurrentViewer() viewer: Viewer,
    @Args('regionId', { type: () => ID, nullable: true }) regionId?: string,
    @Args('limit', LIMIT) limit = 100,
  ): Promise<OrganizationDuplicate[]> {
    return this.service.findOrganizations(viewer, regionId ?? null, Math.min(Math.max(limit, 1), 500));
  }
}
