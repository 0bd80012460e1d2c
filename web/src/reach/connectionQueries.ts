import { graphql } from '../gql';
import type { ConnectionChainFragment } from '../gql/graphql';

export type Chain = ConnectionChainFragment;
export type ChainNode = Chain['nodes'][number];
export type ChainLink = Chain['links'][number];

export const CONNECTION_CHAIN = graphql(`
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
`);

export const CONNECTION = graphql(`
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
`);
