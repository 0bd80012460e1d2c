import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DATE_PATTERN, trimOrNull } from '../../../common/input.js';
import { AffiliationKind } from '../models/tie.model.js';

const SINCE_MESSAGE = 'Enter a date as YYYY-MM-DD, like 2024-03-15.';

@InputType({ description: 'Creates or updates "person knows person".' })
export class TieInput {
  @Field(() => ID) @IsString() @IsNotEmpty() personId: string;

  @Field(() => ID) @IsString() @IsNotEmpty({ message: 'Choose the person they know.' }) otherPersonId: string;

  @Field(() => Int)
  @IsInt({ message: 'Strength is a whole number from 1 to 5.' })
  @Min(1, { message: 'Strength is from 1 (acquaintance) to 5 (close).' })
  @Max(5, { message: 'Strength is from 1 (acquaintance) to 5 (close).' })
  strength: number;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(500, { message: 'Context can be at most 500 characters.' })
  context?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Transform(trimOrNull)
  @IsOptional() @Matches(DATE_PATTERN, { message: SINCE_MESSAGE })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD it ended; empty while it lasts.' })
  @Transform(trimOrNull)
  @IsOptional() @Matches(DATE_PATTERN, { message: SINCE_MESSAGE })
  until?: string | null;
}

@InputType()
export class AffiliationInput {
  @Field(() => ID) @IsString() @IsNotEmpty() personId: string;

  @Field(() => ID) @IsString() @IsNotEmpty({ message: 'Choose an organization.' }) organizationId: string;

  @Field(() => AffiliationKind)
  @IsEnum(AffiliationKind, { message: 'Choose member of, works at or leads.' })
  kind: AffiliationKind;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Transform(trimOrNull)
  @IsOptional() @Matches(DATE_PATTERN, { message: SINCE_MESSAGE })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD it ended; empty while it lasts.' })
  @Transform(trimOrNull)
  @IsOptional() @Matches(DATE_PATTERN, { message: SINCE_MESSAGE })
  until?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(200, { message: 'A title can be at most 200 characters.' })
  title?: string | null;
}
