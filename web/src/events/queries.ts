import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CampaignStatus, RsvpStatus } from '../campaigns/options';
import type { MobilizationGate } from '../campaigns/queries';
import type { Change, PersonRef, Region } from '../types';
import { CHANGE_FIELDS } from '../lib/history';

export interface EventRow {
  id: string;
  name: string;
  date: string;
  location: string | null;
  region: Region;
  campaign: { id: string; name: string; status: CampaignStatus } | null;
}

export const EVENTS: TypedDocumentNode<
  { events: EventRow[] },
  { from?: string | null; regionId?: string | null; campaignId?: string | null }
> = gql`
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
`;

export interface TurnoutAsk {
  id: string;
  at: string;
  askedByName: string | null;
  person: PersonRef;
}

export interface EventDetail extends EventRow {
  zip: string | null;
  notes: string | null;
  version: number;
  campaign: (EventRow['campaign'] & { mobilizationGate: MobilizationGate }) | null;
  rsvps: Array<{ status: RsvpStatus; person: PersonRef; fromPublicPage: boolean; invitedBy: PersonRef | null; invitedByText: string | null }>;
  rsvpPage: { on: boolean; token: string | null };
  attendance: Array<{ person: PersonRef; broughtBy: PersonRef | null }>;
  turnoutAsks: TurnoutAsk[];
  history: Change[];
}

export const EVENT: TypedDocumentNode<{ event: EventDetail }, { id: string }> = gql`
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
          open
          conditions {
            key
            label
            met
            detail
          }
        }
      }
      rsvps {
        status
        fromPublicPage
        invitedByText
        invitedBy {
          id
          name
        }
        person {
          id
          name
        }
      }
      rsvpPage {
        on
        token
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
        id
        at
        askedByName
        person {
          id
          name
        }
      }
      history(limit: 20) {
        ...ChangeFields
      }
    }
  }
  ${CHANGE_FIELDS}
`;

export interface EventInput {
  name: string;
  date: string;
  regionId: string;
  campaignId?: string | null;
  location?: string | null;
  zip?: string | null;
  notes?: string | null;
}

export const CREATE_EVENT: TypedDocumentNode<{ createEvent: { id: string } }, { input: EventInput; idempotencyKey?: string }> = gql`
  mutation CreateEvent($input: EventInput!, $idempotencyKey: String) {
    createEvent(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`;

export const UPDATE_EVENT: TypedDocumentNode<{ updateEvent: { id: string; version: number } }, { id: string; version: number; input: EventInput }> = gql`
  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {
    updateEvent(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`;

export const DELETE_EVENT: TypedDocumentNode<{ deleteEvent: string }, { id: string }> = gql`
  mutation DeleteEvent($id: ID!) {
    deleteEvent(id: $id)
  }
`;

export const REMOVE_RSVP: TypedDocumentNode<{ removeRsvp: Array<{ status: RsvpStatus }> }, { eventId: string; personId: string }> = gql`
  mutation RemoveRsvp($eventId: ID!, $personId: ID!) {
    removeRsvp(eventId: $eventId, personId: $personId) {
      status
    }
  }
`;

export const REMOVE_ATTENDANCE: TypedDocumentNode<
  { removeAttendance: Array<{ person: PersonRef }> },
  { eventId: string; personId: string }
> = gql`
  mutation RemoveAttendance($eventId: ID!, $personId: ID!) {
    removeAttendance(eventId: $eventId, personId: $personId) {
      person {
        id
        name
      }
    }
  }
`;

export const SET_RSVP: TypedDocumentNode<
  { setRsvp: Array<{ status: RsvpStatus; person: PersonRef }> },
  { input: { eventId: string; personId: string; status: RsvpStatus } }
> = gql`
  mutation SetRsvp($input: RsvpInput!) {
    setRsvp(input: $input) {
      status
      person {
        id
        name
      }
    }
  }
`;

export const RECORD_ATTENDANCE: TypedDocumentNode<
  { recordAttendance: Array<{ person: PersonRef; broughtBy: PersonRef | null }> },
  { input: { eventId: string; attendees: Array<{ personId: string; broughtById?: string | null }> } }
> = gql`
  mutation RecordAttendance($input: AttendanceInput!) {
    recordAttendance(input: $input) {
      person {
        id
        name
      }
      broughtBy {
        id
        name
      }
    }
  }
`;

export interface AskLoad {
  person: PersonRef;
  last30Days: number;
  last90Days: number;
  limit: number;
  atLimit: boolean;
}

export const ASK_LOAD: TypedDocumentNode<{ askLoad: AskLoad[] }, { personIds: string[] }> = gql`
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
`;

export const ASK_TO_ATTEND: TypedDocumentNode<
  { askToAttend: TurnoutAsk[] },
  { eventId: string; personIds: string[]; confirmOverLimit: boolean }
> = gql`
  mutation AskToAttend($eventId: ID!, $personIds: [ID!]!, $confirmOverLimit: Boolean!) {
    askToAttend(eventId: $eventId, personIds: $personIds, confirmOverLimit: $confirmOverLimit) {
      id
      at
      askedByName
      person {
        id
        name
      }
    }
  }
`;

export const CAMPAIGN_OPTIONS: TypedDocumentNode<
  { campaigns: Array<{ id: string; name: string; status: CampaignStatus }> },
  { regionId?: string | null }
> = gql`
  query CampaignOptions($regionId: ID) {
    campaigns(regionId: $regionId) {
      id
      name
      status
    }
  }
`;
