import { graphql } from '../gql';

export const ROLE_FIELDS = graphql(`
  fragment RoleFields on RoleAssignment {
    id
    role
    active
    startDate
    endDate
    person {
      id
      name
    }
    forOrganization {
      id
      name
    }
  }
`);

export const ASSIGN_ROLE = graphql(`
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      ...RoleFields
      # Held on a campaign or a team: its page's roles as they are now, so the cache updates the page.
      campaign {
        ...CampaignRoleBoard
      }
      team {
        ...TeamRoles
      }
    }
  }
`);

export const END_ROLE = graphql(`
  mutation EndRole($id: ID!, $endDate: String!) {
    endRole(id: $id, endDate: $endDate) {
      ...RoleFields
      # Held on a campaign or a team: its page's roles as they are now, so the cache updates the page.
      campaign {
        ...CampaignRoleBoard
      }
      team {
        ...TeamRoles
      }
    }
  }
`);

export const REMOVE_ROLE = graphql(`
  mutation RemoveRole($id: ID!) {
    removeRole(id: $id) {
      removedId
      campaign {
        ...CampaignRoleBoard
      }
      team {
        ...TeamRoles
      }
    }
  }
`);
