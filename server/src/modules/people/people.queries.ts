import { byDialect, cypher, type Params, type RegionScope } from '../../graph/query.js';
import { customFieldsMatch } from '../custom-fields/custom-fields.queries.js';
import type { PersonRecord } from './models/person.model.js';

/** A person, whole. The record's fields and the list filters travel as parameters named as the record's. */
type PersonRow = { p: PersonRecord };
type Scoped = RegionScope & { id: string };

/** Every query is limited to the viewer's regions ($allRegions, $regions): no path returns a person outside them. */
const IN_SCOPE = `($allRegions OR p.region IN $regions)`;

/** Name and zip match for everyone; email and phone only where the viewer may see them, so a search reveals nothing hidden. */
const MATCHES_SEARCH = `($q = '' OR p.searchPublic CONTAINS $q
  OR (($contactsAll OR p.createdBy = $viewerId OR $viewerId IN p.assignees)
      AND (p.searchContact CONTAINS $q OR ($qDigits <> '' AND p.searchContact CONTAINS $qDigits))))`;

const IN_REGION_FILTER = `($regionId = '' OR p.region = $regionId)`;


export const PersonQueries = {
  create: cypher<Params, PersonRow>(
    'person.create',
    'write',
    `CREATE (p:Person {id: $id, name: $name, sortKey: $sortKey, searchPublic: $searchPublic, searchContact: $searchContact,
       emails: $emails, phones: $phones, zip: $zip, region: $region, kinds: $kinds, tags: $tags, notes: $notes,
       assignees: $assignees, addressLine: $addressLine, city: $city, state: $state, customFields: $customFields,
       customFieldTerms: $customFieldTerms, version: 1, createdBy: $viewerId, createdAt: $now, updatedAt: $now})
     RETURN p`,
    { people: ['id'] },
  ),
  byId: cypher<Scoped, PersonRow>('person.byId', 'read', `MATCH (p:Person {id: $id}) WHERE ${IN_SCOPE} RETURN p`, { cached: true, record: 'id' }),
  byIds: cypher<RegionScope & { ids: string[] }, PersonRow>('person.byIds', 'read', `UNWIND $ids AS pid MATCH (p:Person {id: pid}) WHERE ${IN_SCOPE} RETURN p`),
  /** Attending a meeting, training or event makes a person a member (seed 002). */
  becomeMembers: cypher<{ rows: Array<{ id: string; kinds: string[] }>; now: string }, { id: string }>(
    'person.becomeMembers',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.id}) SET p.kinds = r.kinds, p.version = p.version + 1, p.updatedAt = $now RETURN p.id AS id`,
    { people: ['returned.id'], pages: ['returned.id'] },
  ),
  list: cypher<Params, PersonRow>('person.list', 'read', byDialect(customFieldsMatch('p'), (fields) => `MATCH (p:Person)
     WHERE ${IN_SCOPE} AND ${IN_REGION_FILTER} AND ${MATCHES_SEARCH} AND ${fields} AND ($after = '' OR p.sortKey > $after)
     RETURN p ORDER BY p.sortKey LIMIT $limit`), { cached: true }),
  count: cypher<Params, { total: number }>('person.count', 'read', byDialect(customFieldsMatch('p'), (fields) => `MATCH (p:Person)
     WHERE ${IN_SCOPE} AND ${IN_REGION_FILTER} AND ${MATCHES_SEARCH} AND ${fields} RETURN count(p) AS total`), { cached: true }),
  update: cypher<Params, PersonRow>(
    'person.update',
    'write',
    `MATCH (p:Person {id: $id})
     WHERE ${IN_SCOPE} AND p.version = $version
     SET p.name = $name, p.sortKey = $sortKey, p.searchPublic = $searchPublic, p.searchContact = $searchContact,
         p.emails = $emails, p.phones = $phones, p.zip = $zip, p.region = $region, p.kinds = $kinds, p.tags = $tags,
         p.notes = $notes, p.addressLine = $addressLine, p.city = $city, p.state = $state, p.customFields = $customFields,
         p.customFieldTerms = $customFieldTerms, p.updatedAt = $now, p.version = p.version + 1
     RETURN p`,
    { people: ['id'], pages: ['id'] },
  ),
  /** Assignment is not an edit of the record: it does not change the version, and is safe against concurrent assigns. */
  setAssignee: cypher<Scoped & { accountId: string; assign: boolean; assignees: string[] }, PersonRow>('person.setAssignee', 'write', {
    // The embedded engine runs one write transaction at a time: the service reads and writes the list inside one.
    embedded: `MATCH (p:Person {id: $id}) WHERE ${IN_SCOPE} SET p.assignees = $assignees RETURN p`,
    neo4j: `MATCH (p:Person {id: $id}) WHERE ${IN_SCOPE}
            SET p.assignees = [x IN coalesce(p.assignees, []) WHERE x <> $accountId] + CASE WHEN $assign THEN [$accountId] ELSE [] END
            RETURN p`,
  }, { pages: ['id'] }),
  delete: cypher<Scoped, { id: string }>(
    'person.delete',
    'write',
    `MATCH (p:Person {id: $id}) WHERE ${IN_SCOPE} WITH p, p.id AS id DETACH DELETE p RETURN id`,
    { people: ['id'] },
  ),
};
