import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DATE_PATTERN, trim, trimOrNull } from '../../common/input.js';

export enum IssueScope {
  BROAD_AREA = 'BROAD_AREA',
  SPECIFIC_ISSUE = 'SPECIFIC_ISSUE',
}
registerEnumType(IssueScope, { name: 'IssueScope', description: 'A broad problem area, or a specific, immediate, winnable issue narrowed from one.' });

export enum AssemblyOutcome {
  PRIORITIZED = 'PRIORITIZED',
  NOT_PRIORITIZED = 'NOT_PRIORITIZED',
}
registerEnumType(AssemblyOutcome, { name: 'AssemblyOutcome' });

export interface IssueRecord {
  id: string;
  name: string;
  sortKey: string;
  scope: IssueScope;
  description: string | null;
  region: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AssemblyRecord {
  id: string;
  name: string;
  date: string;
  region: string;
  notes: string | null;
}

@ObjectType()
export class Issue {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => IssueScope) scope: IssueScope;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int) version: number;
  regionId: string;
}

@ObjectType()
export class IssueAssembly {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => String, { nullable: true }) notes: string | null;
  regionId: string;
}

@ObjectType({ description: 'An Issue Assembly’s decision on an issue.' })
export class AssemblyDecision {
  @Field(() => IssueAssembly) assembly: IssueAssembly;
  @Field(() => Issue) issue: Issue;
  @Field(() => AssemblyOutcome) outcome: AssemblyOutcome;
  @Field(() => String, { nullable: true }) notes: string | null;
}

@InputType()
export class IssueInput {
  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Enter a name.' }) @MaxLength(200, { message: 'A name can be at most 200 characters.' })
  name: string;

  @Field(() => IssueScope)
  @IsEnum(IssueScope, { message: 'Choose broad area or specific issue.' })
  scope: IssueScope;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(20_000, { message: 'A description can be at most 20,000 characters.' })
  description?: string | null;

  @Field(() => ID)
  @IsString() @IsNotEmpty({ message: 'Choose a region.' })
  regionId: string;

  @Field(() => ID, { nullable: true, description: 'For a specific issue: the broad area it narrows.' })
  @Transform(trimOrNull)
  @IsOptional() @IsString()
  narrowsIssueId?: string | null;
}

@InputType()
export class IssueAssemblyInput {
  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Enter a name.' }) @MaxLength(200, { message: 'A name can be at most 200 characters.' })
  name: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Transform(trim)
  @Matches(DATE_PATTERN, { message: 'Enter a date as YYYY-MM-DD, like 2024-03-15.' })
  date: string;

  @Field(() => ID)
  @IsString() @IsNotEmpty({ message: 'Choose a region.' })
  regionId: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(20_000, { message: 'Notes can be at most 20,000 characters.' })
  notes?: string | null;
}

@InputType()
export class AssemblyDecisionInput {
  @Field(() => ID) @IsString() @IsNotEmpty() assemblyId: string;
  @Field(() => ID) @IsString() @IsNotEmpty({ message: 'Choose an issue.' }) issueId: string;
  @Field(() => AssemblyOutcome) @IsEnum(AssemblyOutcome, { message: 'Choose prioritized or not prioritized.' }) outcome: AssemblyOutcome;
  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(2000, { message: 'Notes can be at most 2,000 characters.' })
  notes?: string | null;
}
