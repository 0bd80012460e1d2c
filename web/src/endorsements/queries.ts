import { gql, type TypedDocumentNode } from '@apollo/client';
import type { EndorsementStatus } from '../campaigns/options';
import type { Change, OrganizationRef, PersonRef, Region } from '../types';
import { CHANGE_FIELDS } from '../lib/history';

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

export const ASK_FIELDS = gql`
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
  ${CHANGE_FIELDS}
`;

export interface EndorsementBoard {
  campaign: { id: string; name: string };
  canRecordEndorsements: boolean;
  blockedReason: string | null;
  columns: Array<{ status: EndorsementStatus; asks: EndorsementAsk[] }>;
  partnersNotAsked: OrganizationRef[];
}

export const ENDORSEMENT_BOARD: TypedDocumentNode<{ endorsementBoard: EndorsementBoard }, { campaignId: string }> = gql`
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
  ${ASK_FIELDS}
`;

export interface MoveEndorsementAskInput {
  id: string;
  version: number;
  status: EndorsementStatus;
  nextStep?: string | null;
  notes?: string | null;
  askerId?: string | null;
}

export const MOVE_ASK: TypedDocumentNode<{ moveEndorsementAsk: EndorsementAsk }, { input: MoveEndorsementAskInput }> = gql`
  mutation MoveEndorsementAsk($input: MoveEndorsementAskInput!) {
    moveEndorsementAsk(input: $input) {
      ...AskFields
    }
  }
  ${ASK_FIELDS}
`;

export interface EndorsementAskInput {
  campaignId: string;
  organizationId: string;
  askerId?: string | null;
  status?: EndorsementStatus;
  nextStep?: string | null;
  notes?: string | null;
}

export const CREATE_ASK: TypedDocumentNode<{ createEndorsementAsk: EndorsementAsk }, { input: EndorsementAskInput; idempotencyKey?: string }> = gql`
  mutation CreateEndorsementAsk($input: EndorsementAskInput!, $idempotencyKey: String) {
    createEndorsementAsk(input: $input, idempotencyKey: $idempotencyKey) {
      ...AskFields
    }
  }
  ${ASK_FIELDS}
`;

export const DELETE_ASK: TypedDocumentNode<{ deleteEndorsementAsk: string }, { id: string }> = gql`
  mutation DeleteEndorsementAsk($id: ID!) {
    deleteEndorsementAsk(id: $id)
  }
`;

/** The signed-in user's own person record: the default asker. */
export const MY_PERSON: TypedDocumentNode<
  { me: { id: string; person: (PersonRef & { zip: string | null; region: Region }) | null } | null },
  Record<string, never>
> = gql`
  query MyPerson {
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
`;
