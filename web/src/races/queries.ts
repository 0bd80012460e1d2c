import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Change, OrganizationRef, Region } from '../types';
import type { EndorsementStatus } from '../map/queries';
import { CHANGE_FIELDS } from '../lib/history';

export interface CandidateRef {
  id: string;
  name: string;
  party: string | null;
}

export interface CandidateDetail extends CandidateRef {
  asks: Array<{ id: string; status: EndorsementStatus; version: number; organization: OrganizationRef }>;
}

export interface RaceEndorsements {
  groupsInArea: number;
  majority: CandidateRef | null;
  tallies: Array<{ candidate: CandidateRef; groupCount: number; groups: OrganizationRef[] }>;
  counterEndorsements: Array<{ organization: OrganizationRef; endorsed: CandidateRef; against: CandidateRef }>;
}

export interface RaceRow {
  id: string;
  name: string;
  electionDate: string | null;
  zip: string | null;
  areaMiles: number | null;
  region: Region;
  candidates: CandidateRef[];
  endorsements: RaceEndorsements;
}

export interface RaceDetail extends Omit<RaceRow, 'candidates'> {
  version: number;
  candidates: CandidateDetail[];
  history: Change[];
}

export interface RaceInput {
  name: string;
  regionId: string;
  electionDate?: string | null;
  zip?: string | null;
  areaMiles?: number | null;
}

const ENDORSEMENT_FIELDS = gql`
  fragment RaceEndorsementFields on RaceEndorsements {
    groupsInArea
    majority {
      id
      name
      party
    }
    tallies {
      candidate {
        id
        name
        party
      }
      groupCount
      groups {
        id
        name
      }
    }
    counterEndorsements {
      organization {
        id
        name
      }
      endorsed {
        id
        name
        party
      }
      against {
        id
        name
        party
      }
    }
  }
`;

export const RACES: TypedDocumentNode<{ races: RaceRow[] }, { regionId?: string | null }> = gql`
  query Races($regionId: ID) {
    races(regionId: $regionId) {
      id
      name
      electionDate
      zip
      areaMiles
      region {
        id
        name
      }
      candidates {
        id
        name
        party
      }
      endorsements {
        ...RaceEndorsementFields
      }
    }
  }
  ${ENDORSEMENT_FIELDS}
`;

export const RACE: TypedDocumentNode<{ race: RaceDetail }, { id: string }> = gql`
  query Race($id: ID!) {
    race(id: $id) {
      id
      name
      version
      electionDate
      zip
      areaMiles
      region {
        id
        name
      }
      candidates {
        id
        name
        party
        asks {
          id
          status
          version
          organization {
            id
            name
          }
        }
      }
      endorsements {
        ...RaceEndorsementFields
      }
      history(limit: 20) {
        ...ChangeFields
      }
    }
  }
  ${ENDORSEMENT_FIELDS}
  ${CHANGE_FIELDS}
`;

export const CREATE_RACE: TypedDocumentNode<{ createRace: { id: string; name: string } }, { input: RaceInput; idempotencyKey?: string }> = gql`
  mutation CreateRace($input: RaceInput!, $idempotencyKey: String) {
    createRace(input: $input, idempotencyKey: $idempotencyKey) {
      id
      name
    }
  }
`;

export const ADD_CANDIDATE: TypedDocumentNode<
  { addCandidate: CandidateRef },
  { input: { raceId: string; name: string; party?: string | null }; idempotencyKey?: string }
> = gql`
  mutation AddCandidate($input: CandidateInput!, $idempotencyKey: String) {
    addCandidate(input: $input, idempotencyKey: $idempotencyKey) {
      id
      name
      party
    }
  }
`;

export const RECORD_CANDIDATE_ENDORSEMENT: TypedDocumentNode<
  { createEndorsementAsk: { id: string; status: EndorsementStatus } },
  { input: { organizationId: string; candidateId: string; status: EndorsementStatus } }
> = gql`
  mutation RecordCandidateEndorsement($input: EndorsementAskInput!) {
    createEndorsementAsk(input: $input) {
      id
      status
    }
  }
`;

export const MOVE_ASK_TO_ENDORSED: TypedDocumentNode<
  { moveEndorsementAsk: { id: string; status: EndorsementStatus; version: number } },
  { input: { id: string; version: number; status: EndorsementStatus } }
> = gql`
  mutation MoveAskToEndorsed($input: MoveEndorsementAskInput!) {
    moveEndorsementAsk(input: $input) {
      id
      status
      version
    }
  }
`;

/** For the group picker: affiliate groups matching what was typed. */
export const AFFILIATE_GROUPS_SEARCH: TypedDocumentNode<
  { organizations: { nodes: Array<OrganizationRef & { zip: string | null; region: Region }> } },
  { search: string }
> = gql`
  query AffiliateGroupsSearch($search: String!) {
    organizations(first: 8, search: $search, type: AFFILIATE_GROUP) {
      nodes {
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
