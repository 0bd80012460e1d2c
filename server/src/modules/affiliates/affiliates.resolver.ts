import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Organization, OrganizationType } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';
import { AffiliateMap, GroupAreaInput, Mou, MouInput, Nearby, Place } from './affiliate.model.js';
import { AffiliatesService } from './affiliates.service.js';

@Resolver(() => Organization)
export class AffiliatesResolver {
  constructor(private readonly service: AffiliatesService) {}

  @Query(() => Nearby, { description: 'People and organizations of your regions within `miles` of a zip code, nearest first.' })
  nearby(
    @CurrentViewer() viewer: Viewer,
    @Args('zip') zip: string,
    @Args('miles', { type: () => Float, defaultValue: 10 }) miles: number,
    @Args('organizationType', { type: () => OrganizationType, nullable: true }) organizationType?: OrganizationType,
  ): Promise<Nearby> {
    return this.service.nearby(viewer, zip.trim(), miles, organizationType ?? null);
  }

  @Query(() => AffiliateMap, { description: 'Affiliate groups placed at their zip codes; groups whose areas overlap share a cluster.' })
  affiliateMap(@CurrentViewer() viewer: Viewer, @Args('regionId', { type: () => ID, nullable: true }) regionId?: string): Promise<AffiliateMap> {
    return this.service.map(viewer, regionId ?? null);
  }

  @Mutation(() => Organization, { description: 'Records the MOU being sent, signed or terminated (affiliate groups; leaders, staff and admins).' })
  setMou(@CurrentViewer() viewer: Viewer, @Args('input') input: MouInput): Promise<Organization> {
    return this.service.setMou(viewer, input);
  }

  @Mutation(() => Organization, { description: 'How far around its zip code an affiliate group organizes.' })
  setGroupArea(@CurrentViewer() viewer: Viewer, @Args('input') input: GroupAreaInput): Promise<Organization> {
    return this.service.setArea(viewer, input);
  }

  @ResolveField(() => Mou, { nullable: true, description: 'Affiliate groups: the MOU’s status and dates.' })
  mou(@Parent() o: Organization): Mou | null {
    return this.service.mou(o);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Affiliate groups: radius in miles they organize in.' })
  areaMiles(@Parent() o: Organization): number | null {
    return this.service.areaMiles(o);
  }

  @ResolveField(() => Place, { nullable: true, description: 'The center of its zip code.' })
  place(@Parent() o: Organization): Place | null {
    return this.service.place(o.zip);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The active point of contact (a role on the organization).' })
  pointOfContact(@CurrentViewer() viewer: Viewer, @Parent() o: Organization): Promise<Person | null> {
    return this.service.pointOfContact(viewer, o);
  }
}
