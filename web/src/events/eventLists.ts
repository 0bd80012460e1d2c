import type { ApolloCache } from '@apollo/client';
import { graphql } from '../gql';
import type { EventListsFragment } from '../gql/graphql';

/** The event's lists that mutations answer with whole (RSVPs, turnout asks); rows are fragments beside their sections. */
const EVENT_LISTS = graphql(`
  fragment EventLists on Event {
    id
    rsvps {
      ...RsvpFields
    }
    turnoutAsks {
      ...TurnoutAskFields
    }
  }
`);

/** Puts a list a mutation answered with (the event's RSVPs or turnout asks after the change) into the cached event. */
export function writeEventList(cache: ApolloCache, eventId: string, lists: Partial<Pick<EventListsFragment, 'rsvps' | 'turnoutAsks'>>) {
  const id = cache.identify({ __typename: 'Event', id: eventId });
  const current = cache.readFragment({ id, fragment: EVENT_LISTS, fragmentName: 'EventLists' });
  if (current) cache.writeFragment({ id, fragment: EVENT_LISTS, fragmentName: 'EventLists', data: { ...current, ...lists } });
}
