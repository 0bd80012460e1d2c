import { Args, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Region } from './region.model.js';
import { RegionsService } from './regions.service.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { notFound } from '../../common/app-error.js';

@InputType()
export class CreateRegionInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString() @IsNotEmpty({ message: 'Enter a name for the region.' }) @MaxLength(100, { message: 'A region name can be at most 100 characters.' })
  name: string;
}

@Resolver(() => Region)
export class RegionsResolver {
  constructor(private readonly service: RegionsService) {}

  @Query(() => [Region], { description: 'The regions the viewer works in.' })
  regions(@CurrentViewer() viewer: Viewer): Promise<Region[]> {
    return this.service.forViewer(viewer);
  }

  @Mutation(() => Region, { description: 'Admin only.' })
  @Idempotent(RegionsService, async (s, _viewer, id) => (await s.byId(id)) ?? Promise.reject(notFound('That region')))
  createRegion(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateRegionInput): Promise<Region> {
    return this.service.create(viewer, input.name);
  }
}
