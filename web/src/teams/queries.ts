import type { TeamKind } from '../campaigns/options';
import type { Region } from '../types';
import { graphql } from '../gql';
import type { TeamQuery } from '../gql/graphql';
export type { TeamInput } from '../gql/graphql';

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

export interface TeamEditable {
  id: string;
  name: string;
  kind: TeamKind;
  notes: string | null;
  region: Region;
  version: number;
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

/**
 * What a member added or removed changes on the team page (the monthly progress counts the members' meetings),
 * answered by those mutations so the cache updates the page. `$months`: the page's progress period.
 */
export const TEAM_MEMBERS = graphql(`
  fragment TeamMembers on Team {
    id
    members {
      since
      person {
        id
        name
      }
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
`);

/** What a role assigned, ended or removed changes on the team page, answered by the role mutations. */
export const TEAM_ROLES = graphql(`
  fragment TeamRoles on Team {
    id
    roles {
      ...RoleFields
    }
    history(limit: 20) {
      ...ChangeFields
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
      ...TeamMembers
      ...TeamRoles
    }
  }
`);

export type TeamDetail = NonNullable<TeamQuery['team']>;

export const TEAM_FOR_EDIT = graphql(`
  query TeamForEdit($id: ID!) {
    team(id: $id) {
      ...TeamFields
    }
  }
`);

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
  mutation AddTeamMember($teamId: ID!, $personId: ID!, $since: String, $months: Int!) {
    addTeamMember(teamId: $teamId, personId: $personId, since: $since) {
      team {
        ...TeamMembers
      }
    }
  }
`);

export const REMOVE_TEAM_MEMBER = graphql(`
  mutation RemoveTeamMember($teamId: ID!, $personId: ID!, $months: Int!) {
    removeTeamMember(teamId: $teamId, personId: $personId) {
      team {
        ...TeamMembers
      }
    }
  }
`);
