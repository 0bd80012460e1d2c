import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { inReadersLanguage } from '../../i18n/said.js';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DATE_PATTERN, trimOrNull } from '../../common/input.js';
import { Person } from '../people/models/person.model.js';
import { CompetencyTheme } from './competencies.js';

registerEnumType(CompetencyTheme, { name: 'CompetencyTheme', description: 'The six organizing competency themes (seed 004).' });
export { CompetencyTheme };

@ObjectType()
export class CompetencyLevelDefinition {
  @Field(() => Int) level: number;
  @Field() name: string;
  @Field({ middleware: [inReadersLanguage] }) description: string;
}

@ObjectType()
export class CompetencyDefinition {
  @Field(() => CompetencyTheme) theme: CompetencyTheme;
  @Field({ middleware: [inReadersLanguage] }) label: string;
  @Field({ middleware: [inReadersLanguage] }) summary: string;
  @Field(() => [CompetencyLevelDefinition]) levels: CompetencyLevelDefinition[];
}

@ObjectType({ description: 'One assessment of a person on one competency theme.' })
export class LeadershipAssessment {
  @Field(() => ID) id: string;
  @Field(() => CompetencyTheme) theme: CompetencyTheme;
  @Field(() => Int, { description: '1 Foundational, 2 Mobilizing and Power Building, 3 Agenda Driving.' }) level: number;
  @Field({ middleware: [inReadersLanguage] }) levelName: string;
  @Field({ description: 'YYYY-MM-DD' }) assessedOn: string;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => String, { nullable: true }) assessedByName: string | null;
  @Field() createdAt: string;
  /** Who was assessed: resolved as `person` (PeopleService, within the viewer's regions). */
  personId: string;
}

@ObjectType({ description: 'A person’s current level on a theme: their latest assessment, or none yet.' })
export class CompetencyStanding {
  @Field(() => CompetencyTheme) theme: CompetencyTheme;
  @Field({ middleware: [inReadersLanguage] }) label: string;
  @Field(() => Int, { nullable: true }) level: number | null;
  @Field(() => String, { nullable: true, middleware: [inReadersLanguage] }) levelName: string | null;
  @Field(() => String, { nullable: true }) assessedOn: string | null;
  @Field(() => String, { nullable: true }) assessedByName: string | null;
}

@InputType()
export class AssessmentInput {
  @Field(() => ID) @IsString() @IsNotEmpty() personId: string;
  @Field(() => CompetencyTheme) @IsEnum(CompetencyTheme, { message: 'Choose one of the competency themes.' }) theme: CompetencyTheme;
  @Field(() => Int) @IsInt({ message: 'Choose level 1, 2 or 3.' }) @Min(1, { message: 'Choose level 1, 2 or 3.' }) @Max(3, { message: 'Choose level 1, 2 or 3.' }) level: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today.' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: 'Use a date like 2025-03-14.' }) assessedOn?: string | null;
  @Field(() => String, { nullable: true })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(5000, { message: 'Notes can be at most 5,000 characters.' }) notes?: string | null;
}

@InputType()
export class MentorInput {
  @Field(() => ID) @IsString() @IsNotEmpty() mentorId: string;
  @Field(() => ID) @IsString() @IsNotEmpty() menteeId: string;
  @Field(() => String, { nullable: true }) @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: 'Use a date like 2025-03-14.' }) since?: string | null;
}

@ObjectType()
export class MentorLink {
  @Field(() => Person) person: Person;
  @Field(() => String, { nullable: true }) since: string | null;
}
