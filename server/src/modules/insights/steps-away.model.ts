import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { ReachNode } from '../reach/reach.model.js';

export const DEFAULT_MIN_STRENGTH = 2;
export const MAX_LISTED = 100;

@ObjectType({ description: 'Who we lose if one person or organization steps away: the people and partners whose only link to the rest of the coalition runs through them.' })
export class StepsAway {
  @Field(() => ReachNode, { description: 'The one who would step away (hidden when outside your regions).' }) record: ReachNode;
  @Field(() => Int, { description: 'People who would have no other link.' }) people: number;
  @Field(() => Int, { description: 'Partner organizations that would have no other link.' }) partners: number;
  @Field(() => [ReachNode], { description: `Who they are (at most ${MAX_LISTED}, people first); those outside your regions as "Someone in <region>".` }) cutOff: ReachNode[];
}

@ObjectType()
export class StepsAwayAnswer {
  @Field(() => Float, { description: 'Ties counted: those at least this strong today (1 to 5), plus every affiliation.' }) minStrength: number;
  @Field({ description: 'ISO time the whole network was last worked out (a background job works it out again when ties change).' }) computedAt: string;
  @Field({ description: 'False while the background job works in changes made since computedAt: the answer is from before them.' }) upToDate: boolean;
  @Field(() => StepsAway) stepsAway: StepsAway;
}

@ObjectType()
export class StepsAwayRanking {
  @Field(() => Float) minStrength: number;
  @Field() computedAt: string;
  @Field({ description: 'False while the background job works in changes made since computedAt.' }) upToDate: boolean;
  @Field(() => Int, { description: 'People and organizations in scope whose stepping away would cut someone off.' }) total: number;
  @Field(() => [StepsAway], { description: 'Most cut off first.' }) ranking: StepsAway[];
}

@ArgsType()
export class StepsAwayArgs {
  @Field(() => ID, { description: 'A person or an organization in your regions.' })
  @IsString()
  recordId: string;

  @Field(() => Float, { defaultValue: DEFAULT_MIN_STRENGTH, description: 'Count ties at least this strong (1 to 5); affiliations always count.' })
  @IsNumber()
  @Min(1, { message: 'minStrength is 1 to 5.' })
  @Max(5, { message: 'minStrength is 1 to 5.' })
  minStrength: number = DEFAULT_MIN_STRENGTH;
}

@ArgsType()
export class StepsAwayRankingArgs {
  @Field(() => ID, { nullable: true, description: 'Only those of this region (one of yours).' })
  @IsOptional()
  @IsString()
  regionId?: string | null;

  @Field(() => Float, { defaultValue: DEFAULT_MIN_STRENGTH })
  @IsNumber()
  @Min(1, { message: 'minStrength is 1 to 5.' })
  @Max(5, { message: 'minStrength is 1 to 5.' })
  minStrength: number = DEFAULT_MIN_STRENGTH;

  @Field(() => Int, { defaultValue: 10, description: '1 to 50.' })
  @IsInt()
  @Min(1, { message: 'limit is 1 to 50.' })
  @Max(50, { message: 'limit is 1 to 50.' })
  limit: number = 10;
}
