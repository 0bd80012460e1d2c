import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { EmergingLeaders, EmergingLeadersArgs, NetworkGaps, NetworkGapsArgs } from './insight.model.js';
import { InsightsService } from './insights.service.js';

@Resolver()
export class InsightsResolver {
  constructor(private readonly service: InsightsService) {}

  @Query(() => EmergingLeaders, { description: 'People whose organizing work rose most in the window, each score with its parts; in the viewer’s regions.' })
  emergingLeaders(@CurrentViewer() viewer: Viewer, @Args() args: EmergingLeadersArgs): Promise<EmergingLeaders> {
    return this.service.emergingLeaders(viewer, args);
  }

  @Query(() => NetworkGaps, { description: 'Single-tie partners, campaign role gaps, cold ties and clusters with their bridges; in the viewer’s regions.' })
  networkGaps(@CurrentViewer() viewer: Viewer, @Args() args: NetworkGapsArgs): Promise<NetworkGaps> {
    return this.service.networkGaps(viewer, args);
  }
}
