import type { RoleKind } from '../campaigns/options';
import type { OrganizationRef, PersonRef } from '../types';
import { graphql } from '../gql';

export interface RoleAssignment {
  id: string;
  role: RoleKind;
  active: boolean;
  startDate: string | null;
  endDate: string | null;
  person: PersonRef;
  forOrganization: OrganizationRef | null;
}

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

export interface AssignRoleInput {
  personId: string;
  role: RoleKind;
  campaignId?: string | null;
  teamId?: string | null;
  forOrganizationId?: string | null;
  startDate?: string | null;
  endDate?: string | null;
}

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
