import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PersonRef, Region, Role } from '../types';

export type InteractionKind = 'ONE_TO_ONE' | 'HOUSE_MEETING' | 'RESEARCH_ACTION' | 'TEAM_MEETING' | 'TRAINING' | 'REGIONAL_CALL';

export const INTERACTION_KINDS: ReadonlyArray<{ value: InteractionKind; label: string }> = [
  { value: 'ONE_TO_ONE', label: 'One-to-one' },
  { value: 'HOUSE_MEETING', label: 'House meeting' },
  { value: 'RESEARCH_ACTION', label: 'Research action' },
  { value: 'TEAM_MEETING', label: 'Team meeting' },
  { value: 'TRAINING', label: 'Training' },
  { value: 'REGIONAL_CALL', label: 'Regional call' },
];

export interface FollowUpInput {
  text: string;
  dueDate?: string | null;
  assigneeId?: string | null;
}

export interface LogInteractionInput {
  kind: InteractionKind;
  personIds: string[];
  organizationIds?: string[];
  date?: string | null;
  notes?: string | null;
  hostPersonId?: string | null;
  followUps?: FollowUpInput[];
}

export interface FollowUp {
  id: string;
  text: string;
  dueDate: string | null;
  done: boolean;
  doneAt: string | null;
  overdue: boolean;
  assigneeName: string | null;
}

export interface Interaction {
  id: string;
  kind: InteractionKind;
  date: string;
  notes: string | null;
  loggedByName: string | null;
  host: PersonRef | null;
  participants: PersonRef[];
  organizations: Array<{ id: string; name: string }>;
  followUps: FollowUp[];
}

const FOLLOW_UP_FIELDS = gql`
  fragment FollowUpFields on FollowUp {
    id
    text
    dueDate
    done
    doneAt
    overdue
    assigneeName
  }
`;

const INTERACTION_FIELDS = gql`
  fragment InteractionFields on Interaction {
    id
    kind
    date
    notes
    loggedByName
    host {
      id
      name
    }
    participants {
      id
      name
    }
    organizations {
      id
      name
    }
    followUps {
      ...FollowUpFields
    }
  }
  ${FOLLOW_UP_FIELDS}
`;

export const LOG_INTERACTION: TypedDocumentNode<{ logInteraction: Interaction }, { input: LogInteractionInput; idempotencyKey?: string }> = gql`
  mutation LogInteraction($input: LogInteractionInput!, $idempotencyKey: String) {
    logInteraction(input: $input, idempotencyKey: $idempotencyKey) {
      ...InteractionFields
    }
  }
  ${INTERACTION_FIELDS}
`;

/** The signed-in user's own person record: the host of what they log, by default. */
export const MY_PERSON: TypedDocumentNode<{ me: { id: string; person: PersonRef | null } | null }, Record<string, never>> = gql`
  query MyPerson {
    me {
      id
      person {
        id
        name
      }
    }
  }
`;

/** A person to preselect (from ?person=id). */
export const PERSON_TO_LOG: TypedDocumentNode<
  { person: PersonRef & { zip: string | null; region: Region } },
  { id: string }
> = gql`
  query PersonToLog($id: ID!) {
    person(id: $id) {
      id
      name
      zip
      region {
        id
        name
      }
    }
  }
`;

/** Accounts a follow-up can be assigned to (leaders, staff and admins may list them; connectors may not). */
/** Whom a follow-up can go to: enabled accounts working in my regions (names and roles only). */
export const TEAMMATES: TypedDocumentNode<{ teammates: Array<{ id: string; displayName: string; role: Role }> }, Record<string, never>> = gql`
  query Teammates {
    teammates {
      id
      displayName
      role
    }
  }
`;

export interface TieActivity {
  person: PersonRef;
  strength: number;
  derivedStrength: number;
  lastContact: string | null;
  interactionCount: number;
}

export const PERSON_INTERACTIONS: TypedDocumentNode<
  { person: { id: string; interactions: Interaction[] } },
  { id: string; limit: number }
> = gql`
  query PersonInteractions($id: ID!, $limit: Int!) {
    person(id: $id) {
      id
      interactions(limit: $limit) {
        ...InteractionFields
      }
    }
  }
  ${INTERACTION_FIELDS}
`;

/** Ties with what the logged meetings made of them (read without the cache: the person page keeps its own ties). */
export const PERSON_TIE_ACTIVITY: TypedDocumentNode<{ person: { id: string; ties: TieActivity[] } }, { id: string }> = gql`
  query PersonTieActivity($id: ID!) {
    person(id: $id) {
      id
      ties {
        strength
        derivedStrength
        lastContact
        interactionCount
        person {
          id
          name
        }
      }
    }
  }
`;

/** A follow-up with the meeting it came from (null when that meeting is outside the viewer's regions). */
export interface MyFollowUp extends FollowUp {
  interaction: {
    id: string;
    kind: InteractionKind;
    date: string;
    participants: Array<{ id: string; name: string }>;
    organizations: Array<{ id: string; name: string }>;
  } | null;
}

export const MY_FOLLOW_UPS: TypedDocumentNode<{ myFollowUps: MyFollowUp[] }, { includeDone: boolean }> = gql`
  query MyFollowUps($includeDone: Boolean!) {
    myFollowUps(includeDone: $includeDone) {
      ...FollowUpFields
      interaction {
        id
        kind
        date
        participants {
          id
          name
        }
        organizations {
          id
          name
        }
      }
    }
  }
  ${FOLLOW_UP_FIELDS}
`;

export const SET_FOLLOW_UP_DONE: TypedDocumentNode<{ setFollowUpDone: FollowUp }, { id: string; done: boolean }> = gql`
  mutation SetFollowUpDone($id: ID!, $done: Boolean!) {
    setFollowUpDone(id: $id, done: $done) {
      ...FollowUpFields
    }
  }
  ${FOLLOW_UP_FIELDS}
`;

export function kindName(kind: InteractionKind): string {
  return INTERACTION_KINDS.find((k) => k.value === kind)?.label ?? kind;
}

/** Today in the user's own time zone, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
