import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { NetworkMap, NetworkMapArgs } from './map.model.js';
import { MapsService } from './maps.service.js';

@Resolver(() => NetworkMap)
export class MapsResolver {
  constructor(private readonly maps: MapsService) {}

  @Query(() => NetworkMap, {
    description:
      'A network map: a campaign’s coalition, a team, a region, or a k-hop neighbourhood, as of a date (and what changed since compareTo), ' +
      'with measures and server-computed positions. Large maps read faster in the packed form: GET /maps/network.json (see README).',
  })
  networkMap(@CurrentViewer() viewer: Viewer, @Args() args: NetworkMapArgs): Promise<NetworkMap> {
    return this.maps.networkMap(viewer, args);
  }
}
