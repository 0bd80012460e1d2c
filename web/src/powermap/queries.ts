import type { ReachNode } from '../reach/queries';
import type { PowerMapQuery } from '../gql/graphql';
import { graphql } from '../gql';

export type StanceSource = 'PLACED' | 'ENDORSED' | 'DECLINED' | 'PARTNER' | 'THEIR_ORGANIZATIONS' | 'UNKNOWN';
export type InfluenceSource = 'PLACED' | 'RECORDED' | 'TIES';

export type PowerMapRecord = PowerMapQuery['powerMap']['records'][number];

export interface PowerMap {
  campaign: { id: string; name: string };
  target: ReachNode | null;
  records: PowerMapRecord[];
  leftOff: number;
  canEdit: boolean;
}

export const FIELDS = graphql(`
  fragment PowerMapNodeFields on ReachNode {
    id
    kind
    name
    regionName
    hidden
  }
  fragment PowerMapFields on PowerMap {
    campaign {
      id
      name
    }
    target {
      ...PowerMapNodeFields
    }
    leftOff
    canEdit
    records {
      record {
        ...PowerMapNodeFields
      }
      stance
      stanceSource
      stanceWhy
      influence
      influenceSource
      influenceWhy
      placed
      recordedInfluence
      influenceNote
      warmestPath {
        score
        hops
        messenger {
          ...PowerMapNodeFields
        }
        nodes {
          ...PowerMapNodeFields
        }
        links {
          kind
          strength
          lastContact
          context
          since
        }
      }
      openAsk {
        id
        status
        nextStep
        askerName
      }
      assigned
    }
  }
`);

export const POWER_MAP = graphql(`
  query PowerMap($campaignId: ID!) {
    powerMap(campaignId: $campaignId) {
      ...PowerMapFields
    }
  }
`);

export const PLACE_ON_POWER_MAP = graphql(`
  mutation PlaceOnPowerMap($campaignId: ID!, $recordId: ID!, $stance: Int, $influence: Int) {
    placeOnPowerMap(campaignId: $campaignId, recordId: $recordId, stance: $stance, influence: $influence) {
      ...PowerMapFields
    }
  }
`);

export const SET_INFLUENCE = graphql(`
  mutation SetInfluence($input: InfluenceInput!) {
    setInfluence(input: $input) {
      fromId
      personId
      strength
      note
    }
  }
`);

export const REMOVE_INFLUENCE = graphql(`
  mutation RemoveInfluence($fromId: ID!, $personId: ID!, $campaignId: ID!) {
    removeInfluence(fromId: $fromId, personId: $personId, campaignId: $campaignId) {
      powerMap {
        ...PowerMapFields
      }
    }
  }
`);
