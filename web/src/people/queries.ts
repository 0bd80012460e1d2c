import type { Account, AffiliationKind, Change, OrganizationRef, PersonKind, PersonRef, Region } from '../types';
import { type CustomFieldValue, type StreetAddress } from '../customfields/queries';
import { graphql } from '../gql';

export const REGIONS = graphql(`
  query Regions {
    regions {
      id
      name
    }
  }
`);

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

export const PERSON_FIELDS = graphql(`
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
`);

/** What a tie removed changes on a person's page, answered by removeTie for both people so the cache updates their pages. */
export const PERSON_TIES = graphql(`
  fragment PersonTies on Person {
    id
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
    history(limit: 20) {
      ...ChangeFields
    }
  }
`);

/** What an affiliation removed changes on a person's page, answered by removeAffiliation. */
export const PERSON_AFFILIATIONS = graphql(`
  fragment PersonAffiliations on Person {
    id
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
    history(limit: 20) {
      ...ChangeFields
    }
  }
`);

export const PERSON = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonFields
      ...PersonTies
      ...PersonAffiliations
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
`);

/** The editable fields, for the form. */
export type PersonEditable = Pick<
  PersonDetail,
  'id' | 'name' | 'emails' | 'phones' | 'contactHidden' | 'zip' | 'address' | 'customFields' | 'region' | 'kinds' | 'tags' | 'notes' | 'version'
>;

export const PERSON_FOR_EDIT = graphql(`
  query PersonForEdit($id: ID!) {
    person(id: $id) {
      ...PersonFields
    }
  }
`);

export const CREATE_PERSON = graphql(`
  mutation CreatePerson($input: PersonInput!, $idempotencyKey: String) {
    createPerson(input: $input, idempotencyKey: $idempotencyKey) {
      ...PersonFields
    }
  }
`);

export const UPDATE_PERSON = graphql(`
  mutation UpdatePerson($id: ID!, $version: Int!, $input: PersonInput!) {
    updatePerson(id: $id, version: $version, input: $input) {
      ...PersonFields
    }
  }
`);

export const DELETE_PERSON = graphql(`
  mutation DeletePerson($id: ID!) {
    deletePerson(id: $id)
  }
`);

export const SET_TIE = graphql(`
  mutation SetTie($input: TieInput!) {
    setTie(input: $input) {
      strength
    }
  }
`);

export const REMOVE_TIE = graphql(`
  mutation RemoveTie($personId: ID!, $otherPersonId: ID!) {
    removeTie(personId: $personId, otherPersonId: $otherPersonId) {
      person {
        ...PersonTies
      }
      otherPerson {
        ...PersonTies
      }
    }
  }
`);

export const ADD_AFFILIATION = graphql(`
  mutation AddAffiliation($input: AffiliationInput!) {
    addAffiliation(input: $input) {
      kind
    }
  }
`);

export const REMOVE_AFFILIATION = graphql(`
  mutation RemoveAffiliation($personId: ID!, $organizationId: ID!, $kind: AffiliationKind!) {
    removeAffiliation(personId: $personId, organizationId: $organizationId, kind: $kind) {
      person {
        ...PersonAffiliations
      }
      organization {
        ...OrganizationAffiliations
      }
    }
  }
`);

export const CONNECTORS = graphql(`
  query Connectors {
    accounts(role: CONNECTOR) {
      id
      displayName
      email
      disabled
    }
  }
`);

export const ASSIGNEES_RESULT = graphql(`
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
`);

export const ASSIGN_PERSON = graphql(`
  mutation AssignPerson($personId: ID!, $accountId: ID!) {
    assignPerson(personId: $personId, accountId: $accountId) {
      ...AssigneesResult
    }
  }
`);

export const UNASSIGN_PERSON = graphql(`
  mutation UnassignPerson($personId: ID!, $accountId: ID!) {
    unassignPerson(personId: $personId, accountId: $accountId) {
      ...AssigneesResult
    }
  }
`);

/** For pickers: a few people matching what was typed. */
export const PEOPLE_SEARCH = graphql(`
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
`);

export const ORGANIZATIONS_SEARCH = graphql(`
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
`);
