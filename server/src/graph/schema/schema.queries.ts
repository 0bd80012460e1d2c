import { cypher } from '../query.js';

export const SchemaQueries = {
  version: cypher('schema.version', 'read', `MATCH (m:Meta {key: 'schemaVersion'}) RETURN m.value AS value`),
  setVersion: cypher(
    'schema.setVersion',
    'write',
    `MERGE (m:Meta {key: 'schemaVersion'}) SET m.value = $value RETURN m.value AS value`,
  ),
  peopleSearchTexts: cypher('schema.peopleSearchTexts', 'read', `MATCH (p:Person) RETURN p.id AS id, p.searchPublic AS text`),
  organizationSearchTexts: cypher('schema.organizationSearchTexts', 'read', `MATCH (o:Organization) RETURN o.id AS id, o.searchPublic AS text`),
  setPeopleSearchTexts: cypher('schema.setPeopleSearchTexts', 'write', `UNWIND $rows AS r MATCH (p:Person {id: r.id}) SET p.searchPublic = r.text`, {}),
  setOrganizationSearchTexts: cypher('schema.setOrganizationSearchTexts', 'write', `UNWIND $rows AS r MATCH (o:Organization {id: r.id}) SET o.searchPublic = r.text`, {}),
};
