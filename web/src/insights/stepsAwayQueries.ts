import { graphql } from '../gql';
import type { ReachNode } from '../reach/queries';

/** A record as reach shows it: outside the viewer's regions, no id and "Someone in <region>". */
export type ShownRecord = Pick<ReachNode, 'id' | 'kind' | 'name' | 'regionName' | 'hidden'>;

export interface StepsAwayEntry {
  record: ShownRecord;
  people: number;
  partners: number;
  cutOff: ShownRecord[];
}

/** The strengths an organizer can choose: ties at least this strong count as a link (affiliations always do). */
export const STRENGTHS = [1, 2, 3, 4, 5] as const;
export const DEFAULT_STRENGTH = 2;
/** While the server's background job works in recent changes, the answer is asked again this often. */
export const STALE_POLL_MS = 2000;

export const SHOWN_RECORD = graphql(`
  fragment StepsAwayRecord on ReachNode {
    id
    kind
    name
    regionName
    hidden
  }
`);

export const STEPS_AWAY = graphql(`
  query StepsAway($recordId: ID!, $minStrength: Float!) {
    stepsAway(recordId: $recordId, minStrength: $minStrength) {
      minStrength
      computedAt
      upToDate
      stepsAway {
        record {
          ...StepsAwayRecord
        }
        people
        partners
        cutOff {
          ...StepsAwayRecord
        }
      }
    }
  }
`);

export const STEPS_AWAY_RANKING = graphql(`
  query StepsAwayRanking($regionId: ID, $minStrength: Float!, $limit: Int!) {
    stepsAwayRanking(regionId: $regionId, minStrength: $minStrength, limit: $limit) {
      minStrength
      computedAt
      upToDate
      total
      ranking {
        record {
          ...StepsAwayRecord
        }
        people
        partners
        cutOff {
          ...StepsAwayRecord
        }
      }
    }
  }
`);
