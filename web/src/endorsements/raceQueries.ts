import { graphql } from '../gql';
import type { RacesQuery } from '../gql/graphql';
export type { RaceInput } from '../gql/graphql';

/** A candidate as every race view names them. */
export type CandidateRef = { id: string; name: string; party: string | null };

export type RaceRow = RacesQuery['races'][number];

/** What a race card in the list shows; the race page shows it and more (RaceDetail). */
export const RACE_CARD_FIELDS = graphql(`
  fragment RaceCardFields on Race {
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
`);

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
      ...RaceCardFields
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

/**
 * Candidate and endorsement writes answer with the record written; the race page declares its query instead
 * (RACE_CHANGED). Asking for the race through the answer (`candidate { race { ...RaceDetail } }`) was tried: it
 * is deeper and costlier than the server's query limits allow with the margin query-limits.test.ts keeps.
 */
export const ADD_CANDIDATE = graphql(`
  mutation AddCandidate($input: CandidateInput!, $idempotencyKey: String) {
    addCandidate(input: $input, idempotencyKey: $idempotencyKey) {
      id
      name
      party
    }
  }
`);

export const RECORD_CANDIDATE_ENDORSEMENT = graphql(`
  mutation RecordCandidateEndorsement($input: EndorsementAskInput!) {
    createEndorsementAsk(input: $input) {
      id
      status
    }
  }
`);

export const MOVE_ASK_TO_ENDORSED = graphql(`
  mutation MoveAskToEndorsed($input: MoveEndorsementAskInput!) {
    moveEndorsementAsk(input: $input) {
      id
      status
      version
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
