import { Args, Field, ID, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Event } from '../events/event.model.js';
import { EventsService } from '../events/events.service.js';
import { RsvpPageService } from './rsvp-page.service.js';

@ObjectType({ description: 'An event’s public RSVP page: anyone with its address may RSVP, without signing in.' })
export class RsvpPage {
  @Field({ description: 'The page takes RSVPs.' }) on: boolean;
  @Field(() => String, { nullable: true, description: 'The page’s address is /rsvp/<token>; null until first turned on. Kept when turned off and on again.' })
  token: string | null;
}

@Resolver(() => Event)
export class RsvpPageResolver {
  constructor(
    private readonly service: RsvpPageService,
    private readonly events: EventsService,
  ) {}

  @ResolveField(() => RsvpPage)
  rsvpPage(@CurrentViewer() viewer: Viewer, @Parent() e: Event): Promise<RsvpPage> {
    return this.service.settings(viewer, e.id);
  }

  @Mutation(() => Event, { description: 'Opens or closes the event’s public RSVP page (leaders, staff and admins).' })
  async setEventRsvpPage(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('on') on: boolean): Promise<Event> {
    await this.service.setOpen(viewer, id, on);
    return this.events.get(viewer, id);
  }
}
