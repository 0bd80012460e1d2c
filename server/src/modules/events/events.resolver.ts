import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Campaign } from '../campaigns/campaign.model.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { Person } from '../people/models/person.model.js';
import { Region } from '../regions/region.model.js';
import { RegionsService } from '../regions/regions.service.js';
import { AskLoad, Attendance, AttendanceInput, Event, EventAttendancePayload, EventInput, EventRsvpsPayload, Rsvp, RsvpInput, TurnoutAsk, TurnoutAsksPayload } from './event.model.js';
import { EventsService } from './events.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@Resolver(() => Event)
export class EventsResolver {
  constructor(
    private readonly service: EventsService,
    private readonly regions: RegionsService,
    private readonly campaigns: CampaignsService,
  ) {}

  @Query(() => [Event], { description: 'Events in the viewer’s regions by date; `from` YYYY-MM-DD.' })
  events(
    @CurrentViewer() viewer: Viewer,
    @Args('regionId', { type: () => ID, nullable: true }) regionId?: string,
    @Args('campaignId', { type: () => ID, nullable: true }) campaignId?: string,
    @Args('from', { type: () => String, nullable: true }) from?: string,
  ): Promise<Event[]> {
    return this.service.list(viewer, regionId, campaignId, from);
  }

  @Query(() => Event)
  event(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Event> {
    return this.service.get(viewer, id);
  }

  @Query(() => [AskLoad], { description: 'Turnout asks each person received lately, to check before asking again.' })
  askLoad(@CurrentViewer() viewer: Viewer, @Args('personIds', { type: () => [ID] }) personIds: string[]): Promise<AskLoad[]> {
    return this.service.askLoad(viewer, personIds);
  }

  @Mutation(() => Event)
  @Idempotent(EventsService, (s, viewer, id) => s.get(viewer, id))
  createEvent(@CurrentViewer() viewer: Viewer, @Args('input') input: EventInput): Promise<Event> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Event, { description: 'Edits an event. CONFLICT when someone saved it since `version`. Leaders, staff and admins.' })
  updateEvent(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: EventInput,
  ): Promise<Event> {
    return this.service.update(viewer, id, version, input);
  }

  @Mutation(() => ID, { description: 'Deletes an event with its RSVPs, attendance and turnout asks (memberships stay). Leaders, staff and admins.' })
  deleteEvent(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(viewer, id);
  }

  @Mutation(() => EventRsvpsPayload, { description: 'Removes a person’s RSVP; answers with the event after the change.' })
  async removeRsvp(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<EventRsvpsPayload> {
    return { event: await this.service.removeRsvp(viewer, eventId, personId) };
  }

  @Mutation(() => EventAttendancePayload, { description: 'Takes a person off the attendance (membership it brought stays); answers with the event after the change.' })
  async removeAttendance(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<EventAttendancePayload> {
    return { event: await this.service.removeAttendance(viewer, eventId, personId) };
  }

  @Mutation(() => EventRsvpsPayload, { description: 'Answers with the event after the change.' })
  async setRsvp(@CurrentViewer() viewer: Viewer, @Args('input') input: RsvpInput): Promise<EventRsvpsPayload> {
    return { event: await this.service.rsvp(viewer, input.eventId, input.personId, input.status) };
  }

  @Mutation(() => EventAttendancePayload, { description: 'Records who came and who brought them; attendees become members (seed 002). Answers with the event after the change.' })
  async recordAttendance(@CurrentViewer() viewer: Viewer, @Args('input') input: AttendanceInput): Promise<EventAttendancePayload> {
    return { event: await this.service.recordAttendance(viewer, input) };
  }

  @Mutation(() => TurnoutAsksPayload, { description: 'FAILED_PRECONDITION when the campaign is not mobilizing, or someone is at the ask limit and confirmOverLimit is false. Answers with the event after the change.' })
  async askToAttend(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('personIds', { type: () => [ID] }) personIds: string[],
    @Args('confirmOverLimit', { defaultValue: false }) confirmOverLimit: boolean,
  ): Promise<TurnoutAsksPayload> {
    return { event: await this.service.ask(viewer, eventId, personIds, confirmOverLimit) };
  }

  @ResolveField(() => Region)
  async region(@Parent() e: Event): Promise<Region> {
    return (await this.regions.byId(e.regionId)) ?? { id: e.regionId, name: 'Unknown region' };
  }

  @ResolveField(() => Campaign, { nullable: true })
  campaign(@CurrentViewer() viewer: Viewer, @Parent() e: Event): Promise<Campaign | null> {
    return e.campaignId ? this.campaigns.get(viewer, e.campaignId).catch(() => null) : Promise.resolve(null);
  }

  @ResolveField(() => [Rsvp])
  rsvps(@CurrentViewer() viewer: Viewer, @Parent() e: Event): Promise<Rsvp[]> {
    return this.service.rsvps(viewer, e.id);
  }

  @ResolveField(() => [Attendance])
  attendance(@CurrentViewer() viewer: Viewer, @Parent() e: Event): Promise<Attendance[]> {
    return this.service.attendance(viewer, e.id);
  }

  @ResolveField(() => [TurnoutAsk])
  turnoutAsks(@CurrentViewer() viewer: Viewer, @Parent() e: Event): Promise<TurnoutAsk[]> {
    return this.service.asks(viewer, e.id);
  }
}

@Resolver(() => Person)
export class PersonAskLoadResolver {
  constructor(private readonly service: EventsService) {}

  @ResolveField(() => AskLoad, { description: 'Turnout asks this person received lately.' })
  async askLoad(@CurrentViewer() viewer: Viewer, @Parent() p: Person): Promise<AskLoad> {
    return (await this.service.askLoad(viewer, [p.id]))[0];
  }
}
