import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../../common/viewer.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const MIN_PASSWORD_LENGTH = 12;

@InputType()
export class CreateAccountInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'Enter a valid email address, like name@example.org.' })
  @MaxLength(254, { message: 'An email address can be at most 254 characters.' })
  email: string;

  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Enter the person’s name.' }) @MaxLength(120, { message: 'A name can be at most 120 characters.' })
  displayName: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `A password needs at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MaxLength(200, { message: 'A password can be at most 200 characters.' })
  password: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'Choose a role: admin, staff, leader or connector.' })
  role: Role;

  @Field(() => [ID], { nullable: true })
  @IsOptional() @IsString({ each: true }) @ArrayMaxSize(200)
  regionIds?: string[];

  @Field({ nullable: true, description: 'National staff and admins work in every region.' })
  @IsOptional() @IsBoolean()
  allRegions?: boolean;
}

@InputType({ description: 'An admin changes an account: name, role, regions, a new password, or disables it (signs it out everywhere).' })
export class UpdateAccountInput {
  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Enter the person’s name.' }) @MaxLength(120, { message: 'A name can be at most 120 characters.' })
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'Choose a role: admin, staff, leader or connector.' })
  role: Role;

  @Field(() => [ID], { nullable: true })
  @IsOptional() @IsString({ each: true }) @ArrayMaxSize(200)
  regionIds?: string[];

  @Field({ nullable: true })
  @IsOptional() @IsBoolean()
  allRegions?: boolean;

  @Field({ nullable: true, description: 'A disabled account cannot sign in, and its sessions end at once.' })
  @IsOptional() @IsBoolean()
  disabled?: boolean;

  @Field({ nullable: true, description: 'May download CSV exports of what they can see.' })
  @IsOptional() @IsBoolean()
  canExport?: boolean;

  @Field(() => String, { nullable: true, description: 'Leave empty to keep the current password.' })
  @Transform(({ value }) => (value === '' ? null : value))
  @IsOptional() @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `A password needs at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MaxLength(200, { message: 'A password can be at most 200 characters.' })
  password?: string | null;
}
