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
import { PEOPLE_COMPUTED_SORTS, PEOPLE_SORTS, type PeopleComputedSort, type PeopleSortColumn } from './lists.queries.js';
import { OrganizationListQueries, type OrganizationSortColumn } from './organization-lists.queries.js';

export enum PeopleSortBy {
  NAME = 'NAME',
  ZIP = 'ZIP',
  REGION = 'REGION',
  ADDED = 'ADDED',
  UPDATED = 'UPDATED',
  /** The latest meeting the person took part in; never met sorts first ascending. */
  LAST_CONTACT = 'LAST_CONTACT',
  /** Turnout asks in the last 30 days. */
  ASKS_30_DAYS = 'ASKS_30_DAYS',
  /** The highest level of their latest assessment on any theme (0 when never assessed). */
  LEADERSHIP_LEVEL = 'LEADERSHIP_LEVEL',
}
registerEnumType(PeopleSortBy, { name: 'PeopleSortBy', description: 'A column a people list can be sorted by.' });
// Every sort the API offers has its own fixed query, or is one of the computed columns the service sorts by.
const _sortsMatch: Record<PeopleSortBy, unknown> = {
  ...(PEOPLE_SORTS satisfies Record<PeopleSortColumn, string>),
  ...(Object.fromEntries(PEOPLE_COMPUTED_SORTS.map((c) => [c, c])) as Record<PeopleComputedSort, string>),
};
void _sortsMatch;

const DATE_MESSAGE = (what: string) => `${what}: enter a date as YYYY-MM-DD, like 2026-03-01.`;

/** The conditions people and organizations lists share, validated once: region, distance from a zip, custom fields. */
@InputType({ isAbstract: true })
export abstract class ListFilterBase {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsString()
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: 'With withinMiles: records whose zip lies within that distance of this zip.' })
  @Transform(trimOrNull) @IsOptional() @Matches(ZIP_PATTERN, { message: 'Near zip: enter a 5-digit ZIP code, like 60614.' })
  nearZip?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0, { message: 'Distance must be 0 to 100 miles.' }) @Max(100, { message: 'Distance must be 0 to 100 miles.' })
  withinMiles?: number | null;

  @Field(() => [CustomFieldFilter], { nullable: true, description: 'Only records with all these custom field values.' })
  @IsOptional() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => CustomFieldFilter)
  customFields?: CustomFieldFilter[] | null;
}

/** The order and page of a list, for people and organizations alike (each adds its own sortBy). */
@InputType({ isAbstract: true })
export abstract class ListPageBase {
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

/** What saving a list of people or of organizations takes besides its filter and sort. */
@InputType({ isAbstract: true })
export abstract class SaveListBase {
  @Field()
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'Name the list.' }) @MaxLength(100, { message: 'A list name can be at most 100 characters.' })
  name: string;

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

@InputType({ description: 'Which people a list shows. Every condition is optional; those given must all hold.' })
export class PeopleFilterInput extends ListFilterBase {
  @Field(() => String, { nullable: true, description: 'Name or zip contains this text; or email or phone where the viewer may see them.' })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(200, { message: 'Search at most 200 characters.' })
  search?: string | null;

  @Field(() => [PersonKind], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional() @IsEnum(PersonKind, { each: true, message: 'Kinds are member, leader, ally or target.' })
  kinds?: PersonKind[] | null;

  @Field(() => [String], { nullable: true, description: 'All of these tags.' })
  @Transform(cleanList) @IsOptional() @ArrayMaxSize(20, { message: 'Filter by at most 20 tags.' }) @MaxLength(50, { each: true, message: 'A tag can be at most 50 characters.' })
  tags?: string[] | null;

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
}

@InputType()
export class PeopleListArgsInput extends ListPageBase {
  @Field(() => PeopleFilterInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => PeopleFilterInput)
  filter?: PeopleFilterInput | null;

  @Field(() => PeopleSortBy, { defaultValue: PeopleSortBy.NAME })
  @IsEnum(PeopleSortBy, { message: 'Sort by name, zip, region, date added, date updated, last contact, asks in 30 days or leadership level.' })
  sortBy: PeopleSortBy = PeopleSortBy.NAME;
}

@ObjectType({ description: 'Columns of a people list computed from relationships, for one person on the page.' })
export class PersonListFacts {
  @Field(() => ID) personId: string;
  @Field(() => String, { nullable: true, description: 'Date of the latest meeting they took part in.' }) lastContact: string | null;
  @Field(() => Int, { description: 'Turnout asks in the last 30 days.' }) asks30Days: number;
  @Field(() => Int, { description: 'The highest level of their latest assessment on any theme; 0 when never assessed.' }) leadershipLevel: number;
}

@ObjectType()
export class PeopleList {
  @Field(() => [Person]) nodes: Person[];
  @Field(() => Int) totalCount: number;
}

@InputType()
export class SaveListInput extends SaveListBase {
  @Field(() => PeopleFilterInput)
  @ValidateNested() @Type(() => PeopleFilterInput)
  filter: PeopleFilterInput;

  @Field(() => PeopleSortBy, { defaultValue: PeopleSortBy.NAME })
  @IsEnum(PeopleSortBy)
  sortBy: PeopleSortBy = PeopleSortBy.NAME;
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

export enum BulkStatus {
  DONE = 'DONE',
  RUNNING = 'RUNNING',
  FAILED = 'FAILED',
  STOPPED = 'STOPPED',
}
registerEnumType(BulkStatus, {
  name: 'BulkStatus',
  description: 'A large bulk action runs in parts: RUNNING until the last; FAILED when a part failed, STOPPED when the server stopped meanwhile (the parts done can be undone).',
});

@ObjectType({ description: 'What a bulk action did, or, while a large one runs, how far it is.' })
export class BulkResult {
  @Field(() => ID, { nullable: true, description: 'Null when nothing needed changing.' }) id: string | null;
  @Field({ middleware: [inReadersLanguage] }) summary: string;
  @Field(() => Int, { description: 'People changed.' }) changed: number;
  @Field(() => Int, { description: 'People the action did not need to change (they already were that way).' }) unchanged: number;
  @Field(() => [String], { description: 'Names of people left as they were (on undo: changed by someone since).' }) skipped: string[];
  @Field(() => BulkStatus) status: BulkStatus;
  @Field(() => Int, { description: 'Records gone through so far (all of them once DONE).' }) done: number;
  @Field(() => Int, { description: 'Records the action is for.' }) total: number;
  @Field(() => String, { nullable: true, description: 'Why it stopped, when FAILED.' }) error: string | null;
}

/** A bulk action's outcome as the services give it: one that ran at once leaves the progress fields to BulkResults.done. */
export type BulkOutcome = Omit<BulkResult, 'status' | 'done' | 'total' | 'error'> & Partial<Pick<BulkResult, 'status' | 'done' | 'total' | 'error'>>;

export const BulkResults = {
  /** An outcome with its progress: one that ran at once went through everyone it was for. */
  withProgress(r: BulkOutcome): BulkResult {
    const total = r.changed + r.unchanged + r.skipped.length;
    return { status: BulkStatus.DONE, done: total, total, error: null, ...r };
  },
};

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
  /** The latest meeting someone spoke for the organization at. */
  LAST_CONTACT = 'LAST_CONTACT',
  /** How many people are its members. */
  MEMBERS = 'MEMBERS',
}
registerEnumType(OrganizationsSortBy, { name: 'OrganizationsSortBy', description: 'A column an organizations list can be sorted by.' });
const _orgSortsMatch: Record<OrganizationsSortBy, unknown> = OrganizationListQueries.page satisfies Record<OrganizationSortColumn, unknown>;
void _orgSortsMatch;

@InputType({ description: 'Which organizations a list shows. Every condition is optional; those given must all hold.' })
export class OrganizationsFilterInput extends ListFilterBase {
  @Field(() => String, { nullable: true, description: 'Name, zip or issue area contains this text.' })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(200, { message: 'Search at most 200 characters.' })
  search?: string | null;

  @Field(() => [OrganizationType], { nullable: true, description: 'Any of these kinds of organization.' })
  @IsOptional() @IsEnum(OrganizationType, { each: true, message: 'Kinds are partner, affiliate group or institution.' })
  types?: OrganizationType[] | null;

  @Field(() => [LedBy], { nullable: true, description: 'Led by any of these communities.' })
  @IsOptional() @IsEnum(LedBy, { each: true, message: 'Choose who leads it from the list.' })
  ledBy?: LedBy[] | null;

  @Field(() => [String], { nullable: true, description: 'All of these issue areas.' })
  @Transform(cleanList) @IsOptional() @ArrayMaxSize(20, { message: 'Filter by at most 20 issue areas.' }) @MaxLength(100, { each: true })
  issueAreas?: string[] | null;
}

@InputType()
export class OrganizationsListArgsInput extends ListPageBase {
  @Field(() => OrganizationsFilterInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => OrganizationsFilterInput)
  filter?: OrganizationsFilterInput | null;

  @Field(() => OrganizationsSortBy, { defaultValue: OrganizationsSortBy.NAME })
  @IsEnum(OrganizationsSortBy, { message: 'Sort by name, kind, zip, region, date added, date updated, last contact or members.' })
  sortBy: OrganizationsSortBy = OrganizationsSortBy.NAME;
}

@ObjectType({ description: 'Columns of an organizations list computed from relationships, for one organization on the page.' })
export class OrganizationListFacts {
  @Field(() => ID) organizationId: string;
  @Field(() => String, { nullable: true, description: 'Date of the latest meeting someone spoke for it at.' }) lastContact: string | null;
  @Field(() => Int, { description: 'People who are its members.' }) members: number;
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
export class SaveOrganizationListInput extends SaveListBase {
  @Field(() => OrganizationsFilterInput)
  @ValidateNested() @Type(() => OrganizationsFilterInput)
  filter: OrganizationsFilterInput;

  @Field(() => OrganizationsSortBy, { defaultValue: OrganizationsSortBy.NAME })
  @IsEnum(OrganizationsSortBy)
  sortBy: OrganizationsSortBy = OrganizationsSortBy.NAME;
}
