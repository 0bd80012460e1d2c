import type { Region } from '../types';
import type { IssueScope, TeamKind } from './options';
import { graphql } from '../gql';
import type { CampaignQuery } from '../gql/graphql';
export type { CampaignInput } from '../gql/graphql';

export const CAMPAIGNS = graphql(`
  query Campaigns($status: CampaignStatus, $regionId: ID) {
    campaigns(status: $status, regionId: $regionId) {
      id
      name
      status
      region {
        id
        name
      }
      issue {
        id
        name
      }
      proposingTeam {
        id
        name
      }
      mobilizationGate {
        ...MobilizationGateFields
      }
    }
  }
`);

/** Everything a status change or an approval can change, returned by those mutations. */
export const CAMPAIGN_STATE = graphql(`
  fragment CampaignState on Campaign {
    id
    name
    status
    version
    canEdit
    createdAt
    updatedAt
    approvedAt
    approvedByName
    theoryOfChange
    actionProposal
    region {
      id
      name
    }
    issue {
      id
      name
      scope
      prioritized
    }
    targetPerson {
      id
      name
      zip
      region {
        id
        name
      }
    }
    targetOrganization {
      id
      name
      zip
      region {
        id
        name
      }
    }
    proposingTeam {
      id
      name
      kind
    }
    approvingTeam {
      id
      name
    }
    mobilizationGate {
      ...MobilizationGateFields
    }
    history(limit: 20) {
      ...ChangeFields
    }
  }
`);

/** The campaign page: its state, and what the partners and role board sections show (fragments beside them). */
export const CAMPAIGN = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignState
      ...CampaignPartners
      ...CampaignRoleBoard
    }
  }
`);

export type CampaignDetail = NonNullable<CampaignQuery['campaign']>;

export const SET_CAMPAIGN_STATUS = graphql(`
  mutation SetCampaignStatus($id: ID!, $version: Int!, $status: CampaignStatus!) {
    setCampaignStatus(id: $id, version: $version, status: $status) {
      ...CampaignState
    }
  }
`);

export const APPROVE_CAMPAIGN = graphql(`
  mutation ApproveCampaign($id: ID!, $version: Int!, $teamId: ID!) {
    approveCampaign(id: $id, version: $version, teamId: $teamId) {
      ...CampaignState
    }
  }
`);

export const CREATE_CAMPAIGN = graphql(`
  mutation CreateCampaign($input: CampaignInput!, $idempotencyKey: String) {
    createCampaign(input: $input, idempotencyKey: $idempotencyKey) {
      ...CampaignState
    }
  }
`);

export const UPDATE_CAMPAIGN = graphql(`
  mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {
    updateCampaign(id: $id, version: $version, input: $input) {
      ...CampaignState
    }
  }
`);

/** For the campaign form: the plan as it is now, fresh from the server. */
export const CAMPAIGN_FOR_EDIT = graphql(`
  query CampaignForEdit($id: ID!) {
    campaign(id: $id) {
      ...CampaignState
    }
  }
`);

/**
 * A partner added or removed answers with the campaign page's fields as they are after the change (the gate,
 * the role board's gaps and the history follow from the partners on the server): the cache updates the page.
 */
export const ADD_PARTNER = graphql(`
  mutation AddCampaignPartner($campaignId: ID!, $organizationId: ID!) {
    addCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {
      campaign {
        ...CampaignState
        ...CampaignPartners
        ...CampaignRoleBoard
      }
    }
  }
`);

export const REMOVE_PARTNER = graphql(`
  mutation RemoveCampaignPartner($campaignId: ID!, $organizationId: ID!) {
    removeCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {
      campaign {
        ...CampaignState
        ...CampaignPartners
        ...CampaignRoleBoard
      }
    }
  }
`);

export interface TeamOption {
  id: string;
  name: string;
  kind: TeamKind;
  region: Region;
}

/** Teams to choose from (the proposing team, the approving RST). */
export const TEAM_OPTIONS = graphql(`
  query TeamOptions($regionId: ID, $kind: TeamKind) {
    teams(regionId: $regionId, kind: $kind) {
      id
      name
      kind
      region {
        id
        name
      }
    }
  }
`);

export interface IssueOption {
  id: string;
  name: string;
  scope: IssueScope;
  prioritized: boolean;
  region: Region;
}

export const ISSUE_OPTIONS = graphql(`
  query IssueOptions($regionId: ID) {
    issues(regionId: $regionId) {
      id
      name
      scope
      prioritized
      region {
        id
        name
      }
    }
  }
`);
