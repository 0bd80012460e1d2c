import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Connection, ReachFrom, ReachResult } from './reach.model.js';
import { ReachService } from './reach.service.js';

@Resolver(() => ReachResult)
export class ReachResolver {
  constructor(private readonly service: ReachService) {}

  @Query(() => ReachResult, { description: 'Who can reach this person or organization: ranked warm paths from me, a team, a region or all members.' })
  reach(
    @CurrentViewer() viewer: Viewer,
    @Args('from', { type: () => ReachFrom, defaultValue: ReachFrom.ALL_MEMBERS }) from: ReachFrom,
    @Args('targetPersonId', { type: () => ID, nullable: true }) targetPersonId?: string,
    @Args('targetOrganizationId', { type: () => ID, nullable: true }) targetOrganizationId?: string,
    @Args('teamId', { type: () => ID, nullable: true, description: 'With from: TEAM.' }) teamId?: string,
    @Args('regionId', { type: () => ID, nullable: true, description: 'With from: REGION.' }) regionId?: string,
    @Args('limit', { type: () => Int, nullable: true, description: 'At most this many paths (1 to 20, default 5).' }) limit?: number,
    @Args('maxHops', { type: () => Int, nullable: true, description: 'At most this many links per path (1 to 6, default 6).' }) maxHops?: number,
  ): Promise<ReachResult> {
    return this.service.reach(viewer, { targetPersonId, targetOrganizationId, from, teamId, regionId, limit, maxHops });
  }

  @Query(() => Connection, {
    description: 'How two people or organizations in your regions are connected: the strongest and the shortest chains of up to 6 links.',
  })
  connection(
    @CurrentViewer() viewer: Viewer,
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('toId', { type: () => ID }) toId: string,
    @Args('limit', { type: () => Int, defaultValue: 3, description: 'At most this many strongest chains (1 to 10).' }) limit: number,
  ): Promise<Connection> {
    return this.service.connection(viewer, fromId, toId, limit);
  }
}
