import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { StreetAddressInput } from '../../../common/address.js';
import { CustomFieldFilter, CustomFieldInput } from '../../custom-fields/custom-field.model.js';
import { ArrayMaxSize, IsArray, IsEnum, ValidateNested, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { cleanList, trim, trimOrNull, ZIP_PATTERN } from '../../../common/input.js';
import { PageArgs } from '../../../common/pagination.js';
import { LedBy, OrganizationType } from '../models/organization.model.js';

/** A website typed without a scheme ("example.org") is stored as https://example.org. */
const website = ({ value }: { value: unknown }) => {
  const v = trimOrNull({ value });
  return typeof v === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(v) ? `https://${v}` : v;
};

@InputType()
export class OrganizationInput {
  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Enter a name.' }) @MaxLength(200, { message: 'A name can be at most 200 characters.' })
  name: string;

  @Field(() => OrganizationType)
  @IsEnum(OrganizationType, { message: 'Choose a type: partner, affiliate group or institution.' })
  type: OrganizationType;

  @Field(() => [String], { nullable: true })
  @Transform(cleanList)
  @IsOptional()
  @MaxLength(100, { each: true, message: 'An issue area can be at most 100 characters.' })
  @ArrayMaxSize(30, { message: 'At most 30 issue areas.' })
  issueAreas?: string[];

  @Field(() => [LedBy], { nullable: true })
  @IsOptional() @IsEnum(LedBy, { each: true, message: 'Led-by is POC-led, queer- and trans-led, or immigrant-led.' })
  ledBy?: LedBy[];

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @Matches(ZIP_PATTERN, { message: 'Enter a 5-digit ZIP code, like 60614 (or ZIP+4, like 60614-1234).' })
  zip?: string | null;

  @Field(() => ID)
  @IsString() @IsNotEmpty({ message: 'Choose a region.' })
  regionId: string;

  @Field(() => String, { nullable: true })
  @Transform(website)
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Enter a website address, like example.org or https://example.org.' })
  @MaxLength(500, { message: 'A website address can be at most 500 characters.' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(200_000, { message: 'Notes can be at most 200,000 characters.' })
  notes?: string | null;

  @Field(() => StreetAddressInput, { nullable: true, description: 'Omitted: kept as it is; null: cleared.' })
  @IsOptional() @ValidateNested() @Type(() => StreetAddressInput)
  address?: StreetAddressInput | null;

  @Field(() => [CustomFieldInput], { nullable: true, description: 'Values of the given custom fields (others keep theirs); an empty value clears one.' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => CustomFieldInput)
  customFields?: CustomFieldInput[] | null;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches name, zip or issue area.' })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(200, { message: 'Search at most 200 characters.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsString()
  regionId?: string | null;

  @Field(() => OrganizationType, { nullable: true })
  @IsOptional() @IsEnum(OrganizationType)
  type?: OrganizationType | null;

  @Field(() => [CustomFieldFilter], { nullable: true, description: 'Only records with all these custom field values.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => CustomFieldFilter)
  customFields?: CustomFieldFilter[] | null;
}
