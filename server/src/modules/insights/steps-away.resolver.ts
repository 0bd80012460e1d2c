import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { StepsAwayAnswer, StepsAwayArgs, StepsAwayRanking, StepsAwayRankingArgs } from './steps-away.model.js';
import { StepsAwayService } from './steps-away.service.js';

@Resolver()
export class StepsAwayResolver {
  constructor(private readonly service: StepsAwayService) {}

  @Query(() => StepsAwayAnswer, { description: 'If this person or organization stepped away: the people and partners who would have no other link to the rest of the coalition.' })
  stepsAway(@CurrentViewer() viewer: Viewer, @Args() args: StepsAwayArgs): Promise<StepsAwayAnswer> {
    return this.service.stepsAway(viewer, args.recordId, args.minStrength);
  }

  @Query(() => StepsAwayRanking, { description: 'People and organizations in your regions ranked by how many would be cut off if they stepped away.' })
  stepsAwayRanking(@CurrentViewer() viewer: Viewer, @Args() args: StepsAwayRankingArgs): Promise<StepsAwayRanking> {
    return this.service.ranking(viewer, args.regionId, args.minStrength, args.limit);
  }
}
