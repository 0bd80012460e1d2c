import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';
import { DATE_PATTERN, trimOrNull } from '../../common/input.js';
import { Organization } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';

export enum RoleKind {
  CONNECTOR = 'CONNECTOR',
  GATHERER = 'GATHERER',
  FACILITATOR = 'FACILITATOR',
  LOGISTICS_COORDINATOR = 'LOGISTICS_COORDINATOR',
  CO_CHAIR = 'CO_CHAIR',
  POINT_OF_CONTACT = 'POINT_OF_CONTACT',
}
registerEnumType(RoleKind, { name: 'RoleKind', description: 'Connector, gatherer, facilitator, logistics coordinator (seed 003); co-chair (seed 001); point of contact (seed 002).' });

/** The four roles every campaign needs (seed 003). */
export const CAMPAIGN_ROLES = [RoleKind.CONNECTOR, RoleKind.GATHERER, RoleKind.FACILITATOR, RoleKind.LOGISTICS_COORDINATOR] as const;

export const ROLES_BY_TARGET = {
  Campaign: [...CAMPAIGN_ROLES],
  Team: [RoleKind.CO_CHAIR, ...CAMPAIGN_ROLES],
  Organization: [RoleKind.POINT_OF_CONTACT],
} as const;
export type RoleTarget = keyof typeof ROLES_BY_TARGET;

export interface RoleRecord {
  id: string;
  role: RoleKind;
  organizationId: string | null;
  startDate: string | null;
  endDate: string | null;
}

@ObjectType()
export class RoleAssignment {
  @Field(() => ID) id: string;
  @Field(() => RoleKind) role: RoleKind;
  @Field(() => Person) person: Person;
  @Field(() => ID, { description: 'The campaign, team or organization the role is held on.' }) targetId: string;
  @Field({ description: 'Campaign, Team or Organization.' }) targetType: string;
  @Field(() => String, { nullable: true }) targetName: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endDate: string | null;
  @Field({ description: 'Started (or no start date) and not ended.' }) active: boolean;
  forOrganizationId: string | null;
}

@ObjectType()
export class RoleSlot {
  @Field(() => RoleKind) role: RoleKind;
  @Field(() => [RoleAssignment], { description: 'Active holders.' }) holders: RoleAssignment[];
  @Field({ description: 'Two or more active holders: someone can step in.' }) hasBackup: boolean;
}

@ObjectType({ description: 'Who holds each role on a campaign, and what is missing.' })
export class RoleBoard {
  @Field(() => [RoleSlot]) slots: RoleSlot[];
  @Field(() => [Organization], { description: 'Partner organizations of the campaign with no active connector for them.' })
  partnersWithoutConnector: Organization[];
  @Field(() => [String], { description: 'Each gap in words: a role nobody holds, a partner with no connector.' })
  gaps: string[];
}

@ObjectType({ description: 'The answer to removing a role: which one, and the campaign or team it was held on as it is after the change.' })
export class RoleRemovalPayload {
  @Field(() => ID) removedId: string;
  targetType: string;
  targetId: string;
}

@InputType()
export class AssignRoleInput {
  @Field(() => ID) @IsString() @IsNotEmpty({ message: 'Choose a person.' }) personId: string;
  @Field(() => RoleKind) @IsEnum(RoleKind, { message: 'Choose a role.' }) role: RoleKind;
  @Field(() => ID, { nullable: true }) @Transform(trimOrNull) @IsOptional() @IsString() campaignId?: string | null;
  @Field(() => ID, { nullable: true }) @Transform(trimOrNull) @IsOptional() @IsString() teamId?: string | null;
  @Field(() => ID, { nullable: true, description: 'For a point of contact: their organization.' })
  @Transform(trimOrNull) @IsOptional() @IsString() organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'For a connector on a campaign: the partner organization they connect with.' })
  @Transform(trimOrNull) @IsOptional() @IsString() forOrganizationId?: string | null;
  @Field(() => String, { nullable: true }) @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: 'Enter a date as YYYY-MM-DD, like 2024-03-15.' }) startDate?: string | null;
  @Field(() => String, { nullable: true }) @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: 'Enter a date as YYYY-MM-DD, like 2024-03-15.' }) endDate?: string | null;
}
