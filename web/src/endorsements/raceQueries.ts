import type { OrganizationRef, Region } from '../types';
import type { EndorsementStatus } from '../affiliates/queries';
import { graphql } from '../gql';
export type { RaceInput } from '../gql/graphql';

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

export const ENDORSEMENT_FIELDS = graphql(`
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
`);

export const RACES = graphql(`
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
`);

export const CREATE_RACE = graphql(`
  mutation CreateRace($input: RaceInput!, $idempotencyKey: String) {
    createRace(input: $input, idempotencyKey: $idempotencyKey) {
      id
      name
    }
  }
`);

/** Candidate and endorsement writes answer with the race as its page shows it (RaceDetail), tallies and history included. */
export const ADD_CANDIDATE = graphql(`
  mutation AddCandidate($input: CandidateInput!, $idempotencyKey: String) {
    addCandidate(input: $input, idempotencyKey: $idempotencyKey) {
      id
      race {
        ...RaceDetail
      }
    }
  }
`);

export const RECORD_CANDIDATE_ENDORSEMENT = graphql(`
  mutation RecordCandidateEndorsement($input: EndorsementAskInput!) {
    createEndorsementAsk(input: $input) {
      id
      status
      candidate {
        id
        race {
          ...RaceDetail
        }
      }
    }
  }
`);

export const MOVE_ASK_TO_ENDORSED = graphql(`
  mutation MoveAskToEndorsed($input: MoveEndorsementAskInput!) {
    moveEndorsementAsk(input: $input) {
      id
      status
      version
      candidate {
        id
        race {
          ...RaceDetail
        }
      }
    }
  }
`);

/** For the group picker: affiliate groups matching what was typed. */
export const AFFILIATE_GROUPS_SEARCH = graphql(`
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
`);
