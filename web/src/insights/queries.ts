import type { PersonRef } from '../types';
import type { EmergingLeadersQuery } from '../gql/graphql';
import { graphql } from '../gql';

export interface LeaderPart {
  signal: string;
  label: string;
  weight: number;
  count: number;
  previousCount: number;
  points: number;
}

/** The structural part: other communities or regions their ties reach, at the window's end and at its start. */
export interface LeaderBridgingPart {
  measure: 'COMMUNITIES_REACHED' | 'REGIONS_REACHED';
  label: string;
  count: number;
  previousCount: number;
  growth: number;
}

export interface EmergingLeaderRow {
  rank: number;
  person: PersonRef;
  score: number;
  previousScore: number;
  rise: number;
  alreadyLeader: boolean;
  parts: LeaderPart[];
  bridging: LeaderBridgingPart[];
}

export type EmergingLeadersResult = EmergingLeadersQuery['emergingLeaders'];

export const EMERGING_LEADERS = graphql(`
  query EmergingLeaders($regionId: ID, $teamId: ID, $windowDays: Int!, $limit: Int) {
    emergingLeaders(regionId: $regionId, teamId: $teamId, windowDays: $windowDays, limit: $limit) {
      source
      computedAt
      windowDays
      from
      to
      previousFrom
      previousTo
      peopleScored
      leaders {
        rank
        score
        previousScore
        rise
        alreadyLeader
        person {
          id
          name
        }
        parts {
          signal
          label
          weight
          count
          previousCount
          points
        }
        bridging {
          measure
          label
          count
          previousCount
          growth
        }
      }
    }
  }
`);

export interface OrgRef {
  id: string;
  name: string;
}

export interface BridgeRow {
  person: PersonRef;
  betweenness: number | null;
  outsideTies: number;
  otherClusters: number;
}

export interface NetworkGapsResult {
  coldAfterDays: number;
  partnersWithOneTie: Array<{ organization: OrgRef; person: PersonRef | null; ties: string[] }>;
  partnersWithNoTie: OrgRef[];
  campaigns: Array<{ campaign: OrgRef; gaps: string[] }>;
  coldTies: Array<{
    person: PersonRef;
    other: PersonRef;
    strength: number;
    lastContact: string | null;
    daysSinceContact: number;
    importance: number;
    reasons: string[];
  }>;
  coldTieCount: number;
  clusters: Array<{ number: number; size: number; members: PersonRef[]; bridges: BridgeRow[] }>;
  bridges: BridgeRow[];
}

export const NETWORK_GAPS = graphql(`
  query NetworkGaps($regionId: ID, $coldAfterDays: Int!) {
    networkGaps(regionId: $regionId, coldAfterDays: $coldAfterDays) {
      coldAfterDays
      partnersWithOneTie {
        organization {
          id
          name
        }
        person {
          id
          name
        }
        ties
      }
      partnersWithNoTie {
        id
        name
      }
      campaigns {
        campaign {
          id
          name
        }
        gaps
      }
      coldTies {
        person {
          id
          name
        }
        other {
          id
          name
        }
        strength
        lastContact
        daysSinceContact
        importance
        reasons
      }
      coldTieCount
      clusters {
        number
        size
        members {
          id
          name
        }
        bridges {
          person {
            id
            name
          }
          betweenness
          outsideTies
          otherClusters
        }
      }
      bridges {
        person {
          id
          name
        }
        betweenness
        outsideTies
        otherClusters
      }
    }
  }
`);

export interface LeaderScoringRun {
  windowDays: number;
  finishedAt: string;
  durationMs: number;
  peopleScored: number;
}

export interface LeaderScoringStatus {
  running: boolean;
  windowDays: number | null;
  phase: string | null;
  progress: number;
  startedAt: string | null;
  lastError: string | null;
  canRecompute: boolean;
  runs: LeaderScoringRun[];
}

export const LEADER_SCORING_FIELDS = graphql(`
  fragment LeaderScoringFields on LeaderScoringStatus {
    running
    windowDays
    phase
    progress
    startedAt
    lastError
    canRecompute
    runs {
      windowDays
      finishedAt
      durationMs
      peopleScored
    }
  }
`);

export const LEADER_SCORING = graphql(`
  query LeaderScoring {
    leaderScoring {
      ...LeaderScoringFields
    }
  }
`);

export const RECOMPUTE_LEADER_SCORES = graphql(`
  mutation RecomputeLeaderScores($windowDays: Int!) {
    recomputeLeaderScores(windowDays: $windowDays) {
      ...LeaderScoringFields
    }
  }
`);
