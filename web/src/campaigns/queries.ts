import { type RoleAssignment } from '../roles/queries';
import type { Change, OrganizationRef, PersonRef, Region } from '../types';
import type { CampaignStatus, IssueScope, RoleKind, TeamKind } from './options';
import { graphql } from '../gql';

export interface GateCondition {
  key: string;
  label: string;
  met: boolean;
  detail: string;
}

export interface MobilizationGate {
  open: boolean;
  conditions: GateCondition[];
}

export interface CampaignRow {
  id: string;
  name: string;
  status: CampaignStatus;
  region: Region;
  issue: { id: string; name: string } | null;
  proposingTeam: { id: string; name: string } | null;
  mobilizationGate: MobilizationGate;
}

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
        open
        conditions {
          key
          label
          met
          detail
        }
      }
    }
  }
`);

export interface RoleSlot {
  role: RoleKind;
  hasBackup: boolean;
  holders: RoleAssignment[];
}

export interface RoleBoard {
  slots: RoleSlot[];
  gaps: string[];
  partnersWithoutConnector: OrganizationRef[];
}

export interface CampaignDetail {
  id: string;
  name: string;
  status: CampaignStatus;
  version: number;
  canEdit: boolean;
  createdAt: string;
  updatedAt: string;
  approvedAt: string | null;
  approvedByName: string | null;
  theoryOfChange: string | null;
  actionProposal: string | null;
  region: Region;
  issue: { id: string; name: string; scope: IssueScope; prioritized: boolean } | null;
  targetPerson: (PersonRef & { zip: string | null; region: Region }) | null;
  targetOrganization: (OrganizationRef & { zip: string | null; region: Region }) | null;
  proposingTeam: { id: string; name: string; kind: TeamKind } | null;
  approvingTeam: { id: string; name: string } | null;
  mobilizationGate: MobilizationGate;
  partners: Array<OrganizationRef & { zip: string | null; region: Region }>;
  roleBoard: RoleBoard;
  roles: RoleAssignment[];
  history: Change[];
}

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
      open
      conditions {
        key
        label
        met
        detail
      }
    }
    history(limit: 20) {
      ...ChangeFields
    }
  }
`);

export const CAMPAIGN = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignState
      partners {
        id
        name
        zip
        region {
          id
          name
        }
      }
      roleBoard {
        slots {
          role
          hasBackup
          holders {
            ...RoleFields
          }
        }
        gaps
        partnersWithoutConnector {
          id
          name
        }
      }
      roles {
        ...RoleFields
      }
    }
  }
`);

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

export interface CampaignInput {
  name: string;
  regionId: string;
  issueId?: string | null;
  targetPersonId?: string | null;
  targetOrganizationId?: string | null;
  proposingTeamId?: string | null;
  theoryOfChange?: string | null;
  actionProposal?: string | null;
}

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

export const ADD_PARTNER = graphql(`
  mutation AddCampaignPartner($campaignId: ID!, $organizationId: ID!) {
    addCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {
      id
      name
    }
  }
`);

export const REMOVE_PARTNER = graphql(`
  mutation RemoveCampaignPartner($campaignId: ID!, $organizationId: ID!) {
    removeCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {
      id
      name
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
