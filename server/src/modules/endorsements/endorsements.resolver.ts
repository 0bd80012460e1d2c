import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { orNull } from '../../common/app-error.js';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Campaign } from '../campaigns/campaign.model.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { Organization } from '../organizations/models/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { Person } from '../people/models/person.model.js';
import { PeopleService } from '../people/people.service.js';
import { Region } from '../regions/region.model.js';
import { RegionsService } from '../regions/regions.service.js';
import {
  Candidate, CandidateInput, EndorsementAsk, EndorsementAskInput, EndorsementBoard, MoveEndorsementAskInput, Race, RaceEndorsements, RaceInput,
} from './endorsement.model.js';
import { EndorsementsService } from './endorsements.service.js';
import { Idempotent } from '../idempotency/idempotent.js';


@Resolver(() => EndorsementAsk)
export class EndorsementAsksResolver {
  constructor(
    private readonly service: EndorsementsService,
    private readonly organizations: OrganizationsService,
    private readonly campaigns: CampaignsService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => [EndorsementAsk], { description: 'Asks for one campaign, candidate or organization (give one).' })
  endorsementAsks(
    @CurrentViewer() viewer: Viewer,
    @Args('campaignId', { type: () => ID, nullable: true }) campaignId?: string,
    @Args('candidateId', { type: () => ID, nullable: true }) candidateId?: string,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string,
  ): Promise<EndorsementAsk[]> {
    if (campaignId) return this.service.ofCampaign(viewer, campaignId);
    if (candidateId) return this.service.ofCandidate(viewer, candidateId);
    if (organizationId) return this.service.ofOrganization(viewer, organizationId);
    return Promise.resolve([]);
  }

  @Query(() => EndorsementAsk)
  endorsementAsk(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<EndorsementAsk> {
    return this.service.get(viewer, id);
  }

  @Query(() => EndorsementBoard, { description: 'The campaign’s endorsement pipeline: one column per status.' })
  endorsementBoard(@CurrentViewer() viewer: Viewer, @Args('campaignId', { type: () => ID }) campaignId: string): Promise<EndorsementBoard> {
    return this.service.board(viewer, campaignId);
  }

  @Mutation(() => EndorsementAsk, { description: 'Records an ask. ENDORSED for a campaign whose issue is not prioritized: FAILED_PRECONDITION.' })
  @Idempotent(EndorsementsService, (s, viewer, id) => s.get(viewer, id))
  createEndorsementAsk(@CurrentViewer() viewer: Viewer, @Args('input') input: EndorsementAskInput): Promise<EndorsementAsk> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => EndorsementAsk, { description: 'Moves an ask to another column; CONFLICT when someone moved it first.' })
  moveEndorsementAsk(@CurrentViewer() viewer: Viewer, @Args('input') input: MoveEndorsementAskInput): Promise<EndorsementAsk> {
    return this.service.move(viewer, input);
  }

  @Mutation(() => ID)
  deleteEndorsementAsk(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.remove(viewer, id);
  }

  @ResolveField(() => Organization)
  organization(@CurrentViewer() viewer: Viewer, @Parent() a: EndorsementAsk): Promise<Organization> {
    return this.organizations.get(viewer, a.row.organizationId);
  }

  @ResolveField(() => Campaign, { nullable: true })
  campaign(@CurrentViewer() viewer: Viewer, @Parent() a: EndorsementAsk): Promise<Campaign | null> {
    return a.row.campaignId ? orNull(this.campaigns.get(viewer, a.row.campaignId)) : Promise.resolve(null);
  }

  @ResolveField(() => Candidate, { nullable: true })
  candidate(@CurrentViewer() viewer: Viewer, @Parent() a: EndorsementAsk): Promise<Candidate | null> {
    return a.row.candidateId ? orNull(this.service.candidate(viewer, a.row.candidateId)) : Promise.resolve(null);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who makes the ask.' })
  asker(@CurrentViewer() viewer: Viewer, @Parent() a: EndorsementAsk): Promise<Person | null> {
    return a.row.askerId ? orNull(this.people.get(viewer, a.row.askerId)) : Promise.resolve(null);
  }
}

@Resolver(() => Race)
export class RacesResolver {
  constructor(
    private readonly service: EndorsementsService,
    private readonly regions: RegionsService,
  ) {}

  @Query(() => [Race])
  races(@CurrentViewer() viewer: Viewer, @Args('regionId', { type: () => ID, nullable: true }) regionId?: string): Promise<Race[]> {
    return this.service.races(viewer, regionId);
  }

  @Query(() => Race)
  race(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Race> {
    return this.service.race(viewer, id);
  }

  @Mutation(() => Race, { description: 'Leaders, staff and admins.' })
  @Idempotent(EndorsementsService, (s, viewer, id) => s.race(viewer, id))
  createRace(@CurrentViewer() viewer: Viewer, @Args('input') input: RaceInput): Promise<Race> {
    return this.service.saveRace(viewer, input);
  }

  @Mutation(() => Race)
  updateRace(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: RaceInput,
  ): Promise<Race> {
    return this.service.saveRace(viewer, input, id, version);
  }

  @Mutation(() => Candidate)
  @Idempotent(EndorsementsService, (s, viewer, id) => s.candidate(viewer, id))
  addCandidate(@CurrentViewer() viewer: Viewer, @Args('input') input: CandidateInput): Promise<Candidate> {
    return this.service.addCandidate(viewer, input);
  }

  @ResolveField(() => Region)
  async region(@Parent() r: Race): Promise<Region> {
    return (await this.regions.byId(r.regionId)) ?? { id: r.regionId, name: 'Unknown region' };
  }

  @ResolveField(() => [Candidate])
  candidates(@Parent() r: Race): Promise<Candidate[]> {
    return this.service.candidates(r.id);
  }

  @ResolveField(() => RaceEndorsements, { description: 'Which candidates the affiliate groups of the area endorsed; majority and counter-endorsements.' })
  endorsements(@CurrentViewer() viewer: Viewer, @Parent() r: Race): Promise<RaceEndorsements> {
    return this.service.endorsements(viewer, r);
  }
}

@Resolver(() => Candidate)
export class CandidatesResolver {
  constructor(private readonly service: EndorsementsService) {}

  @ResolveField(() => Race, { nullable: true, description: 'The race this candidate runs in (null when outside the viewer’s regions).' })
  race(@CurrentViewer() viewer: Viewer, @Parent() k: Candidate): Promise<Race | null> {
    return orNull(this.service.race(viewer, k.raceId));
  }

  @ResolveField(() => [EndorsementAsk], { description: 'Organizations asked to endorse this candidate, or that did.' })
  asks(@CurrentViewer() viewer: Viewer, @Parent() k: Candidate): Promise<EndorsementAsk[]> {
    return this.service.ofCandidate(viewer, k.id);
  }
}

@Resolver(() => Organization)
export class OrganizationAsksResolver {
  constructor(private readonly service: EndorsementsService) {}

  @ResolveField(() => [EndorsementAsk], { description: 'Endorsement asks made to this organization.' })
  endorsementAsks(@CurrentViewer() viewer: Viewer, @Parent() o: Organization): Promise<EndorsementAsk[]> {
    return this.service.ofOrganization(viewer, o.id);
  }
}
