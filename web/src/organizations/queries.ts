import type { AffiliationKind, Change, LedBy, OrganizationType, PersonRef, Region } from '../types';
import { type CustomFieldValue, type StreetAddress } from '../customfields/queries';
import { graphql } from '../gql';

export interface OrganizationRow {
  id: string;
  name: string;
  type: OrganizationType;
  issueAreas: string[];
  ledBy: LedBy[];
  zip: string | null;
  region: Region;
}

export const ORGANIZATIONS = graphql(`
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
`);

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

export const ORGANIZATION_FIELDS = graphql(`
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
`);

/** What an affiliation removed changes on an organization's page, answered by removeAffiliation so the cache updates it. */
export const ORGANIZATION_AFFILIATIONS = graphql(`
  fragment OrganizationAffiliations on Organization {
    id
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
`);

export const ORGANIZATION = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      ...OrganizationFields
      createdAt
      updatedAt
      canEdit
      canDelete
      ...OrganizationAffiliations
    }
  }
`);

export const ORGANIZATION_FOR_EDIT = graphql(`
  query OrganizationForEdit($id: ID!) {
    organization(id: $id) {
      ...OrganizationFields
    }
  }
`);

export const CREATE_ORGANIZATION = graphql(`
  mutation CreateOrganization($input: OrganizationInput!, $idempotencyKey: String) {
    createOrganization(input: $input, idempotencyKey: $idempotencyKey) {
      ...OrganizationFields
    }
  }
`);

export const UPDATE_ORGANIZATION = graphql(`
  mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) {
    updateOrganization(id: $id, version: $version, input: $input) {
      ...OrganizationFields
    }
  }
`);

export const DELETE_ORGANIZATION = graphql(`
  mutation DeleteOrganization($id: ID!) {
    deleteOrganization(id: $id)
  }
`);
