import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DATE_PATTERN, trim, trimOrNull, ZIP_PATTERN } from '../../common/input.js';
import { Person } from '../people/models/person.model.js';

export enum RsvpStatus {
  YES = 'YES',
  MAYBE = 'MAYBE',
  NO = 'NO',
  INVITED = 'INVITED',
}
registerEnumType(RsvpStatus, {
  name: 'RsvpStatus',
  valuesMap: { INVITED: { description: 'Invited (a bulk invite from a list), no answer yet; an RSVP on the public page or by hand replaces it.' } },
});

export interface EventRecord {
  id: string;
  name: string;
  date: string;
  zip: string | null;
  location: string | null;
  notes: string | null;
  region: string;
  version: number;
  createdAt: string;
}

@ObjectType()
export class Event {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => String, { nullable: true }) zip: string | null;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Int) version: number;
  regionId: string;
  campaignId: string | null;
}

@ObjectType({ description: 'The answer to setting or removing an RSVP: the event as it is after the change (its RSVPs and history).' })
export class EventRsvpsPayload {
  @Field(() => Event) event: Event;
}

@ObjectType({ description: 'The answer to recording or removing attendance: the event as it is after the change (its attendance and history).' })
export class EventAttendancePayload {
  @Field(() => Event) event: Event;
}

@ObjectType({ description: 'The answer to asking people to attend: the event as it is after the change (its turnout asks).' })
export class TurnoutAsksPayload {
  @Field(() => Event) event: Event;
}

@ObjectType()
export class Rsvp {
  @Field(() => Person) person: Person;
  @Field(() => RsvpStatus) status: RsvpStatus;
  @Field({ description: 'Sent by the person through the event’s public RSVP page.' }) fromPublicPage: boolean;
  @Field(() => Person, { nullable: true, description: 'Who the RSVP named as the inviter, when that named exactly one person of the region.' }) invitedBy: Person | null;
  @Field(() => String, { nullable: true, description: 'What the RSVP said under “who invited you”, as typed.' }) invitedByText: string | null;
}

@ObjectType()
export class Attendance {
  @Field(() => Person) person: Person;
  @Field(() => Person, { nullable: true, description: 'Who brought them.' }) broughtBy: Person | null;
}

@ObjectType({ description: 'How often a person was asked to turn out lately (seed 000: don’t exhaust members).' })
export class AskLoad {
  @Field(() => Person) person: Person;
  @Field(() => Int) last30Days: number;
  @Field(() => Int) last90Days: number;
  @Field(() => Int, { description: 'Asks in 30 days before a new ask needs confirming.' }) limit: number;
  @Field({ description: 'Already at or over the limit: one more ask would over-ask them.' }) atLimit: boolean;
}

@ObjectType()
export class TurnoutAsk {
  @Field(() => ID) id: string;
  @Field(() => Person) person: Person;
  @Field() at: string;
  @Field(() => String, { nullable: true }) askedByName: string | null;
}

@InputType()
export class EventInput {
  @Field()
  @Transform(trim)
  @IsString() @IsNotEmpty({ message: 'Enter a name.' }) @MaxLength(200, { message: 'A name can be at most 200 characters.' })
  name: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Transform(trim) @Matches(DATE_PATTERN, { message: 'Enter the date as YYYY-MM-DD, like 2024-03-15.' })
  date: string;

  @Field(() => ID)
  @IsString() @IsNotEmpty({ message: 'Choose a region.' })
  regionId: string;

  @Field(() => ID, { nullable: true, description: 'The campaign it turns people out for.' })
  @Transform(trimOrNull) @IsOptional() @IsString()
  campaignId?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull) @IsOptional() @Matches(ZIP_PATTERN, { message: 'Enter a 5-digit ZIP code, like 60614 (or ZIP+4, like 60614-1234).' })
  zip?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(300, { message: 'A location can be at most 300 characters.' })
  location?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(20_000, { message: 'Notes can be at most 20,000 characters.' })
  notes?: string | null;
}

@InputType()
export class AttendeeInput {
  @Field(() => ID) @IsString() @IsNotEmpty() personId: string;
  @Field(() => ID, { nullable: true, description: 'Who brought them.' }) @Transform(trimOrNull) @IsOptional() @IsString() broughtById?: string | null;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID) @IsString() @IsNotEmpty() eventId: string;
  @Field(() => [AttendeeInput])
  @IsArray() @ArrayMaxSize(2000, { message: 'At most 2,000 attendees at a time.' }) @ValidateNested({ each: true }) @Type(() => AttendeeInput)
  attendees: AttendeeInput[];
}

@InputType()
export class RsvpInput {
  @Field(() => ID) @IsString() @IsNotEmpty() eventId: string;
  @Field(() => ID) @IsString() @IsNotEmpty() personId: string;
  @Field(() => RsvpStatus) @IsEnum(RsvpStatus, { message: 'Choose yes, maybe or no.' }) status: RsvpStatus;
}
