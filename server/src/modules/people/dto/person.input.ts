import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { StreetAddressInput } from '../../../common/address.js';
import { CustomFieldFilter, CustomFieldInput } from '../../custom-fields/custom-field.model.js';
import {
  ArrayMaxSize, IsArray, IsEmail, ValidateNested, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength,
} from 'class-validator';
import { PageArgs } from '../../../common/pagination.js';
import { cleanList, trim, trimOrNull, PHONE_PATTERN, ZIP_PATTERN } from '../../../common/input.js';
import { PersonKind } from '../models/person.model.js';

@InputType({ description: 'All fields of a person; on update, the whole record as the user saw and changed it.' })
export class PersonInput {
  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Enter a name.' }) @MaxLength(200, { message: 'A name can be at most 200 characters.' })
  name: string;

  @Field(() => [String], { nullable: true })
  @Transform(cleanList)
  @IsOptional()
  @IsEmail({}, { each: true, message: 'Enter a valid email address, like name@example.org.' })
  @MaxLength(254, { each: true, message: 'An email address can be at most 254 characters.' })
  @ArrayMaxSize(10, { message: 'A person can have at most 10 email addresses.' })
  emails?: string[];

  @Field(() => [String], { nullable: true })
  @Transform(cleanList)
  @IsOptional()
  @Matches(PHONE_PATTERN, { each: true, message: 'Enter a phone number with 7 to 15 digits, like (555) 123-4567 or +1 555 123 4567.' })
  @ArrayMaxSize(10, { message: 'A person can have at most 10 phone numbers.' })
  phones?: string[];

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @Matches(ZIP_PATTERN, { message: 'Enter a 5-digit ZIP code, like 60614 (or ZIP+4, like 60614-1234).' })
  zip?: string | null;

  @Field(() => ID)
  @IsString() @IsNotEmpty({ message: 'Choose a region.' })
  regionId: string;

  @Field(() => [PersonKind], { nullable: true })
  @IsOptional() @IsEnum(PersonKind, { each: true, message: 'Kinds are member, leader, ally or target.' })
  kinds?: PersonKind[];

  @Field(() => [String], { nullable: true })
  @Transform(cleanList)
  @IsOptional()
  @MaxLength(50, { each: true, message: 'A tag can be at most 50 characters.' })
  @ArrayMaxSize(30, { message: 'A person can have at most 30 tags.' })
  tags?: string[];

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
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches name or zip; email or phone where the viewer may see them.' })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(200, { message: 'Search at most 200 characters.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsString()
  regionId?: string | null;

  @Field(() => [CustomFieldFilter], { nullable: true, description: 'Only records with all these custom field values.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => CustomFieldFilter)
  customFields?: CustomFieldFilter[] | null;
}
