import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Organization } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';
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
