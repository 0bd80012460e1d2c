import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { DATE_PATTERN, trimOrNull } from '../../common/input.js';
import { Organization, OrganizationType } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';

/** The Memorandum of Understanding between the coalition and an affiliate group (seed 002). */
export enum MouStatus {
  NONE = 'NONE',
  SENT = 'SENT',
  SIGNED = 'SIGNED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(MouStatus, { name: 'MouStatus', description: 'Not sent, sent, signed, terminated.' });

/** Radius in miles an affiliate group organizes in, when none was recorded. */
export const DEFAULT_AREA_MILES = 10;

@ObjectType('Mou')
export class Mou {
  @Field(() => MouStatus) status: MouStatus;
  @Field(() => String, { nullable: true }) sentOn: string | null;
  @Field(() => String, { nullable: true }) signedOn: string | null;
  @Field(() => String, { nullable: true }) terminatedOn: string | null;
}

@ObjectType({ description: 'A US zip code’s center.' })
export class Place {
  @Field() zip: string;
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
  @Field() city: string;
  @Field() state: string;
}

@ObjectType()
export class NearbyPerson {
  @Field(() => Person) person: Person;
  @Field(() => Float, { description: 'Miles from the center, between zip code centers.' }) miles: number;
}

@ObjectType()
export class NearbyOrganization {
  @Field(() => Organization) organization: Organization;
  @Field(() => Float) miles: number;
}

@ObjectType({ description: 'People and organizations within a radius of a zip code, nearest first.' })
export class Nearby {
  @Field(() => Place) center: Place;
  @Field(() => Float) miles: number;
  @Field(() => [NearbyPerson]) people: NearbyPerson[];
  @Field(() => [NearbyOrganization]) organizations: NearbyOrganization[];
  @Field({ description: 'More matched than the limit; narrow the radius.' }) truncated: boolean;
}

@ObjectType()
export class MapGroup {
  @Field(() => Organization) organization: Organization;
  @Field(() => Place, { nullable: true, description: 'Null when the group has no zip code we know.' }) place: Place | null;
  @Field(() => Float) areaMiles: number;
  @Field(() => Int, { nullable: true, description: 'Groups whose areas overlap share a cluster.' }) clusterId: number | null;
}

@ObjectType({ description: 'Affiliate groups whose areas overlap: they are shown together, to work together rather than compete (seed 002).' })
export class GroupCluster {
  @Field(() => Int) id: number;
  @Field(() => [Organization]) groups: Organization[];
}

@ObjectType()
export class AffiliateMap {
  @Field(() => [MapGroup]) groups: MapGroup[];
  @Field(() => [GroupCluster]) clusters: GroupCluster[];
}

@InputType()
export class MouInput {
  @Field(() => ID) @IsString() @IsNotEmpty() organizationId: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => MouStatus) @IsEnum(MouStatus, { message: 'Choose sent, signed or terminated.' }) status: MouStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today.' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: 'Use a date like 2025-03-14.' }) date?: string | null;
}

@InputType()
export class GroupAreaInput {
  @Field(() => ID) @IsString() @IsNotEmpty() organizationId: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => Float) @IsNumber({}, { message: 'Give the radius in miles.' }) @Min(1, { message: 'The radius is at least 1 mile.' }) @Max(200, { message: 'The radius is at most 200 miles.' }) areaMiles: number;
}

export { OrganizationType };
