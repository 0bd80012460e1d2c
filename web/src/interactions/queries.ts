import type { PersonRef, Region } from '../types';
import { graphql } from '../gql';
import { t } from '../i18n/intl';
export type { FollowUpInput, LogInteractionInput, CorrectInteractionInput } from '../gql/graphql';

export type InteractionKind = 'ONE_TO_ONE' | 'HOUSE_MEETING' | 'RESEARCH_ACTION' | 'TEAM_MEETING' | 'TRAINING' | 'REGIONAL_CALL';

export const INTERACTION_KINDS: ReadonlyArray<{ value: InteractionKind; label: string }> = [
  { value: 'ONE_TO_ONE', get label() {
    return t('interactions.oneToOne');
  } },
  { value: 'HOUSE_MEETING', get label() {
    return t('interactions.houseMeeting');
  } },
  { value: 'RESEARCH_ACTION', get label() {
    return t('interactions.researchAction');
  } },
  { value: 'TEAM_MEETING', get label() {
    return t('interactions.teamMeeting');
  } },
  { value: 'TRAINING', get label() {
    return t('interactions.training');
  } },
  { value: 'REGIONAL_CALL', get label() {
    return t('interactions.regionalCall');
  } },
];

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
  /** Whether the viewer may correct or delete it (asked for where a page offers to). */
  canEdit?: boolean;
}

export const FOLLOW_UP_FIELDS = graphql(`
  fragment FollowUpFields on FollowUp {
    id
    text
    dueDate
    done
    doneAt
    overdue
    assigneeName
  }
`);

export const INTERACTION_FIELDS = graphql(`
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
`);

export const LOG_INTERACTION = graphql(`
  mutation LogInteraction($input: LogInteractionInput!, $idempotencyKey: String) {
    logInteraction(input: $input, idempotencyKey: $idempotencyKey) {
      ...InteractionFields
    }
  }
`);

/** The signed-in user's own person record: the host of what they log, by default. */
export const MY_PERSON = graphql(`
  query MyPerson {
    me {
      id
      person {
        id
        name
      }
    }
  }
`);

/** A person to preselect (from ?person=id). */
export const PERSON_TO_LOG = graphql(`
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
`);

/** Accounts a follow-up can be assigned to (leaders, staff and admins may list them; connectors may not). */
/** Whom a follow-up can go to: enabled accounts working in my regions (names and roles only). */
export const TEAMMATES = graphql(`
  query Teammates {
    teammates {
      id
      displayName
      role
    }
  }
`);

export interface TieActivity {
  person: PersonRef;
  strength: number;
  derivedStrength: number;
  lastContact: string | null;
  interactionCount: number;
}

export const PERSON_INTERACTIONS = graphql(`
  query PersonInteractions($id: ID!, $limit: Int!) {
    person(id: $id) {
      id
      interactions(limit: $limit) {
        ...InteractionFields
        canEdit
      }
    }
  }
`);

/** Ties with what the logged meetings made of them (read without the cache: the person page keeps its own ties). */
export const PERSON_TIE_ACTIVITY = graphql(`
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
`);

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

export const MY_FOLLOW_UPS = graphql(`
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
`);

export const SET_FOLLOW_UP_DONE = graphql(`
  mutation SetFollowUpDone($id: ID!, $done: Boolean!) {
    setFollowUpDone(id: $id, done: $done) {
      ...FollowUpFields
    }
  }
`);

/** A record as a meeting's form shows and picks it. */
export type MeetingRecord = PersonRef & { zip: string | null; region: Region };

export interface Meeting {
  id: string;
  kind: InteractionKind;
  date: string;
  notes: string | null;
  loggedByName: string | null;
  version: number;
  canEdit: boolean;
  host: MeetingRecord | null;
  participants: MeetingRecord[];
  organizations: MeetingRecord[];
  followUps: FollowUp[];
}

export const MEETING_FIELDS = graphql(`
  fragment MeetingFields on Interaction {
    id
    kind
    date
    notes
    loggedByName
    version
    canEdit
    host {
      id
      name
      zip
      region {
        id
        name
      }
    }
    participants {
      id
      name
      zip
      region {
        id
        name
      }
    }
    organizations {
      id
      name
      zip
      region {
        id
        name
      }
    }
    followUps {
      ...FollowUpFields
    }
  }
`);

export const MEETING = graphql(`
  query Meeting($id: ID!) {
    interaction(id: $id) {
      ...MeetingFields
    }
  }
`);

export const CORRECT_INTERACTION = graphql(`
  mutation CorrectInteraction($input: CorrectInteractionInput!) {
    correctInteraction(input: $input) {
      ...MeetingFields
    }
  }
`);

export const DELETE_INTERACTION = graphql(`
  mutation DeleteInteraction($id: ID!, $version: Int!) {
    deleteInteraction(id: $id, version: $version)
  }
`);

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
