import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { orNull } from '../../common/app-error.js';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { Issue } from '../issues/issue.model.js';
import { IssuesService } from '../issues/issues.service.js';
import { Organization } from '../organizations/models/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { Person } from '../people/models/person.model.js';
import { PeopleService } from '../people/people.service.js';
import { Region } from '../regions/region.model.js';
import { RegionsService } from '../regions/regions.service.js';
import { Team } from '../teams/team.model.js';
import { TeamsService } from '../teams/teams.service.js';
import { Campaign, CampaignInput, CampaignPartnersPayload, CampaignStatus, MobilizationGate } from './campaign.model.js';
import { CampaignsService } from './campaigns.service.js';
import { Idempotent } from '../idempotency/idempotent.js';


@Resolver(() => Campaign)
export class CampaignsResolver {
  constructor(
    private readonly service: CampaignsService,
    private readonly regions: RegionsService,
    private readonly issues: IssuesService,
    private readonly teams: TeamsService,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => [Campaign])
  campaigns(
    @CurrentViewer() viewer: Viewer,
    @Args('regionId', { type: () => ID, nullable: true }) regionId?: string,
    @Args('status', { type: () => CampaignStatus, nullable: true }) status?: CampaignStatus,
  ): Promise<Campaign[]> {
    return this.service.list(viewer, regionId, status);
  }

  @Query(() => Campaign)
  campaign(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Campaign> {
    return this.service.get(viewer, id);
  }

  @Mutation(() => Campaign, { description: 'Proposes a campaign. Leaders, staff and admins.' })
  @Idempotent(CampaignsService, (s, viewer, id) => s.get(viewer, id))
  createCampaign(@CurrentViewer() viewer: Viewer, @Args('input') input: CampaignInput): Promise<Campaign> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Campaign, { description: 'Changing the plan of an approved campaign sends it back to the RST for approval.' })
  updateCampaign(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: CampaignInput,
  ): Promise<Campaign> {
    return this.service.update(viewer, id, version, input);
  }

  @Mutation(() => Campaign, { description: 'Records the regional strategy team’s approval of the plan.' })
  approveCampaign(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('teamId', { type: () => ID, description: 'The approving regional strategy team.' }) teamId: string,
  ): Promise<Campaign> {
    return this.service.approve(viewer, id, version, teamId);
  }

  @Mutation(() => Campaign, { description: 'MOBILIZING only when the mobilization gate is open: FAILED_PRECONDITION names what is missing.' })
  setCampaignStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('status', { type: () => CampaignStatus }) status: CampaignStatus,
  ): Promise<Campaign> {
    return this.service.setStatus(viewer, id, version, status);
  }

  @Mutation(() => CampaignPartnersPayload, { description: 'Answers with the campaign after the change.' })
  async addCampaignPartner(
    @CurrentViewer() viewer: Viewer,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<CampaignPartnersPayload> {
    return { campaign: await this.service.setPartner(viewer, campaignId, organizationId, true) };
  }

  @Mutation(() => CampaignPartnersPayload, { description: 'Answers with the campaign after the change.' })
  async removeCampaignPartner(
    @CurrentViewer() viewer: Viewer,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<CampaignPartnersPayload> {
    return { campaign: await this.service.setPartner(viewer, campaignId, organizationId, false) };
  }

  @ResolveField(() => Region)
  async region(@Parent() c: Campaign): Promise<Region> {
    return (await this.regions.byId(c.row.region)) ?? { id: c.row.region, name: 'Unknown region' };
  }

  @ResolveField(() => Issue, { nullable: true })
  issue(@CurrentViewer() viewer: Viewer, @Parent() c: Campaign): Promise<Issue | null> {
    return c.row.issueId ? orNull(this.issues.get(viewer, c.row.issueId)) : Promise.resolve(null);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The target, when a person.' })
  targetPerson(@CurrentViewer() viewer: Viewer, @Parent() c: Campaign): Promise<Person | null> {
    return c.row.targetPersonId ? orNull(this.people.get(viewer, c.row.targetPersonId)) : Promise.resolve(null);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The target, when an organization.' })
  targetOrganization(@CurrentViewer() viewer: Viewer, @Parent() c: Campaign): Promise<Organization | null> {
    return c.row.targetOrganizationId ? orNull(this.organizations.get(viewer, c.row.targetOrganizationId)) : Promise.resolve(null);
  }

  @ResolveField(() => Team, { nullable: true })
  proposingTeam(@CurrentViewer() viewer: Viewer, @Parent() c: Campaign): Promise<Team | null> {
    return c.row.proposingTeamId ? orNull(this.teams.get(viewer, c.row.proposingTeamId)) : Promise.resolve(null);
  }

  @ResolveField(() => Team, { nullable: true, description: 'The regional strategy team that approved the plan.' })
  approvingTeam(@CurrentViewer() viewer: Viewer, @Parent() c: Campaign): Promise<Team | null> {
    return c.row.approvingTeamId ? orNull(this.teams.get(viewer, c.row.approvingTeamId)) : Promise.resolve(null);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who recorded the approval.' })
  async approvedByName(@Parent() c: Campaign): Promise<string | null> {
    if (!c.row.approvedBy) return null;
    return this.accounts.displayName(c.row.approvedBy);
  }

  @ResolveField(() => [Organization])
  partners(@CurrentViewer() viewer: Viewer, @Parent() c: Campaign): Promise<Organization[]> {
    return this.service.partners(viewer, c.id);
  }

  @ResolveField(() => MobilizationGate)
  mobilizationGate(@CurrentViewer() viewer: Viewer, @Parent() c: Campaign): Promise<MobilizationGate> {
    return this.service.gate(viewer, c.row);
  }
}

@Resolver(() => Issue)
export class IssueCampaignsResolver {
  constructor(private readonly service: CampaignsService) {}

  @ResolveField(() => [Campaign], { description: 'Campaigns on this issue, in the viewer’s regions.' })
  async campaigns(@CurrentViewer() viewer: Viewer, @Parent() issue: Issue): Promise<Campaign[]> {
    return (await this.service.list(viewer, issue.regionId)).filter((c) => c.row.issueId === issue.id);
  }
}
