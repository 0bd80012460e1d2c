import type { TeamKind } from '../campaigns/options';
import { type RoleAssignment } from '../roles/queries';
import type { Change, PersonRef, Region } from '../types';
import { graphql } from '../gql';

export interface TeamRow {
  id: string;
  name: string;
  kind: TeamKind;
  region: Region;
  members: Array<{ person: { id: string } }>;
  roles: Array<{ id: string; role: string; active: boolean; person: PersonRef }>;
}

export const TEAMS = graphql(`
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
`);

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

export const TEAM_FIELDS = graphql(`
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
`);

export const TEAM = graphql(`
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
`);

export const TEAM_FOR_EDIT = graphql(`
  query TeamForEdit($id: ID!) {
    team(id: $id) {
      ...TeamFields
    }
  }
`);

export interface TeamInput {
  name: string;
  kind: TeamKind;
  regionId: string;
  notes?: string | null;
}

export const CREATE_TEAM = graphql(`
  mutation CreateTeam($input: TeamInput!, $idempotencyKey: String) {
    createTeam(input: $input, idempotencyKey: $idempotencyKey) {
      ...TeamFields
    }
  }
`);

export const UPDATE_TEAM = graphql(`
  mutation UpdateTeam($id: ID!, $version: Int!, $input: TeamInput!) {
    updateTeam(id: $id, version: $version, input: $input) {
      ...TeamFields
    }
  }
`);

export const DELETE_TEAM = graphql(`
  mutation DeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

export const ADD_TEAM_MEMBER = graphql(`
  mutation AddTeamMember($teamId: ID!, $personId: ID!, $since: String) {
    addTeamMember(teamId: $teamId, personId: $personId, since: $since) {
      since
      person {
        id
        name
      }
    }
  }
`);

export const REMOVE_TEAM_MEMBER = graphql(`
  mutation RemoveTeamMember($teamId: ID!, $personId: ID!) {
    removeTeamMember(teamId: $teamId, personId: $personId) {
      since
      person {
        id
        name
      }
    }
  }
`);
