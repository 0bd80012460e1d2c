import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { orNull } from '../../common/app-error.js';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Campaign } from '../campaigns/campaign.model.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { Organization } from '../organizations/models/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { Person } from '../people/models/person.model.js';
import { Team } from '../teams/team.model.js';
import { TeamsService } from '../teams/teams.service.js';
import { AssignRoleInput, RoleAssignment, RoleBoard, RoleRemovalPayload } from './role.model.js';
import { RolesService } from './roles.service.js';

@Resolver(() => RoleAssignment)
export class RolesResolver {
  constructor(
    private readonly service: RolesService,
    private readonly organizations: OrganizationsService,
    private readonly campaigns: CampaignsService,
    private readonly teams: TeamsService,
  ) {}

  @Mutation(() => RoleAssignment, { description: 'Leaders, staff and admins.' })
  assignRole(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignRoleInput): Promise<RoleAssignment> {
    return this.service.assign(viewer, input);
  }

  @Mutation(() => RoleAssignment, { description: 'Ends a role on a date (YYYY-MM-DD); it stays in the record.' })
  endRole(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('endDate') endDate: string): Promise<RoleAssignment> {
    return this.service.end(viewer, id, endDate);
  }

  @Mutation(() => RoleRemovalPayload, { description: 'Removes a role assigned by mistake; answers with the campaign or team it was held on.' })
  removeRole(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<RoleRemovalPayload> {
    return this.service.remove(viewer, id);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'For a campaign connector: the partner organization they connect with.' })
  forOrganization(@CurrentViewer() viewer: Viewer, @Parent() a: RoleAssignment): Promise<Organization | null> {
    return a.forOrganizationId ? this.organizations.get(viewer, a.forOrganizationId).catch(() => null) : Promise.resolve(null);
  }

  // A write's answer carries the campaign so the page's cached campaign (holders, gaps, gate) updates without
  // reading the page again; the campaign is read as the `campaign` query reads it, so who may see it is unchanged.
  @ResolveField(() => Campaign, {
    nullable: true,
    description: 'The campaign the role is held on, as it is after the change (none for a team or an organization, or when the viewer cannot see it).',
  })
  campaign(@CurrentViewer() viewer: Viewer, @Parent() a: RoleAssignment): Promise<Campaign | null> {
    return campaignOf(this.campaigns, viewer, a);
  }

  // The same for a team's roles and history.
  @ResolveField(() => Team, {
    nullable: true,
    description: 'The team the role is held on, as it is after the change (none for a campaign or an organization, or when the viewer cannot see it).',
  })
  team(@CurrentViewer() viewer: Viewer, @Parent() a: RoleAssignment): Promise<Team | null> {
    return teamOf(this.teams, viewer, a);
  }
}

type HeldOn = { targetType: string; targetId: string };
const campaignOf = (campaigns: CampaignsService, viewer: Viewer, a: HeldOn) =>
  a.targetType === 'Campaign' ? orNull(campaigns.get(viewer, a.targetId)) : Promise.resolve(null);
const teamOf = (teams: TeamsService, viewer: Viewer, a: HeldOn) => (a.targetType === 'Team' ? orNull(teams.get(viewer, a.targetId)) : Promise.resolve(null));

@Resolver(() => RoleRemovalPayload)
export class RoleRemovalResolver {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly teams: TeamsService,
  ) {}

  @ResolveField(() => Campaign, { nullable: true, description: 'The campaign the role was held on, as it is after the removal.' })
  campaign(@CurrentViewer() viewer: Viewer, @Parent() r: RoleRemovalPayload): Promise<Campaign | null> {
    return campaignOf(this.campaigns, viewer, r);
  }

  @ResolveField(() => Team, { nullable: true, description: 'The team the role was held on, as it is after the removal.' })
  team(@CurrentViewer() viewer: Viewer, @Parent() r: RoleRemovalPayload): Promise<Team | null> {
    return teamOf(this.teams, viewer, r);
  }
}

@Resolver(() => Campaign)
export class CampaignRolesResolver {
  constructor(private readonly service: RolesService) {}

  @ResolveField(() => [RoleAssignment], { description: 'Every role assignment on the campaign, ended ones included.' })
  roles(@CurrentViewer() viewer: Viewer, @Parent() c: Campaign): Promise<RoleAssignment[]> {
    return this.service.on(viewer, 'Campaign', c.id);
  }

  @ResolveField(() => RoleBoard)
  roleBoard(@CurrentViewer() viewer: Viewer, @Parent() c: Campaign): Promise<RoleBoard> {
    return this.service.board(viewer, c.id);
  }
}

@Resolver(() => Team)
export class TeamRolesResolver {
  constructor(private readonly service: RolesService) {}

  @ResolveField(() => [RoleAssignment], { description: 'Co-chairs and other roles on the team.' })
  roles(@CurrentViewer() viewer: Viewer, @Parent() t: Team): Promise<RoleAssignment[]> {
    return this.service.on(viewer, 'Team', t.id);
  }
}

@Resolver(() => Person)
export class PersonRolesResolver {
  constructor(private readonly service: RolesService) {}

  @ResolveField(() => [RoleAssignment], { description: 'Roles this person holds or held, on records in the viewer’s regions.' })
  roles(@CurrentViewer() viewer: Viewer, @Parent() p: Person): Promise<RoleAssignment[]> {
    return this.service.ofPerson(viewer, p.id);
  }
}

@Resolver(() => Organization)
export class OrganizationRolesResolver {
  constructor(private readonly service: RolesService) {}

  @ResolveField(() => [RoleAssignment], { description: 'Points of contact of this organization.' })
  roles(@CurrentViewer() viewer: Viewer, @Parent() o: Organization): Promise<RoleAssignment[]> {
    return this.service.on(viewer, 'Organization', o.id);
  }
}
