import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ChainNode {
  id: string | null;
  kind: 'PERSON' | 'ORGANIZATION';
  name: string;
  regionName: string | null;
  hidden: boolean;
}
export interface ChainLink {
  kind: 'KNOWS' | 'MEMBER_OF' | 'WORKS_AT' | 'LEADS';
  strength: number;
  lastContact: string | null;
}
export interface Chain {
  score: number;
  hops: number;
  nodes: ChainNode[];
  links: ChainLink[];
}

export const CONNECTION: TypedDocumentNode<
  { connection: { from: ChainNode; to: ChainNode; strongest: Chain[]; shortest: Chain | null } },
  { fromId: string; toId: string }
> = gql`
  fragment ConnectionChain on ReachPath {
    score
    hops
    nodes {
      id
      kind
      name
      regionName
      hidden
    }
    links {
      kind
      strength
      lastContact
    }
  }
  query Connection($fromId: ID!, $toId: ID!) {
    connection(fromId: $fromId, toId: $toId) {
      from {
        id
        name
      }
      to {
        id
        name
      }
      strongest {
        ...ConnectionChain
      }
      shortest {
        ...ConnectionChain
      }
    }
  }
`;
