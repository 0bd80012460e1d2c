import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { DATE_PATTERN, trim, trimOrNull } from '../../common/input.js';
import { Organization } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';

export enum InteractionKind {
  ONE_TO_ONE = 'ONE_TO_ONE',
  HOUSE_MEETING = 'HOUSE_MEETING',
  RESEARCH_ACTION = 'RESEARCH_ACTION',
  TEAM_MEETING = 'TEAM_MEETING',
  TRAINING = 'TRAINING',
  REGIONAL_CALL = 'REGIONAL_CALL',
}
registerEnumType(InteractionKind, { name: 'InteractionKind', description: 'One-to-one relational meeting, house meeting, research action, team meeting, training, regional call.' });

export interface InteractionRecord {
  id: string;
  kind: InteractionKind;
  date: string;
  notes: string | null;
  region: string;
  version: number;
  createdBy: string;
  createdAt: string;
}

export interface FollowUpRecord {
  id: string;
  text: string;
  dueDate: string | null;
  done: boolean;
  doneAt: string | null;
  assigneeId: string;
  region: string;
  createdAt: string;
}

@ObjectType()
export class FollowUp {
  @Field(() => ID) id: string;
  @Field() text: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate: string | null;
  @Field() done: boolean;
  @Field(() => String, { nullable: true }) doneAt: string | null;
  @Field({ description: 'Due before today and not done.' }) overdue: boolean;
  @Field(() => String, { nullable: true }) assigneeName: string | null;
  assigneeId: string;
  interactionId: string | null;
}

@ObjectType()
export class Interaction {
  @Field(() => ID) id: string;
  @Field(() => InteractionKind) kind: InteractionKind;
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Person, { nullable: true, description: 'Who held it (the connector, the house meeting host).' }) host: Person | null;
  @Field(() => [Person], { description: 'Everyone else who took part, in the viewer’s regions.' }) participants: Person[];
  @Field(() => [Organization], { description: 'Organizations the participants spoke for.' }) organizations: Organization[];
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) loggedByName: string | null;
  @Field(() => Int, { description: 'Pass it back when correcting or deleting the meeting: a stale one is refused (CONFLICT).' }) version: number;
  @Field({ description: 'Whether the viewer may correct or delete it: the one who logged it, and leaders, staff and admins of its region.' }) canEdit: boolean;
  createdBy: string;
}

@InputType()
export class FollowUpInput {
  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Say what the follow-up is.' }) @MaxLength(500, { message: 'A follow-up can be at most 500 characters.' })
  text: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: 'Enter a due date as YYYY-MM-DD, like 2024-03-15.' })
  dueDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The account who will do it; the one logging, by default.' })
  @Transform(trimOrNull) @IsOptional() @IsString()
  assigneeId?: string | null;
}

/** Few required fields and good defaults, so a one-to-one is logged from a phone in seconds. */
@InputType()
export class LogInteractionInput {
  @Field(() => InteractionKind, { defaultValue: InteractionKind.ONE_TO_ONE })
  @IsEnum(InteractionKind, { message: 'Choose what kind of meeting it was.' })
  kind: InteractionKind = InteractionKind.ONE_TO_ONE;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today by default.' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: 'Enter the date as YYYY-MM-DD, like 2024-03-15.' })
  date?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who held it; the signed-in user’s own person record by default.' })
  @Transform(trimOrNull) @IsOptional() @IsString()
  hostPersonId?: string | null;

  @Field(() => [ID], { description: 'The people met (not counting the host).' })
  @IsArray() @ArrayMaxSize(500, { message: 'At most 500 participants.' }) @IsString({ each: true })
  personIds: string[];

  @Field(() => [ID], { nullable: true, description: 'Organizations they spoke for.' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true })
  organizationIds?: string[];

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(200_000, { message: 'Notes can be at most 200,000 characters.' })
  notes?: string | null;

  @Field(() => [FollowUpInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => FollowUpInput)
  followUps?: FollowUpInput[];
}

/** A logged meeting as it should have been logged: every field is given (the edit form sends them all). */
@InputType()
export class CorrectInteractionInput {
  @Field(() => ID)
  @IsString() @IsNotEmpty()
  id: string;

  @Field(() => Int, { description: 'The version the user saw.' })
  @IsInt() @Min(1)
  version: number;

  @Field(() => InteractionKind)
  @IsEnum(InteractionKind, { message: 'Choose what kind of meeting it was.' })
  kind: InteractionKind;

  @Field({ description: 'YYYY-MM-DD' })
  @Transform(trim) @Matches(DATE_PATTERN, { message: 'Enter the date as YYYY-MM-DD, like 2024-03-15.' })
  date: string;

  @Field(() => ID, { nullable: true, description: 'Who held it; null for none.' })
  @Transform(trimOrNull) @IsOptional() @IsString()
  hostPersonId?: string | null;

  @Field(() => [ID], { description: 'The people met (not counting the host), among those the editor can see; the others stay.' })
  @IsArray() @ArrayMaxSize(500, { message: 'At most 500 participants.' }) @IsString({ each: true })
  personIds: string[];

  @Field(() => [ID], { description: 'Organizations they spoke for, among those the editor can see; the others stay.' })
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true })
  organizationIds: string[];

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(200_000, { message: 'Notes can be at most 200,000 characters.' })
  notes?: string | null;
}

@ObjectType({ description: 'What a team’s members held in one month (seed 001: the monthly IAT meeting tracks this).' })
export class MonthlyProgress {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Int) oneToOnes: number;
  @Field(() => Int) houseMeetings: number;
  @Field(() => Int) researchActions: number;
}
