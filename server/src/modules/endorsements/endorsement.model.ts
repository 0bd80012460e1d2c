import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DATE_PATTERN, trim, trimOrNull, ZIP_PATTERN } from '../../common/input.js';
import { Campaign } from '../campaigns/campaign.model.js';
import { Organization } from '../organizations/models/organization.model.js';

/** The pipeline an endorsement ask moves through (seeds 002, 003). */
export enum EndorsementStatus {
  TO_ASK = 'TO_ASK',
  ASKED = 'ASKED',
  CONSIDERING = 'CONSIDERING',
  ENDORSED = 'ENDORSED',
  DECLINED = 'DECLINED',
}
registerEnumType(EndorsementStatus, { name: 'EndorsementStatus', description: 'To ask, asked, considering, endorsed, declined.' });
export const ENDORSEMENT_STATUSES = Object.values(EndorsementStatus);
export const STATUS_WORDS: Record<EndorsementStatus, string> = {
  TO_ASK: 'to ask', ASKED: 'asked', CONSIDERING: 'considering', ENDORSED: 'endorsed', DECLINED: 'declined',
};

export interface EndorsementAskRecord {
  id: string;
  status: EndorsementStatus;
  nextStep: string | null;
  notes: string | null;
  askedOn: string | null;
  decidedOn: string | null;
  region: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface EndorsementAskRow extends EndorsementAskRecord {
  organizationId: string;
  campaignId: string | null;
  candidateId: string | null;
  askerId: string | null;
}

@ObjectType({ description: 'An organization asked to endorse a campaign or a candidate.' })
export class EndorsementAsk {
  @Field(() => ID) id: string;
  @Field(() => EndorsementStatus) status: EndorsementStatus;
  @Field(() => String, { nullable: true, description: 'What happens next, e.g. “present to their board on the 12th”.' }) nextStep: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => String, { nullable: true, description: 'When the ask was made (YYYY-MM-DD).' }) askedOn: string | null;
  @Field(() => String, { nullable: true, description: 'When they endorsed or declined (YYYY-MM-DD).' }) decidedOn: string | null;
  @Field(() => Int) version: number;
  @Field() createdAt: string;
  @Field() updatedAt: string;
  @Field() canEdit: boolean;
  row: EndorsementAskRow;
}

@ObjectType()
export class EndorsementColumn {
  @Field(() => EndorsementStatus) status: EndorsementStatus;
  @Field(() => [EndorsementAsk]) asks: EndorsementAsk[];
}

@ObjectType({ description: 'A campaign’s endorsement pipeline, one column per status.' })
export class EndorsementBoard {
  @Field(() => Campaign) campaign: Campaign;
  @Field({ description: 'Endorsements are recorded only once the campaign’s issue is prioritized (seed 000).' }) canRecordEndorsements: boolean;
  @Field(() => String, { nullable: true, description: 'Why endorsements cannot be recorded yet.' }) blockedReason: string | null;
  @Field(() => [EndorsementColumn]) columns: EndorsementColumn[];
  @Field(() => [Organization], { description: 'Partner organizations of the campaign not asked yet.' }) partnersNotAsked: Organization[];
}

@InputType()
export class EndorsementAskInput {
  @Field(() => ID) @IsString() @IsNotEmpty({ message: 'Choose the organization to ask.' }) organizationId: string;

  @Field(() => ID, { nullable: true, description: 'The campaign to endorse; or give candidateId.' })
  @Transform(trimOrNull) @IsOptional() @IsString() campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The candidate to endorse; or give campaignId.' })
  @Transform(trimOrNull) @IsOptional() @IsString() candidateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who makes the ask; defaults to the signed-in user’s own person record.' })
  @Transform(trimOrNull) @IsOptional() @IsString() askerId?: string | null;

  @Field(() => EndorsementStatus, { nullable: true, defaultValue: EndorsementStatus.TO_ASK })
  @IsOptional() @IsEnum(EndorsementStatus, { message: 'Choose to ask, asked, considering, endorsed or declined.' }) status?: EndorsementStatus;

  @Field(() => String, { nullable: true }) @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(500, { message: 'The next step can be at most 500 characters.' }) nextStep?: string | null;
  @Field(() => String, { nullable: true }) @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(20_000, { message: 'Notes can be at most 20,000 characters.' }) notes?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today when the status is asked or later.' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: 'Use a date like 2025-03-14.' }) askedOn?: string | null;
}

/** Left out stays undefined (keep the current value); empty clears it. */
const trimOrKeep = ({ value }: { value: unknown }) => (value === undefined ? undefined : trimOrNull({ value }));

@InputType({ description: 'Moves an ask to another status, with what happens next.' })
export class MoveEndorsementAskInput {
  @Field(() => ID) @IsString() @IsNotEmpty() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => EndorsementStatus) @IsEnum(EndorsementStatus, { message: 'Choose to ask, asked, considering, endorsed or declined.' }) status: EndorsementStatus;
  @Field(() => String, { nullable: true, description: 'Leave out to keep the current next step.' })
  @Transform(trimOrKeep) @IsOptional() @IsString() @MaxLength(500, { message: 'The next step can be at most 500 characters.' }) nextStep?: string | null;
  @Field(() => String, { nullable: true, description: 'Leave out to keep the current notes.' })
  @Transform(trimOrKeep) @IsOptional() @IsString() @MaxLength(20_000, { message: 'Notes can be at most 20,000 characters.' }) notes?: string | null;
  @Field(() => ID, { nullable: true, description: 'Change who makes the ask.' })
  @Transform(trimOrKeep) @IsOptional() @IsString() askerId?: string | null;
}

export interface RaceRecord {
  id: string;
  name: string;
  electionDate: string | null;
  zip: string | null;
  areaMiles: number | null;
  region: string;
  version: number;
  createdAt: string;
}

@ObjectType({ description: 'An election race; its area is a radius around a zip code, or its whole region.' })
export class Race {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) electionDate: string | null;
  @Field(() => String, { nullable: true }) zip: string | null;
  @Field(() => Float, { nullable: true }) areaMiles: number | null;
  @Field(() => Int) version: number;
  regionId: string;
}

@ObjectType()
export class Candidate {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) party: string | null;
  raceId: string;
}

@ObjectType()
export class CandidateTally {
  @Field(() => Candidate) candidate: Candidate;
  @Field(() => Int, { description: 'Affiliate groups in the race’s area that endorsed this candidate.' }) groupCount: number;
  @Field(() => [Organization], { description: 'Those groups (the ones the viewer may see).' }) groups: Organization[];
}

@ObjectType({ description: 'A group that endorsed a candidate running against the one most groups in the area endorsed (seed 002).' })
export class CounterEndorsement {
  @Field(() => Organization) organization: Organization;
  @Field(() => Candidate) endorsed: Candidate;
  @Field(() => Candidate) against: Candidate;
}

@ObjectType({ description: 'Candidate endorsements by the affiliate groups in a race’s area.' })
export class RaceEndorsements {
  @Field(() => Int, { description: 'Affiliate groups in the area.' }) groupsInArea: number;
  @Field(() => [CandidateTally]) tallies: CandidateTally[];
  @Field(() => Candidate, { nullable: true, description: 'The candidate a majority of the area’s groups endorsed, if any.' }) majority: Candidate | null;
  @Field(() => [CounterEndorsement]) counterEndorsements: CounterEndorsement[];
}

@InputType()
export class RaceInput {
  @Field() @Transform(trim) @IsString() @IsNotEmpty({ message: 'Name the race, e.g. “State Senate District 12”.' }) @MaxLength(200, { message: 'The name can be at most 200 characters.' }) name: string;
  @Field(() => ID) @IsString() @IsNotEmpty({ message: 'Choose a region.' }) regionId: string;
  @Field(() => String, { nullable: true }) @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: 'Use a date like 2026-11-03.' }) electionDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Center of the race’s area; leave empty to use the whole region.' })
  @Transform(trimOrNull) @IsOptional() @Matches(ZIP_PATTERN, { message: 'Use a 5-digit zip code, like 60614.' }) zip?: string | null;
  @Field(() => Float, { nullable: true, description: 'Radius of the area in miles (with zip).' })
  @IsOptional() @IsNumber({}, { message: 'Give the radius in miles.' }) @Min(1, { message: 'The radius is at least 1 mile.' }) @Max(500, { message: 'The radius is at most 500 miles.' }) areaMiles?: number | null;
}

@InputType()
export class CandidateInput {
  @Field(() => ID) @IsString() @IsNotEmpty() raceId: string;
  @Field() @Transform(trim) @IsString() @IsNotEmpty({ message: 'Give the candidate’s name.' }) @MaxLength(200, { message: 'The name can be at most 200 characters.' }) name: string;
  @Field(() => String, { nullable: true }) @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(100, { message: 'The party can be at most 100 characters.' }) party?: string | null;
}
