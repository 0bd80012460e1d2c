import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Issue } from '../issues/issue.model.js';
import { Organization } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';
import { Team } from '../teams/team.model.js';
import { ChangeModel } from './history.model.js';
import { HistoryService } from './history.service.js';

const LIMIT = { type: () => Int, defaultValue: 50, description: 'Newest first; at most this many.' };

/** History is shown on record pages; the parent record was already read within the viewer's scope. */
@Resolver(() => Person)
export class PersonHistoryResolver {
  constructor(private readonly service: HistoryService) {}

  @ResolveField(() => [ChangeModel])
  history(@Parent() person: Person, @Args('limit', LIMIT) limit: number): Promise<ChangeModel[]> {
    return this.service.of('Person', person.id, Math.min(Math.max(limit, 1), 200));
  }
}

@Resolver(() => Organization)
export class OrganizationHistoryResolver {
  constructor(private readonly service: HistoryService) {}

  @ResolveField(() => [ChangeModel])
  history(@Parent() organization: Organization, @Args('limit', LIMIT) limit: number): Promise<ChangeModel[]> {
    return this.service.of('Organization', organization.id, Math.min(Math.max(limit, 1), 200));
  }
}

@Resolver(() => Team)
export class TeamHistoryResolver {
  constructor(private readonly service: HistoryService) {}

  @ResolveField(() => [ChangeModel])
  history(@Parent() team: Team, @Args('limit', LIMIT) limit: number): Promise<ChangeModel[]> {
    return this.service.of('Team', team.id, Math.min(Math.max(limit, 1), 200));
  }
}

@Resolver(() => Issue)
export class IssueHistoryResolver {
  constructor(private readonly service: HistoryService) {}

  @ResolveField(() => [ChangeModel])
  history(@Parent() issue: Issue, @Args('limit', LIMIT) limit: number): Promise<ChangeModel[]> {
    return this.service.of('Issue', issue.id, Math.min(Math.max(limit, 1), 200));
  }
}
