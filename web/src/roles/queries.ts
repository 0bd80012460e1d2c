import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RoleKind } from '../campaigns/options';
import type { OrganizationRef, PersonRef } from '../types';

export interface RoleAssignment {
  id: string;
  role: RoleKind;
  active: boolean;
  startDate: string | null;
  endDate: string | null;
  person: PersonRef;
  forOrganization: OrganizationRef | null;
}

export const ROLE_FIELDS = gql`
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
`;

export interface AssignRoleInput {
  personId: string;
  role: RoleKind;
  campaignId?: string | null;
  teamId?: string | null;
  forOrganizationId?: string | null;
  startDate?: string | null;
  endDate?: string | null;
}

export const ASSIGN_ROLE: TypedDocumentNode<{ assignRole: RoleAssignment }, { input: AssignRoleInput }> = gql`
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      ...RoleFields
    }
  }
  ${ROLE_FIELDS}
`;

export const END_ROLE: TypedDocumentNode<{ endRole: RoleAssignment }, { id: string; endDate: string }> = gql`
  mutation EndRole($id: ID!, $endDate: String!) {
    endRole(id: $id, endDate: $endDate) {
      ...RoleFields
    }
  }
  ${ROLE_FIELDS}
`;

export const REMOVE_ROLE: TypedDocumentNode<{ removeRole: boolean }, { id: string }> = gql`
  mutation RemoveRole($id: ID!) {
    removeRole(id: $id)
  }
`;
