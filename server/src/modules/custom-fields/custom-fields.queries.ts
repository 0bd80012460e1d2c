import type { Params } from '../../graph/graph-store.port.js';
import { cypher } from '../../graph/query.js';
import type { FieldDefinitionRecord } from './custom-field.model.js';

type DefinitionRow = { f: FieldDefinitionRecord };

/**
 * The filter fragment a list query adds to match records by custom field values: every term in $fieldTerms
 * (CustomFieldsService.filterTerms, passed with fieldFilterParams) is among the record's terms, unless
 * $noFieldFilter. `alias` is the record's variable in the query (a constant of the query, never user input).
 * The embedded engine's all() lambda passes records whose list is null (measured: every demo person matched
 * any filter), so it uses list_has_all there.
 */
export const customFieldsMatch = (alias: string) => ({
  embedded: `($noFieldFilter OR list_has_all(${alias}.customFieldTerms, $fieldTerms))`,
  neo4j: `($noFieldFilter OR all(t IN $fieldTerms WHERE t IN ${alias}.customFieldTerms))`,
});

/** The parameters of customFieldsMatch. No filter still sends a one-item list: the embedded engine cannot bind an empty list parameter. */
export function fieldFilterParams(terms: readonly string[]): { noFieldFilter: boolean; fieldTerms: string[] } {
  return { noFieldFilter: terms.length === 0, fieldTerms: terms.length ? [...terms] : [''] };
}

export const CustomFieldQueries = {
  all: cypher<Params, DefinitionRow>('customField.all', 'read', `MATCH (f:FieldDefinition) RETURN f ORDER BY f.position, f.key`),
  byId: cypher<Params, DefinitionRow>('customField.byId', 'read', `MATCH (f:FieldDefinition {id: $id}) RETURN f`),
  create: cypher<Params, DefinitionRow>(
    'customField.create',
    'write',
    `CREATE (f:FieldDefinition {id: $id, entity: $entity, key: $key, label: $label, type: $type, choices: $choices,
       region: $region, position: $position, version: 1, createdBy: $viewerId, createdAt: $now, updatedAt: $now})
     RETURN f`,
  ),
  update: cypher<Params, DefinitionRow>(
    'customField.update',
    'write',
    `MATCH (f:FieldDefinition {id: $id}) WHERE f.version = $version
     SET f.label = $label, f.choices = $choices, f.updatedAt = $now, f.version = f.version + 1
     RETURN f`,
  ),
  delete: cypher<Params, { id: string }>('customField.delete', 'write', `MATCH (f:FieldDefinition {id: $id}) DELETE f RETURN $id AS id`),
};
