import type { CampaignStatus } from '../campaigns/options';
import type { MobilizationGateFieldsFragment as MobilizationGate, RsvpFieldsFragment, TurnoutAskFieldsFragment } from '../gql/graphql';
import type { Change, PersonRef, Region } from '../types';
import { graphql } from '../gql';
export type { EventInput } from '../gql/graphql';

export interface EventRow {
  id: string;
  name: string;
  date: string;
  location: string | null;
  region: Region;
  campaign: { id: string; name: string; status: CampaignStatus } | null;
}

export const EVENTS = graphql(`
  query Events($from: String, $regionId: ID, $campaignId: ID) {
    events(from: $from, regionId: $regionId, campaignId: $campaignId) {
      id
      name
      date
      location
      region {
        id
        name
      }
      campaign {
        id
        name
        status
      }
    }
  }
`);

export interface EventDetail extends EventRow {
  zip: string | null;
  notes: string | null;
  version: number;
  campaign: (EventRow['campaign'] & { mobilizationGate: MobilizationGate }) | null;
  rsvps: RsvpFieldsFragment[];
  rsvpPage: { on: boolean; token: string | null };
  attendance: Array<{ person: PersonRef; broughtBy: PersonRef | null }>;
  turnoutAsks: TurnoutAskFieldsFragment[];
  history: Change[];
}

/**
 * Who answered, came and was asked, and the history they write: RSVP, attendance and turnout ask writes answer
 * with these as they are after the change, so the cache updates the event page.
 */
export const EVENT_TURNOUT = graphql(`
  fragment EventTurnout on Event {
    id
    rsvps {
      ...RsvpFields
    }
    attendance {
      person {
        id
        name
      }
      broughtBy {
        id
        name
      }
    }
    turnoutAsks {
      ...TurnoutAskFields
    }
    history(limit: 20) {
      ...ChangeFields
    }
  }
`);

export const EVENT = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      id
      name
      date
      location
      zip
      notes
      version
      region {
        id
        name
      }
      campaign {
        id
        name
        status
        mobilizationGate {
          ...MobilizationGateFields
        }
      }
      rsvpPage {
        on
        token
      }
      ...EventTurnout
    }
  }
`);

export const CREATE_EVENT = graphql(`
  mutation CreateEvent($input: EventInput!, $idempotencyKey: String) {
    createEvent(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const UPDATE_EVENT = graphql(`
  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {
    updateEvent(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const DELETE_EVENT = graphql(`
  mutation DeleteEvent($id: ID!) {
    deleteEvent(id: $id)
  }
`);

export const REMOVE_RSVP = graphql(`
  mutation RemoveRsvp($eventId: ID!, $personId: ID!) {
    removeRsvp(eventId: $eventId, personId: $personId) {
      event {
        ...EventTurnout
      }
    }
  }
`);

export const REMOVE_ATTENDANCE = graphql(`
  mutation RemoveAttendance($eventId: ID!, $personId: ID!) {
    removeAttendance(eventId: $eventId, personId: $personId) {
      event {
        ...EventTurnout
      }
    }
  }
`);

export const SET_RSVP = graphql(`
  mutation SetRsvp($input: RsvpInput!) {
    setRsvp(input: $input) {
      event {
        ...EventTurnout
      }
    }
  }
`);

export const RECORD_ATTENDANCE = graphql(`
  mutation RecordAttendance($input: AttendanceInput!) {
    recordAttendance(input: $input) {
      event {
        ...EventTurnout
      }
    }
  }
`);

export interface AskLoad {
  person: PersonRef;
  last30Days: number;
  last90Days: number;
  limit: number;
  atLimit: boolean;
}

export const ASK_LOAD = graphql(`
  query AskLoad($personIds: [ID!]!) {
    askLoad(personIds: $personIds) {
      last30Days
      last90Days
      limit
      atLimit
      person {
        id
        name
      }
    }
  }
`);

export const ASK_TO_ATTEND = graphql(`
  mutation AskToAttend($eventId: ID!, $personIds: [ID!]!, $confirmOverLimit: Boolean!) {
    askToAttend(eventId: $eventId, personIds: $personIds, confirmOverLimit: $confirmOverLimit) {
      event {
        ...EventTurnout
      }
    }
  }
`);

export const CAMPAIGN_OPTIONS = graphql(`
  query CampaignOptions($regionId: ID) {
    campaigns(regionId: $regionId) {
      id
      name
      status
    }
  }
`);
