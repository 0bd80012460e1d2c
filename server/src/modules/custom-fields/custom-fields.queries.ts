import { cypher } from '../../graph/query.js';

/**
 * The filter fragment a list query adds to match records by custom field values: every term in $fieldTerms
 * (from CustomFieldsService.filterTerms) is among the record's terms. No filter is [''], which every record
 * passes: the embedded engine cannot bind an empty list parameter ("a vector with ANY type").
 * `alias` is the record's variable in the query (a constant of the query, never user input).
 */
export const customFieldsMatch = (alias: string) =>
  `all(t IN $fieldTerms WHERE t = '' OR t IN ${alias}.customFieldTerms)`;

/** The $fieldTerms of no filter. */
export const NO_FIELD_FILTER: readonly string[] = [''];

export const CustomFieldQueries = {
  all: cypher('customField.all', 'read', `MATCH (f:FieldDefinition) RETURN f ORDER BY f.position, f.key`),
  byId: cypher('customField.byId', 'read', `MATCH (f:FieldDefinition {id: $id}) RETURN f`),
  create: cypher(
    'customField.create',
    'write',
    `CREATE (f:FieldDefinition {id: $id, entity: $entity, key: $key, label: $label, type: $type, choices: $choices,
       region: $region, position: $position, version: 1, createdBy: $viewerId, createdAt: $now, updatedAt: $now})
     RETURN f`,
  ),
  update: cypher(
    'customField.update',
    'write',
    `MATCH (f:FieldDefinition {id: $id}) WHERE f.version = $version
     SET f.label = $label, f.choices = $choices, f.updatedAt = $now, f.version = f.version + 1
     RETURN f`,
  ),
  delete: cypher('customField.delete', 'write', `MATCH (f:FieldDefinition {id: $id}) DELETE f RETURN $id AS id`),
};
