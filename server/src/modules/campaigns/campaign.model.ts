import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { inReadersLanguage } from '../../i18n/said.js';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { trim, trimOrNull } from '../../common/input.js';

export enum CampaignStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  MOBILIZING = 'MOBILIZING',
  WON = 'WON',
  LOST = 'LOST',
  CLOSED = 'CLOSED',
}
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });

export interface CampaignRecord {
  id: string;
  name: string;
  sortKey: string;
  status: CampaignStatus;
  theoryOfChange: string | null;
  actionProposal: string | null;
  region: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A campaign with its links, as one read returns it. */
export interface CampaignRow extends CampaignRecord {
  issueId: string | null;
  targetPersonId: string | null;
  targetOrganizationId: string | null;
  proposingTeamId: string | null;
  approvingTeamId: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
}

@ObjectType()
export class Campaign {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => CampaignStatus) status: CampaignStatus;
  @Field(() => String, { nullable: true, description: 'How organized people can move the target’s self-interest.' }) theoryOfChange: string | null;
  @Field(() => String, { nullable: true }) actionProposal: string | null;
  @Field(() => Int) version: number;
  @Field() createdAt: string;
  @Field() updatedAt: string;
  @Field(() => String, { nullable: true }) approvedAt: string | null;
  @Field() canEdit: boolean;
  row: CampaignRow;
}

@ObjectType({ description: 'The answer to adding or removing a partner: the campaign as it is after the change (its partners, gate and role board).' })
export class CampaignPartnersPayload {
  @Field(() => Campaign) campaign: Campaign;
}

@ObjectType({ description: 'One condition of the mobilization gate (seed 000).' })
export class GateCondition {
  @Field({ description: 'ISSUE_PRIORITIZED, ACTION_PROPOSAL, SPECIFIC_TARGET, THEORY_OF_CHANGE or RST_APPROVED.' }) key: string;
  @Field({ middleware: [inReadersLanguage] }) label: string;
  @Field() met: boolean;
  @Field({ description: 'What is missing, or what satisfies it.', middleware: [inReadersLanguage] }) detail: string;
}

@ObjectType({ description: 'Whether the member network may be mobilized for this campaign, and what is missing.' })
export class MobilizationGate {
  @Field() open: boolean;
  @Field(() => [GateCondition]) conditions: GateCondition[];
}

@InputType()
export class CampaignInput {
  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Enter a name.' }) @MaxLength(200, { message: 'A name can be at most 200 characters.' })
  name: string;

  @Field(() => ID)
  @IsString() @IsNotEmpty({ message: 'Choose a region.' })
  regionId: string;

  @Field(() => ID, { nullable: true })
  @Transform(trimOrNull) @IsOptional() @IsString()
  issueId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The decision-maker targeted (a person); or targetOrganizationId.' })
  @Transform(trimOrNull) @IsOptional() @IsString()
  targetPersonId?: string | null;

  @Field(() => ID, { nullable: true })
  @Transform(trimOrNull) @IsOptional() @IsString()
  targetOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The issue action team proposing it.' })
  @Transform(trimOrNull) @IsOptional() @IsString()
  proposingTeamId?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(20_000, { message: 'The theory of change can be at most 20,000 characters.' })
  theoryOfChange?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(50_000, { message: 'The action proposal can be at most 50,000 characters.' })
  actionProposal?: string | null;
}
