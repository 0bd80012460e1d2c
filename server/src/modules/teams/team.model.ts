import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { trim, trimOrNull } from '../../common/input.js';

export enum TeamKind {
  REGIONAL_STRATEGY_TEAM = 'REGIONAL_STRATEGY_TEAM',
  ISSUE_ACTION_TEAM = 'ISSUE_ACTION_TEAM',
  AFFILIATE_GROUP = 'AFFILIATE_GROUP',
}
registerEnumType(TeamKind, { name: 'TeamKind', description: 'Regional strategy team (RST), issue action team (IAT), or affiliate group.' });

export interface TeamRecord {
  id: string;
  name: string;
  sortKey: string;
  kind: TeamKind;
  region: string;
  notes: string | null;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

@ObjectType()
export class Team {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => TeamKind) kind: TeamKind;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Int) version: number;
  @Field() createdAt: string;
  @Field() updatedAt: string;
  @Field() canEdit: boolean;
  @Field() canDelete: boolean;
  regionId: string;
}

@InputType()
export class TeamInput {
  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Enter a name.' }) @MaxLength(200, { message: 'A name can be at most 200 characters.' })
  name: string;

  @Field(() => TeamKind)
  @IsEnum(TeamKind, { message: 'Choose a kind: regional strategy team, issue action team or affiliate group.' })
  kind: TeamKind;

  @Field(() => ID)
  @IsString() @IsNotEmpty({ message: 'Choose a region.' })
  regionId: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(200_000, { message: 'Notes can be at most 200,000 characters.' })
  notes?: string | null;
}
