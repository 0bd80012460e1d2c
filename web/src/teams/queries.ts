import { gql, type TypedDocumentNode } from '@apollo/client';
import type { TeamKind } from '../campaigns/options';
import { ROLE_FIELDS, type RoleAssignment } from '../roles/queries';
import type { Change, PersonRef, Region } from '../types';
import { CHANGE_FIELDS } from '../lib/history';

export interface TeamRow {
  id: string;
  name: string;
  kind: TeamKind;
  region: Region;
  members: Array<{ person: { id: string } }>;
  roles: Array<{ id: string; role: string; active: boolean; person: PersonRef }>;
}

export const TEAMS: TypedDocumentNode<{ teams: TeamRow[] }, { kind?: TeamKind | null; regionId?: string | null }> = gql`
  query Teams($kind: TeamKind, $regionId: ID) {
    teams(kind: $kind, regionId: $regionId) {
      id
      name
      kind
      region {
        id
        name
      }
      members {
        person {
          id
        }
      }
      roles {
        id
        role
        active
        person {
          id
          name
        }
      }
    }
  }
`;

export interface MonthlyProgress {
  month: string;
  houseMeetings: number;
  oneToOnes: number;
  researchActions: number;
}

export interface TeamEditable {
  id: string;
  name: string;
  kind: TeamKind;
  notes: string | null;
  region: Region;
  version: number;
}

export interface TeamDetail extends TeamEditable {
  canEdit: boolean;
  canDelete: boolean;
  createdAt: string;
  members: Array<{ since: string | null; person: PersonRef }>;
  roles: RoleAssignment[];
  progress: MonthlyProgress[];
  history: Change[];
}

const TEAM_FIELDS = gql`
  fragment TeamFields on Team {
    id
    name
    kind
    notes
    version
    region {
      id
      name
    }
  }
`;

export const TEAM: TypedDocumentNode<{ team: TeamDetail }, { id: string; months: number }> = gql`
  query Team($id: ID!, $months: Int!) {
    team(id: $id) {
      ...TeamFields
      canEdit
      canDelete
      createdAt
      members {
        since
        person {
          id
          name
        }
      }
      roles {
        ...RoleFields
      }
      progress(months: $months) {
        month
        houseMeetings
        oneToOnes
        researchActions
      }
      history(limit: 20) {
        ...ChangeFields
      }
    }
  }
  ${TEAM_FIELDS}
  ${ROLE_FIELDS}
  ${CHANGE_FIELDS}
`;

export const TEAM_FOR_EDIT: TypedDocumentNode<{ team: TeamEditable }, { id: string }> = gql`
  query TeamForEdit($id: ID!) {
    team(id: $id) {
      ...TeamFields
    }
  }
  ${TEAM_FIELDS}
`;

export interface TeamInput {
  name: string;
  kind: TeamKind;
  regionId: string;
  notes?: string | null;
}

export const CREATE_TEAM: TypedDocumentNode<{ createTeam: TeamEditable }, { input: TeamInput; idempotencyKey?: string }> = gql`
  mutation CreateTeam($input: TeamInput!, $idempotencyKey: String) {
    createTeam(input: $input, idempotencyKey: $idempotencyKey) {
      ...TeamFields
    }
  }
  ${TEAM_FIELDS}
`;

export const UPDATE_TEAM: TypedDocumentNode<{ updateTeam: TeamEditable }, { id: string; version: number; input: TeamInput }> = gql`
  mutation UpdateTeam($id: ID!, $version: Int!, $input: TeamInput!) {
    updateTeam(id: $id, version: $version, input: $input) {
      ...TeamFields
    }
  }
  ${TEAM_FIELDS}
`;

export const DELETE_TEAM: TypedDocumentNode<{ deleteTeam: string }, { id: string }> = gql`
  mutation DeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`;

export const ADD_TEAM_MEMBER: TypedDocumentNode<
  { addTeamMember: Array<{ since: string | null; person: PersonRef }> },
  { teamId: string; personId: string; since?: string | null }
> = gql`
  mutation AddTeamMember($teamId: ID!, $personId: ID!, $since: String) {
    addTeamMember(teamId: $teamId, personId: $personId, since: $since) {
      since
      person {
        id
        name
      }
    }
  }
`;

export const REMOVE_TEAM_MEMBER: TypedDocumentNode<
  { removeTeamMember: Array<{ since: string | null; person: PersonRef }> },
  { teamId: string; personId: string }
> = gql`
  mutation RemoveTeamMember($teamId: ID!, $personId: ID!) {
    removeTeamMember(teamId: $teamId, personId: $personId) {
      since
      person {
        id
        name
      }
    }
  }
`;
