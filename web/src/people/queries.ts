import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  Account,
  AffiliationKind,
  Change,
  OrganizationRef,
  PersonInput,
  PersonKind,
  PersonRef,
  Region,
} from '../types';
import { CHANGE_FIELDS } from '../lib/history';
import { CUSTOM_FIELD_VALUES, type CustomFieldValue, type StreetAddress } from '../customfields/queries';

export const REGIONS: TypedDocumentNode<{ regions: Region[] }, Record<string, never>> = gql`
  query Regions {
    regions {
      id
      name
    }
  }
`;

export interface Tie {
  person: PersonRef;
  strength: number;
  context: string | null;
  since: string | null;
  until?: string | null;
  lastContact: string | null;
  interactionCount: number;
}

export interface PersonAffiliation {
  kind: AffiliationKind;
  title: string | null;
  since: string | null;
  /** YYYY-MM-DD it ended, or null. */
  until: string | null;
  organization: OrganizationRef;
}

export interface PersonDetail {
  id: string;
  name: string;
  emails: string[] | null;
  phones: string[] | null;
  contactHidden: boolean;
  zip: string | null;
  /** Null when none is filled in, or contact details are hidden. */
  address: StreetAddress | null;
  customFields: CustomFieldValue[];
  region: Region;
  kinds: PersonKind[];
  tags: string[];
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
  canDelete: boolean;
  ties: Tie[];
  affiliations: PersonAffiliation[];
  assignees: Array<Pick<Account, 'id' | 'displayName' | 'email'>>;
  history: Change[];
}

const PERSON_FIELDS = gql`
  fragment PersonFields on Person {
    id
    name
    emails
    phones
    contactHidden
    zip
    address {
      line
      city
      state
      zip
    }
    customFields {
      ...CustomFieldValues
    }
    region {
      id
      name
    }
    kinds
    tags
    notes
    version
    createdAt
    updatedAt
    canEdit
    canDelete
  }
  ${CUSTOM_FIELD_VALUES}
`;

export const PERSON: TypedDocumentNode<{ person: PersonDetail }, { id: string }> = gql`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonFields
      ties {
        strength
        context
        since
        until
        lastContact
        interactionCount
        person {
          id
          name
        }
      }
      affiliations {
        kind
        title
        since
        until
        organization {
          id
          name
        }
      }
      assignees {
        id
        displayName
        email
      }
      history(limit: 20) {
        ...ChangeFields
      }
    }
  }
  ${PERSON_FIELDS}
  ${CHANGE_FIELDS}
`;

/** The editable fields, for the form. */
export type PersonEditable = Pick<
  PersonDetail,
  'id' | 'name' | 'emails' | 'phones' | 'contactHidden' | 'zip' | 'address' | 'customFields' | 'region' | 'kinds' | 'tags' | 'notes' | 'version'
>;

export const PERSON_FOR_EDIT: TypedDocumentNode<{ person: PersonEditable }, { id: string }> = gql`
  query PersonForEdit($id: ID!) {
    person(id: $id) {
      ...PersonFields
    }
  }
  ${PERSON_FIELDS}
`;

export const CREATE_PERSON: TypedDocumentNode<{ createPerson: PersonEditable }, { input: PersonInput; idempotencyKey?: string }> = gql`
  mutation CreatePerson($input: PersonInput!, $idempotencyKey: String) {
    createPerson(input: $input, idempotencyKey: $idempotencyKey) {
      ...PersonFields
    }
  }
  ${PERSON_FIELDS}
`;

export const UPDATE_PERSON: TypedDocumentNode<
  { updatePerson: PersonEditable },
  { id: string; version: number; input: PersonInput }
> = gql`
  mutation UpdatePerson($id: ID!, $version: Int!, $input: PersonInput!) {
    updatePerson(id: $id, version: $version, input: $input) {
      ...PersonFields
    }
  }
  ${PERSON_FIELDS}
`;

export const DELETE_PERSON: TypedDocumentNode<{ deletePerson: string }, { id: string }> = gql`
  mutation DeletePerson($id: ID!) {
    deletePerson(id: $id)
  }
`;

export const SET_TIE: TypedDocumentNode<
  { setTie: { strength: number } },
  { input: { personId: string; otherPersonId: string; strength: number; context?: string | null; since?: string | null; until?: string | null } }
> = gql`
  mutation SetTie($input: TieInput!) {
    setTie(input: $input) {
      strength
    }
  }
`;

export const REMOVE_TIE: TypedDocumentNode<{ removeTie: boolean }, { personId: string; otherPersonId: string }> = gql`
  mutation RemoveTie($personId: ID!, $otherPersonId: ID!) {
    removeTie(personId: $personId, otherPersonId: $otherPersonId)
  }
`;

export const ADD_AFFILIATION: TypedDocumentNode<
  { addAffiliation: { kind: AffiliationKind } },
  {
    input: {
      personId: string;
      organizationId: string;
      kind: AffiliationKind;
      title?: string | null;
      since?: string | null;
      until?: string | null;
    };
  }
> = gql`
  mutation AddAffiliation($input: AffiliationInput!) {
    addAffiliation(input: $input) {
      kind
    }
  }
`;

export const REMOVE_AFFILIATION: TypedDocumentNode<
  { removeAffiliation: boolean },
  { personId: string; organizationId: string; kind: AffiliationKind }
> = gql`
  mutation RemoveAffiliation($personId: ID!, $organizationId: ID!, $kind: AffiliationKind!) {
    removeAffiliation(personId: $personId, organizationId: $organizationId, kind: $kind)
  }
`;

export const CONNECTORS: TypedDocumentNode<
  { accounts: Array<Pick<Account, 'id' | 'displayName' | 'email' | 'disabled'>> },
  Record<string, never>
> = gql`
  query Connectors {
    accounts(role: CONNECTOR) {
      id
      displayName
      email
      disabled
    }
  }
`;

const ASSIGNEES_RESULT = gql`
  fragment AssigneesResult on Person {
    id
    assignees {
      id
      displayName
      email
    }
    contactHidden
    emails
    phones
  }
`;

export const ASSIGN_PERSON: TypedDocumentNode<
  { assignPerson: Pick<PersonDetail, 'id' | 'assignees'> },
  { personId: string; accountId: string }
> = gql`
  mutation AssignPerson($personId: ID!, $accountId: ID!) {
    assignPerson(personId: $personId, accountId: $accountId) {
      ...AssigneesResult
    }
  }
  ${ASSIGNEES_RESULT}
`;

export const UNASSIGN_PERSON: TypedDocumentNode<
  { unassignPerson: Pick<PersonDetail, 'id' | 'assignees'> },
  { personId: string; accountId: string }
> = gql`
  mutation UnassignPerson($personId: ID!, $accountId: ID!) {
    unassignPerson(personId: $personId, accountId: $accountId) {
      ...AssigneesResult
    }
  }
  ${ASSIGNEES_RESULT}
`;

/** For pickers: a few people matching what was typed. */
export const PEOPLE_SEARCH: TypedDocumentNode<
  { people: { nodes: Array<PersonRef & { zip: string | null; region: Region; createdAt: string; affiliations: Array<{ organization: { id: string; name: string } }> }> } },
  { search: string }
> = gql`
  query PeopleSearch($search: String!) {
    people(first: 8, search: $search) {
      nodes {
        id
        name
        zip
        createdAt
        region {
          id
          name
        }
        affiliations {
          organization {
            id
            name
          }
        }
      }
    }
  }
`;

export const ORGANIZATIONS_SEARCH: TypedDocumentNode<
  { organizations: { nodes: Array<OrganizationRef & { zip: string | null; region: Region }> } },
  { search: string }
> = gql`
  query OrganizationsSearch($search: String!) {
    organizations(first: 8, search: $search) {
      nodes {
        id
        name
        zip
        region {
          id
          name
        }
      }
    }
  }
`;
