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
    }
  }
`);

export const END_ROLE = graphql(`
  mutation EndRole($id: ID!, $endDate: String!) {
    endRole(id: $id, endDate: $endDate) {
      ...RoleFields
    }
  }
`);

export const REMOVE_ROLE = graphql(`
  mutation RemoveRole($id: ID!) {
    removeRole(id: $id)
  }
`);
