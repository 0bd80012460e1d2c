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
      # Held on a campaign: the campaign page's role board (CampaignRoleBoard's fields) as it is now, so the
      # cache updates the page. Written out rather than spread: the spread is one level too deep for the
      # query limits' margin.
      campaign {
        id
        name
        partners {
          id
          name
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
  }
`);

export const END_ROLE = graphql(`
  mutation EndRole($id: ID!, $endDate: String!) {
    endRole(id: $id, endDate: $endDate) {
      ...RoleFields
      # Held on a campaign: the campaign page's role board (CampaignRoleBoard's fields) as it is now, so the
      # cache updates the page. Written out rather than spread: the spread is one level too deep for the
      # query limits' margin.
      campaign {
        id
        name
        partners {
          id
          name
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
  }
`);

export const REMOVE_ROLE = graphql(`
  mutation RemoveRole($id: ID!) {
    removeRole(id: $id)
  }
`);
