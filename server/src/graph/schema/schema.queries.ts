import { cypher } from '../query.js';

type None = Record<string, never>;
/** A record's search text (searchPublic). */
type SearchText = { id: string; text: string | null };

export const SchemaQueries = {
  version: cypher<None, { value: string | null }>('schema.version', 'read', `MATCH (m:Meta {key: 'schemaVersion'}) RETURN m.value AS value`),
  setVersion: cypher<{ value: string }, { value: string }>(
    'schema.setVersion',
    'write',
    `MERGE (m:Meta {key: 'schemaVersion'}) SET m.value = $value RETURN m.value AS value`,
  ),
  peopleSearchTexts: cypher<None, SearchText>('schema.peopleSearchTexts', 'read', `MATCH (p:Person) RETURN p.id AS id, p.searchPublic AS text`),
  organizationSearchTexts: cypher<None, SearchText>('schema.organizationSearchTexts', 'read', `MATCH (o:Organization) RETURN o.id AS id, o.searchPublic AS text`),
  // Search texts are not what derived state (the reach index) reads: they change nothing it keeps.
  setPeopleSearchTexts: cypher<{ rows: Array<{ id: string; text: string }> }, never>('schema.setPeopleSearchTexts', 'write', `UNWIND $rows AS r MATCH (p:Person {id: r.id}) SET p.searchPublic = r.text`, {}),
  setOrganizationSearchTexts: cypher<{ rows: Array<{ id: string; text: string }> }, never>('schema.setOrganizationSearchTexts', 'write', `UNWIND $rows AS r MATCH (o:Organization {id: r.id}) SET o.searchPublic = r.text`, {}),
};
