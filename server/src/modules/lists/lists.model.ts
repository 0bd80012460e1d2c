import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { inReadersLanguage } from '../../i18n/said.js';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { cleanList, DATE_PATTERN, trim, trimOrNull, ZIP_PATTERN } from '../../common/input.js';
import { CustomFieldFilter } from '../custom-fields/custom-field.model.js';
import { LedBy, Organization, OrganizationType } from '../organizations/models/organization.model.js';
import { PersonKind } from '../people/models/person.model.js';
import { Person } from '../people/models/person.model.js';
import { RoleKind } from '../roles/role.model.js';
import { PEOPLE_SORTS, type PeopleSortColumn } from './lists.queries.js';
import { ORGANIZATION_SORTS, type OrganizationSortColumn } from './organization-lists.queries.js';

export enum PeopleSortBy {
  NAME = 'NAME',
  ZIP = 'ZIP',
  REGION = 'REGION',
  ADDED = 'ADDED',
  UPDATED = 'UPDATED',
}
registerEnumType(PeopleSortBy, { name: 'PeopleSortBy', description: 'A column a people list can be sorted by.' });
// Every sort the API offers has its own fixed query.
const _sortsMatch: Record<PeopleSortBy, unknown> = PEOPLE_SORTS satisfies Record<PeopleSortColumn, string>;
void _sortsMatch;

const DATE_MESSAGE = (what: string) => `${what}: enter a date as YYYY-MM-DD, like 2026-03-01.`;

@InputType({ description: 'Which people a list shows. Every condition is optional; those given must all hold.' })
export class PeopleFilterInput {
  @Field(() => String, { nullable: true, description: 'Name or zip contains this text; or email or phone where the viewer may see them.' })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(200, { message: 'Search at most 200 characters.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsString()
  regionId?: string | null;

  @Field(() => [PersonKind], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional() @IsEnum(PersonKind, { each: true, message: 'Kinds are member, leader, ally or target.' })
  kinds?: PersonKind[] | null;

  @Field(() => [String], { nullable: true, description: 'All of these tags.' })
  @Transform(cleanList) @IsOptional() @ArrayMaxSize(20, { message: 'Filter by at most 20 tags.' }) @MaxLength(50, { each: true, message: 'A tag can be at most 50 characters.' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'With withinMiles: people whose zip lies within that distance of this zip.' })
  @Transform(trimOrNull) @IsOptional() @Matches(ZIP_PATTERN, { message: 'Near zip: enter a 5-digit ZIP code, like 60614.' })
  nearZip?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0, { message: 'Distance must be 0 to 100 miles.' }) @Max(100, { message: 'Distance must be 0 to 100 miles.' })
  withinMiles?: number | null;

  @Field(() => ID, { nullable: true, description: 'Members of this team.' })
  @IsOptional() @IsString()
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'People holding a role in this campaign (campaignRole narrows it).' })
  @IsOptional() @IsString()
  campaignId?: string | null;

  @Field(() => RoleKind, { nullable: true })
  @IsOptional() @IsEnum(RoleKind, { message: 'Choose a campaign role from the list.' })
  campaignRole?: RoleKind | null;

  @Field(() => Int, { nullable: true, description: 'Latest assessment at this level or higher on any theme (1 to 3).' })
  @IsOptional() @IsInt() @Min(1, { message: 'Leadership level is 1, 2 or 3.' }) @Max(3, { message: 'Leadership level is 1, 2 or 3.' })
  minLeadershipLevel?: number | null;

  @Field(() => String, { nullable: true, description: 'Last meeting before this date (people never met are left out).' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: DATE_MESSAGE('Last contact before') })
  lastContactBefore?: string | null;

  @Field(() => String, { nullable: true, description: 'Last meeting on or after this date.' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: DATE_MESSAGE('Last contact after') })
  lastContactAfter?: string | null;

  @Field(() => Int, { nullable: true, description: 'At least this many turnout asks in the last 30 days.' })
  @IsOptional() @IsInt() @Min(0, { message: 'Asks in 30 days cannot be negative.' }) @Max(1000)
  minAsks30Days?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this many turnout asks in the last 30 days.' })
  @IsOptional() @IsInt() @Min(0, { message: 'Asks in 30 days cannot be negative.' }) @Max(1000)
  maxAsks30Days?: number | null;

  @Field(() => String, { nullable: true, description: 'First membership (organization or team) on or after this date.' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: DATE_MESSAGE('Member since (from)') })
  memberSinceFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'First membership before this date.' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: DATE_MESSAGE('Member since (before)') })
  memberSinceBefore?: string | null;
  @Field(() => [CustomFieldFilter], { nullable: true, description: 'Only people with all these custom field values.' })
  @IsOptional() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => CustomFieldFilter)
  customFields?: CustomFieldFilter[] | null;
}

@InputType()
export class PeopleListArgsInput {
  @Field(() => PeopleFilterInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => PeopleFilterInput)
  filter?: PeopleFilterInput | null;

  @Field(() => PeopleSortBy, { defaultValue: PeopleSortBy.NAME })
  @IsEnum(PeopleSortBy, { message: 'Sort by name, zip, region, date added or date updated.' })
  sortBy: PeopleSortBy = PeopleSortBy.NAME;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  descending = false;

  @Field(() => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' })
  @IsInt() @Min(1, { message: 'first must be at least 1' }) @Max(100, { message: 'first can be at most 100' })
  first = 25;

  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip (the page number times the page size).' })
  @IsInt() @Min(0) @Max(1_000_000)
  offset = 0;
}

@ObjectType()
export class PeopleList {
  @Field(() => [Person]) nodes: Person[];
  @Field(() => Int) totalCount: number;
}

@InputType()
export class SaveListInput {
  @Field()
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'Name the list.' }) @MaxLength(100, { message: 'A list name can be at most 100 characters.' })
  name: string;

  @Field(() => PeopleFilterInput)
  @ValidateNested() @Type(() => PeopleFilterInput)
  filter: PeopleFilterInput;

  @Field(() => PeopleSortBy, { defaultValue: PeopleSortBy.NAME })
  @IsEnum(PeopleSortBy)
  sortBy: PeopleSortBy = PeopleSortBy.NAME;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  descending = false;

  @Field(() => [String], { nullable: true, description: 'The columns shown, in order.' })
  @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true })
  columns?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Share with everyone working in this region; null keeps the list private.' })
  @IsOptional() @IsString()
  sharedWithRegionId?: string | null;
}

@ObjectType({ description: 'A named filter. Opening it runs the filter again, so it always shows who matches now.' })
export class SavedList {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The filter as JSON (a PeopleFilterInput).' }) filter: string;
  @Field(() => PeopleSortBy) sortBy: PeopleSortBy;
  @Field() descending: boolean;
  @Field(() => [String]) columns: string[];
  @Field(() => ID, { nullable: true, description: 'The region it is shared with; null when private.' }) sharedWithRegionId: string | null;
  @Field() mine: boolean;
  @Field() createdAt: string;
  @Field(() => ListEntity) entity: ListEntity;
  @Field(() => OrganizationsSortBy, { nullable: true, description: 'For a list of organizations: its sort (sortBy is NAME).' }) organizationsSortBy: OrganizationsSortBy | null;
}

export enum ListEntity {
  PEOPLE = 'PEOPLE',
  ORGANIZATIONS = 'ORGANIZATIONS',
}
registerEnumType(ListEntity, { name: 'ListEntity', description: 'What a saved list lists.' });

export enum BulkActionKind {
  ADD_TAGS = 'ADD_TAGS',
  REMOVE_TAGS = 'REMOVE_TAGS',
  ASSIGN_CONNECTOR = 'ASSIGN_CONNECTOR',
  UNASSIGN_CONNECTOR = 'UNASSIGN_CONNECTOR',
}
registerEnumType(BulkActionKind, { name: 'BulkActionKind' });

@InputType({ description: 'The people a bulk action is for: the chosen ones, or everyone a filter matches now.' })
export class BulkTargetInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional() @IsString({ each: true }) @ArrayMaxSize(5000, { message: 'Choose at most 5,000 people at a time.' })
  personIds?: string[] | null;

  @Field(() => PeopleFilterInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => PeopleFilterInput)
  filter?: PeopleFilterInput | null;
}

@InputType()
export class BulkPeopleInput {
  @Field(() => BulkTargetInput)
  @ValidateNested() @Type(() => BulkTargetInput)
  target: BulkTargetInput;

  @Field(() => BulkActionKind)
  @IsIn(Object.values(BulkActionKind), { message: 'Choose what to do with the chosen people.' })
  action: BulkActionKind;

  @Field(() => [String], { nullable: true, description: 'For ADD_TAGS and REMOVE_TAGS.' })
  @Transform(cleanList) @IsOptional() @ArrayMaxSize(10, { message: 'Add or remove at most 10 tags at a time.' })
  @MaxLength(50, { each: true, message: 'A tag can be at most 50 characters.' })
  tags?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'For ASSIGN_CONNECTOR and UNASSIGN_CONNECTOR: the connector’s account.' })
  @IsOptional() @IsString()
  accountId?: string | null;
}

@ObjectType({ description: 'What a bulk action did.' })
export class BulkResult {
  @Field(() => ID, { nullable: true, description: 'Null when nothing needed changing.' }) id: string | null;
  @Field({ middleware: [inReadersLanguage] }) summary: string;
  @Field(() => Int, { description: 'People changed.' }) changed: number;
  @Field(() => Int, { description: 'People the action did not need to change (they already were that way).' }) unchanged: number;
  @Field(() => [String], { description: 'Names of people left as they were (on undo: changed by someone since).' }) skipped: string[];
}

@InputType({ description: 'Turnout asks for the chosen people or a whole list.' })
export class BulkTurnoutAskInput {
  @Field(() => ID)
  @IsString() @IsNotEmpty({ message: 'Choose the event to ask people to.' })
  eventId: string;

  @Field(() => BulkTargetInput)
  @ValidateNested() @Type(() => BulkTargetInput)
  target: BulkTargetInput;

  @Field(() => Boolean, { defaultValue: false, description: 'Ask those at the ask limit too.' })
  @IsBoolean()
  confirmOverLimit = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Ask only those below the ask limit; the others are named in skipped.' })
  @IsBoolean()
  leaveOutOverLimit = false;
}

@InputType({ description: 'Invitations to an event for the chosen people or a whole list.' })
export class BulkInviteInput {
  @Field(() => ID)
  @IsString() @IsNotEmpty({ message: 'Choose the event to invite people to.' })
  eventId: string;

  @Field(() => BulkTargetInput)
  @ValidateNested() @Type(() => BulkTargetInput)
  target: BulkTargetInput;
}

@ObjectType({ description: 'A list or selection as CSV (the columns of /export/people.csv), recorded in the export log.' })
export class ListExport {
  @Field() csv: string;
  @Field(() => Int) rows: number;
}

@ObjectType({ description: 'One line of a call sheet.' })
export class CallSheetRow {
  @Field(() => Person) person: Person;
  @Field(() => String, { nullable: true, description: 'The first phone number, where the viewer may see it.' }) phone: string | null;
  @Field(() => String, { nullable: true, description: 'Date of the latest meeting they took part in.' }) lastContact: string | null;
  @Field(() => Int) asks30Days: number;
}

// Organizations lists

export enum OrganizationsSortBy {
  NAME = 'NAME',
  TYPE = 'TYPE',
  ZIP = 'ZIP',
  REGION = 'REGION',
  ADDED = 'ADDED',
  UPDATED = 'UPDATED',
}
registerEnumType(OrganizationsSortBy, { name: 'OrganizationsSortBy', description: 'A column an organizations list can be sorted by.' });
const _orgSortsMatch: Record<OrganizationsSortBy, unknown> = ORGANIZATION_SORTS satisfies Record<OrganizationSortColumn, string>;
void _orgSortsMatch;

@InputType({ description: 'Which organizations a list shows. Every condition is optional; those given must all hold.' })
export class OrganizationsFilterInput {
  @Field(() => String, { nullable: true, description: 'Name, zip or issue area contains this text.' })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(200, { message: 'Search at most 200 characters.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsString()
  regionId?: string | null;

  @Field(() => [OrganizationType], { nullable: true, description: 'Any of these kinds of organization.' })
  @IsOptional() @IsEnum(OrganizationType, { each: true, message: 'Kinds are partner, affiliate group or institution.' })
  types?: OrganizationType[] | null;

  @Field(() => [LedBy], { nullable: true, description: 'Led by any of these communities.' })
  @IsOptional() @IsEnum(LedBy, { each: true, message: 'Choose who leads it from the list.' })
  ledBy?: LedBy[] | null;

  @Field(() => [String], { nullable: true, description: 'All of these issue areas.' })
  @Transform(cleanList) @IsOptional() @ArrayMaxSize(20, { message: 'Filter by at most 20 issue areas.' }) @MaxLength(100, { each: true })
  issueAreas?: string[] | null;

  @Field(() => String, { nullable: true, description: 'With withinMiles: organizations whose zip lies within that distance of this zip.' })
  @Transform(trimOrNull) @IsOptional() @Matches(ZIP_PATTERN, { message: 'Near zip: enter a 5-digit ZIP code, like 60614.' })
  nearZip?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0, { message: 'Distance must be 0 to 100 miles.' }) @Max(100, { message: 'Distance must be 0 to 100 miles.' })
  withinMiles?: number | null;

  @Field(() => [CustomFieldFilter], { nullable: true, description: 'Only organizations with all these custom field values.' })
  @IsOptional() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => CustomFieldFilter)
  customFields?: CustomFieldFilter[] | null;
}

@InputType()
export class OrganizationsListArgsInput {
  @Field(() => OrganizationsFilterInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => OrganizationsFilterInput)
  filter?: OrganizationsFilterInput | null;

  @Field(() => OrganizationsSortBy, { defaultValue: OrganizationsSortBy.NAME })
  @IsEnum(OrganizationsSortBy, { message: 'Sort by name, kind, zip, region, date added or date updated.' })
  sortBy: OrganizationsSortBy = OrganizationsSortBy.NAME;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  descending = false;

  @Field(() => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' })
  @IsInt() @Min(1, { message: 'first must be at least 1' }) @Max(100, { message: 'first can be at most 100' })
  first = 25;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt() @Min(0) @Max(1_000_000)
  offset = 0;
}

@ObjectType()
export class OrganizationsList {
  @Field(() => [Organization]) nodes: Organization[];
  @Field(() => Int) totalCount: number;
}

@InputType({ description: 'The organizations a bulk action is for: the chosen ones, or everyone a filter matches now.' })
export class OrganizationsTargetInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional() @IsString({ each: true }) @ArrayMaxSize(5000, { message: 'Choose at most 5,000 organizations at a time.' })
  organizationIds?: string[] | null;

  @Field(() => OrganizationsFilterInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => OrganizationsFilterInput)
  filter?: OrganizationsFilterInput | null;
}

@InputType({ description: 'Adds organizations to a campaign’s endorsement pipeline (as “to ask”).' })
export class BulkEndorsementPipelineInput {
  @Field(() => ID)
  @IsString() @IsNotEmpty({ message: 'Choose the campaign.' })
  campaignId: string;

  @Field(() => OrganizationsTargetInput)
  @ValidateNested() @Type(() => OrganizationsTargetInput)
  target: OrganizationsTargetInput;
}

@InputType()
export class SaveOrganizationListInput {
  @Field()
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'Name the list.' }) @MaxLength(100, { message: 'A list name can be at most 100 characters.' })
  name: string;

  @Field(() => OrganizationsFilterInput)
  @ValidateNested() @Type(() => OrganizationsFilterInput)
  filter: OrganizationsFilterInput;

  @Field(() => OrganizationsSortBy, { defaultValue: OrganizationsSortBy.NAME })
  @IsEnum(OrganizationsSortBy)
  sortBy: OrganizationsSortBy = OrganizationsSortBy.NAME;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  descending = false;

  @Field(() => [String], { nullable: true, description: 'The columns shown, in order.' })
  @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true })
  columns?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Share with everyone working in this region; null keeps the list private.' })
  @IsOptional() @IsString()
  sharedWithRegionId?: string | null;
}
