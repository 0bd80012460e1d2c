import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Person } from '../people/models/person.model.js';
import { Region } from '../regions/region.model.js';
import { RegionsService } from '../regions/regions.service.js';
import { Team, TeamInput, TeamKind } from './team.model.js';
import { TeamsService } from './teams.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@ObjectType()
export class TeamMembership {
  @Field(() => Person) person: Person;
  @Field(() => String, { nullable: true }) since: string | null;
}

@ObjectType({ description: 'The answer to adding or removing a member: the team as it is after the change (its members, progress and history).' })
export class TeamMembersPayload {
  @Field(() => Team) team: Team;
}

@Resolver(() => Team)
export class TeamsResolver {
  constructor(
    private readonly service: TeamsService,
    private readonly regions: RegionsService,
  ) {}

  @Query(() => [Team], { description: 'Teams in the viewer’s regions, by name.' })
  teams(
    @CurrentViewer() viewer: Viewer,
    @Args('regionId', { type: () => ID, nullable: true }) regionId?: string,
    @Args('kind', { type: () => TeamKind, nullable: true }) kind?: TeamKind,
  ): Promise<Team[]> {
    return this.service.list(viewer, regionId, kind);
  }

  @Query(() => Team)
  team(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Team> {
    return this.service.get(viewer, id);
  }

  @Mutation(() => Team, { description: 'Admins, staff and leaders.' })
  @Idempotent(TeamsService, (s, viewer, id) => s.get(viewer, id))
  createTeam(@CurrentViewer() viewer: Viewer, @Args('input') input: TeamInput): Promise<Team> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Team)
  updateTeam(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: TeamInput,
  ): Promise<Team> {
    return this.service.update(viewer, id, version, input);
  }

  @Mutation(() => ID)
  deleteTeam(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(viewer, id);
  }

  @Mutation(() => TeamMembersPayload, { description: 'Answers with the team after the change.' })
  async addTeamMember(
    @CurrentViewer() viewer: Viewer,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('since', { type: () => String, nullable: true }) since?: string,
  ): Promise<TeamMembersPayload> {
    return { team: await this.service.addMember(viewer, teamId, personId, since ?? null) };
  }

  @Mutation(() => TeamMembersPayload, { description: 'Answers with the team after the change.' })
  async removeTeamMember(
    @CurrentViewer() viewer: Viewer,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<TeamMembersPayload> {
    return { team: await this.service.removeMember(viewer, teamId, personId) };
  }

  @ResolveField(() => Region)
  async region(@Parent() team: Team): Promise<Region> {
    return (await this.regions.byId(team.regionId)) ?? { id: team.regionId, name: 'Unknown region' };
  }

  @ResolveField(() => [TeamMembership], { description: 'Members in the viewer’s regions.' })
  members(@CurrentViewer() viewer: Viewer, @Parent() team: Team): Promise<TeamMembership[]> {
    return this.service.members(viewer, team.id);
  }
}

@Resolver(() => Person)
export class PersonTeamsResolver {
  constructor(private readonly service: TeamsService) {}

  @ResolveField(() => [Team], { description: 'Teams this person is a member of.' })
  teams(@CurrentViewer() viewer: Viewer, @Parent() person: Person): Promise<Team[]> {
    return this.service.ofPerson(viewer, person.id);
  }
}
