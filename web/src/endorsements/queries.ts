import type { EndorsementStatus } from '../campaigns/options';
import type { Change, OrganizationRef, PersonRef } from '../types';
import { graphql } from '../gql';
export type { MoveEndorsementAskInput, EndorsementAskInput } from '../gql/graphql';

export interface EndorsementAsk {
  id: string;
  status: EndorsementStatus;
  version: number;
  nextStep: string | null;
  notes: string | null;
  askedOn: string | null;
  decidedOn: string | null;
  canEdit: boolean;
  organization: OrganizationRef;
  asker: PersonRef | null;
  history: Change[];
}

export const ASK_FIELDS = graphql(`
  fragment AskFields on EndorsementAsk {
    id
    status
    version
    nextStep
    notes
    askedOn
    decidedOn
    canEdit
    organization {
      id
      name
    }
    asker {
      id
      name
    }
    history(limit: 20) {
      ...ChangeFields
    }
  }
`);

export interface EndorsementBoard {
  campaign: { id: string; name: string };
  canRecordEndorsements: boolean;
  blockedReason: string | null;
  columns: Array<{ status: EndorsementStatus; asks: EndorsementAsk[] }>;
  partnersNotAsked: OrganizationRef[];
}

export const ENDORSEMENT_BOARD = graphql(`
  query EndorsementBoard($campaignId: ID!) {
    endorsementBoard(campaignId: $campaignId) {
      campaign {
        id
        name
      }
      canRecordEndorsements
      blockedReason
      columns {
        status
        asks {
          ...AskFields
        }
      }
      partnersNotAsked {
        id
        name
      }
    }
  }
`);

export const MOVE_ASK = graphql(`
  mutation MoveEndorsementAsk($input: MoveEndorsementAskInput!) {
    moveEndorsementAsk(input: $input) {
      ...AskFields
    }
  }
`);

export const CREATE_ASK = graphql(`
  mutation CreateEndorsementAsk($input: EndorsementAskInput!, $idempotencyKey: String) {
    createEndorsementAsk(input: $input, idempotencyKey: $idempotencyKey) {
      ...AskFields
    }
  }
`);

export const DELETE_ASK = graphql(`
  mutation DeleteEndorsementAsk($id: ID!) {
    deleteEndorsementAsk(id: $id)
  }
`);

/** The signed-in user's own person record: the default asker. */
export const MY_PERSON = graphql(`
  query MyPersonWithRegion {
    me {
      id
      person {
        id
        name
        zip
        region {
          id
          name
        }
      }
    }
  }
`);
