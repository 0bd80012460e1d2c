import { cypher } from '../query.js';

export const SchemaQueries = {
  version: cypher('schema.version', 'read', `MATCH (m:Meta {key: 'schemaVersion'}) RETURN m.value AS value`),
  setVersion: cypher(
    'schema.setVersion',
    'write',
    `MERGE (m:Meta {key: 'schemaVersion'}) SET m.value = $value RETURN m.value AS value`,
  ),
};
