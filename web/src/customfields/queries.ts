import { graphql } from '../gql';
import { t } from '../i18n/intl';
export type { CustomFieldInput, StreetAddressInput, FieldDefinitionInput } from '../gql/graphql';

export type FieldType = 'TEXT' | 'NUMBER' | 'DATE' | 'ONE_CHOICE' | 'SEVERAL_CHOICES';
export type FieldEntity = 'PERSON' | 'ORGANIZATION';

export interface FieldDefinition {
  id: string;
  entity: FieldEntity;
  key: string;
  label: string;
  type: FieldType;
  choices: string[];
  regionId: string | null;
  version: number;
}

/** A record's custom field with its value, as record pages show it. */
export interface CustomFieldValue {
  key: string;
  label: string;
  type: FieldType;
  value: string | null;
  values: string[];
}

export interface StreetAddress {
  line: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
}

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  get TEXT() {
    return t('customfields.text');
  },
  get NUMBER() {
    return t('customfields.number');
  },
  get DATE() {
    return t('events.date');
  },
  get ONE_CHOICE() {
    return t('customfields.oneChoice');
  },
  get SEVERAL_CHOICES() {
    return t('customfields.severalChoices');
  },
};

/** Spread into a record fragment: the address and the custom fields with their values. */
export const CUSTOM_FIELD_VALUES = graphql(`
  fragment CustomFieldValues on CustomFieldValue {
    key
    label
    type
    value
    values
  }
`);

export const DEFINITION_FIELDS = graphql(`
  fragment FieldDefinitionFields on FieldDefinition {
    id
    entity
    key
    label
    type
    choices
    regionId
    version
  }
`);

export const FIELD_DEFINITIONS = graphql(`
  query FieldDefinitions($entity: FieldEntity!, $regionId: ID) {
    fieldDefinitions(entity: $entity, regionId: $regionId) {
      ...FieldDefinitionFields
    }
  }
`);

export const DEFINE_FIELD = graphql(`
  mutation DefineField($input: FieldDefinitionInput!) {
    defineField(input: $input) {
      ...FieldDefinitionFields
    }
  }
`);

export const CHANGE_FIELD = graphql(`
  mutation ChangeField($id: ID!, $version: Int!, $changes: FieldDefinitionChanges!) {
    changeField(id: $id, version: $version, changes: $changes) {
      ...FieldDefinitionFields
    }
  }
`);

export const REMOVE_FIELD = graphql(`
  mutation RemoveField($id: ID!) {
    removeField(id: $id)
  }
`);
