import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { cleanList, trim, trimOrNull } from '../../common/input.js';

export enum FieldType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
  ONE_CHOICE = 'ONE_CHOICE',
  SEVERAL_CHOICES = 'SEVERAL_CHOICES',
}
registerEnumType(FieldType, { name: 'FieldType', description: 'Text, a number, a date (YYYY-MM-DD), one choice, or several choices.' });

export enum FieldEntity {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(FieldEntity, { name: 'FieldEntity', description: 'Whether a custom field is on people or on organizations.' });

/** A FieldDefinition as stored. */
export interface FieldDefinitionRecord {
  id: string;
  entity: FieldEntity;
  key: string;
  label: string;
  type: FieldType;
  choices: string[];
  /** Null: coalition-wide. */
  region: string | null;
  position: number;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

@ObjectType({ description: 'A field admins defined for people or organizations, coalition-wide or for one region.' })
export class FieldDefinition {
  @Field(() => ID) id: string;
  @Field(() => FieldEntity) entity: FieldEntity;
  @Field({ description: 'Stable name used in imports, exports and filters (lower case, digits, _).' }) key: string;
  @Field() label: string;
  @Field(() => FieldType) type: FieldType;
  @Field(() => [String], { description: 'The choices of a one-choice or several-choices field; empty otherwise.' }) choices: string[];
  @Field(() => ID, { nullable: true, description: 'The region the field is for; null when coalition-wide.' }) regionId: string | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'A custom field of a record with its value (null or empty when not filled in).' })
export class CustomFieldValue {
  @Field() key: string;
  @Field() label: string;
  @Field(() => FieldType) type: FieldType;
  @Field(() => String, { nullable: true, description: 'Text, a number, a date (YYYY-MM-DD) or the one choice.' }) value: string | null;
  @Field(() => [String], { description: 'The choices made, for a several-choices field.' }) values: string[];
}

@InputType({ description: 'A custom field value to save: `value` for text, number, date and one choice; `values` for several choices. Empty clears it.' })
export class CustomFieldInput {
  @Field() @IsString() @MaxLength(40) key: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional() @IsString() @MaxLength(2000, { message: 'A custom field value can be at most 2,000 characters.' })
  value?: string | null;

  @Field(() => [String], { nullable: true })
  @Transform(cleanList)
  @IsOptional() @ArrayMaxSize(100) @IsString({ each: true })
  values?: string[] | null;
}

@InputType({ description: 'Records whose custom field has this value (any case; for several choices: one of the choices made).' })
export class CustomFieldFilter {
  @Field() @IsString() @MaxLength(40) key: string;
  @Field() @IsString() @MaxLength(2000) value: string;
}

@InputType()
export class FieldDefinitionInput {
  @Field(() => FieldEntity)
  @IsEnum(FieldEntity, { message: 'Choose people or organizations.' })
  entity: FieldEntity;

  @Field()
  @Transform(trim)
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'A key starts with a letter and has at most 40 lower-case letters, digits and _, like shirt_size.' })
  key: string;

  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Enter a label.' }) @MaxLength(80, { message: 'A label can be at most 80 characters.' })
  label: string;

  @Field(() => FieldType)
  @IsEnum(FieldType, { message: 'Choose text, number, date, one choice or several choices.' })
  type: FieldType;

  @Field(() => [String], { nullable: true })
  @Transform(cleanList)
  @IsOptional()
  @MaxLength(80, { each: true, message: 'A choice can be at most 80 characters.' })
  @ArrayMaxSize(100, { message: 'A field can have at most 100 choices.' })
  choices?: string[];

  @Field(() => ID, { nullable: true, description: 'Null: for the whole coalition.' })
  @IsOptional() @IsString()
  regionId?: string | null;
}

@InputType({ description: 'What can change after a field is defined: its key and type stay, so stored values keep their meaning.' })
export class FieldDefinitionChanges {
  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Enter a label.' }) @MaxLength(80, { message: 'A label can be at most 80 characters.' })
  label: string;

  @Field(() => [String], { nullable: true })
  @Transform(cleanList)
  @IsOptional()
  @MaxLength(80, { each: true, message: 'A choice can be at most 80 characters.' })
  @ArrayMaxSize(100, { message: 'A field can have at most 100 choices.' })
  choices?: string[];
}
