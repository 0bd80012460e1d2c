import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Influence, InfluenceInput, InfluenceRemovalPayload, PowerMap } from './powermap.model.js';
import { PowerMapService } from './powermap.service.js';

@Resolver(() => PowerMap)
export class PowerMapResolver {
  constructor(private readonly service: PowerMapService) {}

  @Query(() => PowerMap, { description: 'A campaign’s power map: its target at the centre, who influences them, by stance and influence.' })
  powerMap(@CurrentViewer() viewer: Viewer, @Args('campaignId', { type: () => ID }) campaignId: string): Promise<PowerMap> {
    return this.service.powerMap(viewer, campaignId);
  }

  @Mutation(() => PowerMap, { description: 'Moves a person or organization on a campaign’s power map (leaders, staff, admins). Leave stance or influence empty to derive it again.' })
  placeOnPowerMap(
    @CurrentViewer() viewer: Viewer,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('recordId', { type: () => ID }) recordId: string,
    @Args('stance', { type: () => Int, nullable: true, description: '-2 against us to 2 with us.' }) stance: number | null,
    @Args('influence', { type: () => Int, nullable: true, description: '1 to 5.' }) influence: number | null,
  ): Promise<PowerMap> {
    return this.service.place(viewer, campaignId, recordId, stance ?? null, influence ?? null);
  }

  @Mutation(() => Influence, { description: 'Records that a person or organization influences a person, how strongly and how (leaders, staff, admins).' })
  setInfluence(@CurrentViewer() viewer: Viewer, @Args('input') input: InfluenceInput): Promise<Influence> {
    return this.service.setInfluence(viewer, input);
  }

  @Mutation(() => InfluenceRemovalPayload, { description: 'Removes a recorded influence; answers with the power map of campaignId, when given, after the change.' })
  async removeInfluence(
    @CurrentViewer() viewer: Viewer,
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('campaignId', { type: () => ID, nullable: true, description: 'The campaign whose power map the page shows.' }) campaignId?: string | null,
  ): Promise<InfluenceRemovalPayload> {
    await this.service.removeInfluence(viewer, fromId, personId);
    return { fromId, personId, powerMap: campaignId ? await this.service.powerMap(viewer, campaignId) : null };
  }
}
