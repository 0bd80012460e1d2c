import { gql, type TypedDocumentNode } from '@apollo/client';

export type ReachFrom = 'ME' | 'TEAM' | 'REGION' | 'ALL_MEMBERS';

export interface ReachNode {
  id: string | null;
  kind: 'PERSON' | 'ORGANIZATION';
  name: string;
  regionName: string | null;
  hidden: boolean;
}

export interface ReachLink {
  kind: 'KNOWS' | 'MEMBER_OF' | 'WORKS_AT' | 'LEADS';
  strength: number;
  lastContact: string | null;
  context: string | null;
  since: string | null;
}

export interface ReachPath {
  score: number;
  hops: number;
  messenger: ReachNode;
  nodes: ReachNode[];
  links: ReachLink[];
}

export interface ReachVariables {
  targetPersonId?: string | null;
  targetOrganizationId?: string | null;
  from: ReachFrom;
  teamId?: string | null;
  regionId?: string | null;
  limit?: number;
}

const NODE = gql`
  fragment ReachNodeFields on ReachNode {
    id
    kind
    name
    regionName
    hidden
  }
`;

export const REACH: TypedDocumentNode<{ reach: { target: ReachNode; startingMembers: number; paths: ReachPath[] } }, ReachVariables> = gql`
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
  ${NODE}
`;
