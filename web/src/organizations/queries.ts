import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AffiliationKind,
  Change,
  Connection,
  LedBy,
  OrganizationInput,
  OrganizationType,
  PersonRef,
  Region,
} from '../types';
import { CHANGE_FIELDS } from '../lib/history';
import { CUSTOM_FIELD_VALUES, type CustomFieldValue, type StreetAddress } from '../customfields/queries';

export interface OrganizationRow {
  id: string;
  name: string;
  type: OrganizationType;
  issueAreas: string[];
  ledBy: LedBy[];
  zip: string | null;
  region: Region;
}

export const ORGANIZATIONS: TypedDocumentNode<
  { organizations: Connection<OrganizationRow> },
  { first: number; after?: string | null; search?: string | null; regionId?: string | null; type?: OrganizationType | null }
> = gql`
  query Organizations($first: Int!, $after: String, $search: String, $regionId: ID, $type: OrganizationType) {
    organizations(first: $first, after: $after, search: $search, regionId: $regionId, type: $type) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        type
        issueAreas
        ledBy
        zip
        region {
          id
          name
        }
      }
    }
  }
`;

export interface OrganizationEditable extends OrganizationRow {
  address: StreetAddress | null;
  customFields: CustomFieldValue[];
  website: string | null;
  notes: string | null;
  version: number;
}

export interface OrganizationDetail extends OrganizationEditable {
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
  canDelete: boolean;
  affiliations: Array<{ kind: AffiliationKind; title: string | null; since: string | null; person: PersonRef }>;
  history: Change[];
}

const ORGANIZATION_FIELDS = gql`
  fragment OrganizationFields on Organization {
    id
    name
    type
    issueAreas
    ledBy
    zip
    region {
      id
      name
    }
    address {
      line
      city
      state
      zip
    }
    customFields {
      ...CustomFieldValues
    }
    website
    notes
    version
  }
  ${CUSTOM_FIELD_VALUES}
`;

export const ORGANIZATION: TypedDocumentNode<{ organization: OrganizationDetail }, { id: string }> = gql`
  query Organization($id: ID!) {
    organization(id: $id) {
      ...OrganizationFields
      createdAt
      updatedAt
      canEdit
      canDelete
      affiliations {
        kind
        title
        since
        person {
          id
          name
        }
      }
      history(limit: 20) {
        ...ChangeFields
      }
    }
  }
  ${ORGANIZATION_FIELDS}
  ${CHANGE_FIELDS}
`;

export const ORGANIZATION_FOR_EDIT: TypedDocumentNode<{ organization: OrganizationEditable }, { id: string }> = gql`
  query OrganizationForEdit($id: ID!) {
    organization(id: $id) {
      ...OrganizationFields
    }
  }
  ${ORGANIZATION_FIELDS}
`;

export const CREATE_ORGANIZATION: TypedDocumentNode<
  { createOrganization: OrganizationEditable },
  { input: OrganizationInput; idempotencyKey?: string }
> = gql`
  mutation CreateOrganization($input: OrganizationInput!, $idempotencyKey: String) {
    createOrganization(input: $input, idempotencyKey: $idempotencyKey) {
      ...OrganizationFields
    }
  }
  ${ORGANIZATION_FIELDS}
`;

export const UPDATE_ORGANIZATION: TypedDocumentNode<
  { updateOrganization: OrganizationEditable },
  { id: string; version: number; input: OrganizationInput }
> = gql`
  mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) {
    updateOrganization(id: $id, version: $version, input: $input) {
      ...OrganizationFields
    }
  }
  ${ORGANIZATION_FIELDS}
`;

export const DELETE_ORGANIZATION: TypedDocumentNode<{ deleteOrganization: string }, { id: string }> = gql`
  mutation DeleteOrganization($id: ID!) {
    deleteOrganization(id: $id)
  }
`;
