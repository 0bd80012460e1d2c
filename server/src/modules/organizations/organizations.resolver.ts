import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Region } from '../regions/region.model.js';
import { RegionsService } from '../regions/regions.service.js';
import { OrganizationInput, OrganizationsArgs } from './dto/organization.input.js';
import { Organization, OrganizationConnection } from './models/organization.model.js';
import { OrganizationsService } from './organizations.service.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { CustomFieldValue, FieldEntity } from '../custom-fields/custom-field.model.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly regions: RegionsService,
    private readonly fields: CustomFieldsService,
  ) {}

  @Query(() => OrganizationConnection)
  organizations(@CurrentViewer() viewer: Viewer, @Args() args: OrganizationsArgs): Promise<OrganizationConnection> {
    return this.service.list(viewer, args);
  }

  @Query(() => Organization)
  organization(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Organization> {
    return this.service.get(viewer, id);
  }

  @Mutation(() => Organization)
  @Idempotent(OrganizationsService, (s, viewer, id) => s.get(viewer, id))
  createOrganization(@CurrentViewer() viewer: Viewer, @Args('input') input: OrganizationInput): Promise<Organization> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Organization)
  updateOrganization(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: OrganizationInput,
  ): Promise<Organization> {
    return this.service.update(viewer, id, version, input);
  }

  @Mutation(() => ID)
  deleteOrganization(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(viewer, id);
  }

  @ResolveField(() => [CustomFieldValue], { description: 'The custom fields of its region, with their values.' })
  customFields(@Parent() org: Organization): Promise<CustomFieldValue[]> {
    return this.fields.valuesOf(FieldEntity.ORGANIZATION, org.regionId, org.customFieldsJson);
  }

  @ResolveField(() => Region)
  async region(@Parent() org: Organization): Promise<Region> {
    return (await this.regions.byId(org.regionId)) ?? { id: org.regionId, name: 'Unknown region' };
  }
}
