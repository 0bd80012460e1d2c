import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { EmergingLeaders, EmergingLeadersArgs, LeaderScoringStatus, NetworkGaps, NetworkGapsArgs, RecomputeLeaderScoresArgs } from './insight.model.js';
import { InsightsService } from './insights.service.js';

@Resolver()
export class InsightsResolver {
  constructor(private readonly service: InsightsService) {}

  @Query(() => EmergingLeaders, { description: 'People whose organizing work rose most in the window, each score with its parts; in the viewer’s regions.' })
  emergingLeaders(@CurrentViewer() viewer: Viewer, @Args() args: EmergingLeadersArgs): Promise<EmergingLeaders> {
    return this.service.emergingLeaders(viewer, args);
  }

  @Query(() => LeaderScoringStatus, { description: 'The background job that scores emerging leaders over the whole network: progress, and its last runs.' })
  leaderScoring(@CurrentViewer() viewer: Viewer): LeaderScoringStatus {
    return this.service.leaderScoring(viewer);
  }

  @Mutation(() => LeaderScoringStatus, { description: 'Starts scoring emerging leaders over the whole network in the background (admins, staff, leaders); a run in progress goes on.' })
  recomputeLeaderScores(@CurrentViewer() viewer: Viewer, @Args() args: RecomputeLeaderScoresArgs): LeaderScoringStatus {
    return this.service.recomputeLeaderScores(viewer, args.windowDays);
  }

  @Query(() => NetworkGaps, { description: 'Single-tie partners, campaign role gaps, cold ties and clusters with their bridges; in the viewer’s regions.' })
  networkGaps(@CurrentViewer() viewer: Viewer, @Args() args: NetworkGapsArgs): Promise<NetworkGaps> {
    return this.service.networkGaps(viewer, args);
  }
}
