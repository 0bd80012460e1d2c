import { gql, type TypedDocumentNode } from '@apollo/client';
import { ROLE_FIELDS, type RoleAssignment } from '../roles/queries';
import type { Change, OrganizationRef, PersonRef, Region } from '../types';
import type { CampaignStatus, IssueScope, RoleKind, TeamKind } from './options';
import { CHANGE_FIELDS } from '../lib/history';

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

export const CAMPAIGNS: TypedDocumentNode<
  { campaigns: CampaignRow[] },
  { status?: CampaignStatus | null; regionId?: string | null }
> = gql`
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
`;

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
const CAMPAIGN_STATE = gql`
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
  ${CHANGE_FIELDS}
`;

export const CAMPAIGN: TypedDocumentNode<{ campaign: CampaignDetail }, { id: string }> = gql`
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
  ${CAMPAIGN_STATE}
  ${ROLE_FIELDS}
`;

type CampaignState = Omit<CampaignDetail, 'partners' | 'roleBoard' | 'roles'>;

export const SET_CAMPAIGN_STATUS: TypedDocumentNode<
  { setCampaignStatus: CampaignState },
  { id: string; version: number; status: CampaignStatus }
> = gql`
  mutation SetCampaignStatus($id: ID!, $version: Int!, $status: CampaignStatus!) {
    setCampaignStatus(id: $id, version: $version, status: $status) {
      ...CampaignState
    }
  }
  ${CAMPAIGN_STATE}
`;

export const APPROVE_CAMPAIGN: TypedDocumentNode<
  { approveCampaign: CampaignState },
  { id: string; version: number; teamId: string }
> = gql`
  mutation ApproveCampaign($id: ID!, $version: Int!, $teamId: ID!) {
    approveCampaign(id: $id, version: $version, teamId: $teamId) {
      ...CampaignState
    }
  }
  ${CAMPAIGN_STATE}
`;

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

export const CREATE_CAMPAIGN: TypedDocumentNode<{ createCampaign: CampaignState }, { input: CampaignInput; idempotencyKey?: string }> = gql`
  mutation CreateCampaign($input: CampaignInput!, $idempotencyKey: String) {
    createCampaign(input: $input, idempotencyKey: $idempotencyKey) {
      ...CampaignState
    }
  }
  ${CAMPAIGN_STATE}
`;

export const UPDATE_CAMPAIGN: TypedDocumentNode<
  { updateCampaign: CampaignState },
  { id: string; version: number; input: CampaignInput }
> = gql`
  mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {
    updateCampaign(id: $id, version: $version, input: $input) {
      ...CampaignState
    }
  }
  ${CAMPAIGN_STATE}
`;

/** For the campaign form: the plan as it is now, fresh from the server. */
export const CAMPAIGN_FOR_EDIT: TypedDocumentNode<{ campaign: CampaignState }, { id: string }> = gql`
  query CampaignForEdit($id: ID!) {
    campaign(id: $id) {
      ...CampaignState
    }
  }
  ${CAMPAIGN_STATE}
`;

export const ADD_PARTNER: TypedDocumentNode<
  { addCampaignPartner: OrganizationRef[] },
  { campaignId: string; organizationId: string }
> = gql`
  mutation AddCampaignPartner($campaignId: ID!, $organizationId: ID!) {
    addCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {
      id
      name
    }
  }
`;

export const REMOVE_PARTNER: TypedDocumentNode<
  { removeCampaignPartner: OrganizationRef[] },
  { campaignId: string; organizationId: string }
> = gql`
  mutation RemoveCampaignPartner($campaignId: ID!, $organizationId: ID!) {
    removeCampaignPartner(campaignId: $campaignId, organizationId: $organizationId) {
      id
      name
    }
  }
`;

export interface TeamOption {
  id: string;
  name: string;
  kind: TeamKind;
  region: Region;
}

/** Teams to choose from (the proposing team, the approving RST). */
export const TEAM_OPTIONS: TypedDocumentNode<
  { teams: TeamOption[] },
  { regionId?: string | null; kind?: TeamKind | null }
> = gql`
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
`;

export interface IssueOption {
  id: string;
  name: string;
  scope: IssueScope;
  prioritized: boolean;
  region: Region;
}

export const ISSUE_OPTIONS: TypedDocumentNode<{ issues: IssueOption[] }, { regionId?: string | null }> = gql`
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
`;
