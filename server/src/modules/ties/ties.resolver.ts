import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '../../common/request-loaders.js';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Organization } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';
import { AffiliationInput, TieInput } from './dto/tie.input.js';
import { Affiliation, AffiliationKind, AffiliationRemovalPayload, Tie, TieRemovalPayload } from './models/tie.model.js';
import { TiesService } from './ties.service.js';

@Resolver(() => Tie)
export class TiesResolver {
  constructor(private readonly service: TiesService) {}

  @Mutation(() => Tie, { description: 'Creates or updates "person knows person".' })
  setTie(@CurrentViewer() viewer: Viewer, @Args('input') input: TieInput): Promise<Tie> {
    return this.service.setKnows(viewer, input);
  }

  @Mutation(() => TieRemovalPayload, { description: 'Answers with both people after the change.' })
  removeTie(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('otherPersonId', { type: () => ID }) otherPersonId: string,
  ): Promise<TieRemovalPayload> {
    return this.service.removeKnows(viewer, personId, otherPersonId);
  }

  @Mutation(() => Affiliation)
  addAffiliation(@CurrentViewer() viewer: Viewer, @Args('input') input: AffiliationInput): Promise<Affiliation> {
    return this.service.addAffiliation(viewer, input);
  }

  @Mutation(() => AffiliationRemovalPayload, { description: 'Answers with the person and the organization after the change.' })
  removeAffiliation(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('kind', { type: () => AffiliationKind }) kind: AffiliationKind,
  ): Promise<AffiliationRemovalPayload> {
    return this.service.removeAffiliation(viewer, personId, organizationId, kind);
  }
}

/** The ties of a person, seen from their record page (only people and organizations in the viewer's scope). */
@Resolver(() => Person)
export class PersonTiesResolver {
  constructor(private readonly service: TiesService) {}

  @ResolveField(() => [Tie], { description: 'People this person knows, in the viewer’s regions, strongest first.' })
  ties(@CurrentViewer() viewer: Viewer, @Parent() person: Person, @Context() ctx: object): Promise<Tie[]> {
    return requestLoader(ctx, 'person.ties', (ids: readonly string[]) => this.service.knowsOfPeople(viewer, ids)).load(person.id);
  }

  @ResolveField(() => [Affiliation], { description: 'Organizations this person is member of, works at or leads.' })
  affiliations(@CurrentViewer() viewer: Viewer, @Parent() person: Person, @Context() ctx: object): Promise<Affiliation[]> {
    return requestLoader(ctx, 'person.affiliations', (people: readonly Person[]) => this.service.affiliationsOfPeople(viewer, people)).load(person);
  }
}

@Resolver(() => Organization)
export class OrganizationTiesResolver {
  constructor(private readonly service: TiesService) {}

  @ResolveField(() => [Affiliation], { description: 'People tied to this organization, in the viewer’s regions.' })
  affiliations(@CurrentViewer() viewer: Viewer, @Parent() organization: Organization): Promise<Affiliation[]> {
    return this.service.affiliationsOfOrganization(viewer, organization);
  }
}
