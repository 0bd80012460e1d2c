import { graphql } from '../gql';
import type { ReachNodeFieldsFragment, ReachQuery } from '../gql/graphql';

export type ReachFrom = 'ME' | 'TEAM' | 'REGION' | 'ALL_MEMBERS';

export type ReachNode = ReachNodeFieldsFragment;
export type ReachPath = ReachQuery['reach']['paths'][number];
export type ReachLink = ReachPath['links'][number];

export interface ReachVariables {
  targetPersonId?: string | null;
  targetOrganizationId?: string | null;
  from: ReachFrom;
  teamId?: string | null;
  regionId?: string | null;
  limit?: number;
}

export const NODE = graphql(`
  fragment ReachNodeFields on ReachNode {
    id
    kind
    name
    regionName
    hidden
  }
`);

export const REACH = graphql(`
  query Reach($targetPersonId: ID, $targetOrganizationId: ID, $from: ReachFrom!, $teamId: ID, $regionId: ID, $limit: Int) {
    reach(targetPersonId: $targetPersonId, targetOrganizationId: $targetOrganizationId, from: $from, teamId: $teamId, regionId: $regionId, limit: $limit) {
      target {
        ...ReachNodeFields
      }
      startingMembers
      paths {
        score
        hops
        messenger {
          ...ReachNodeFields
        }
        nodes {
          ...ReachNodeFields
        }
        links {
          kind
          strength
          lastContact
          context
          since
        }
      }
    }
  }
`);
