import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher, type Params } from '../../graph/query.js';

type None = Record<string, never>;
/** A batch's rows (as the kinds build them), with the job's id, who imports and when. */
type Batch = Params & { rows?: readonly unknown[] };
/** New ties or records from a staged file (COPY FROM) or in batches, stamped with the job's id and the time. */
type Load = Params & { now: string; importId: string };
/**
 * A row of an export (COPY TO on the embedded engine, where it comes from the file; a plain read on Neo4j):
 * columns by position (bulk-import.ts scan), named by the engine.
 */
type ExportedRow = Record<string, unknown>;

/**
 * The bulk import path (bulk-import.ts, kinds/ties.ts). On the embedded engine new records are staged in CSV
 * files and loaded with COPY FROM, and what matching needs is read with COPY (MATCH ...) TO: the file names
 * are part of the statement (the engine takes no parameter there), so they are fixed at start, in a folder
 * of this process's own (temporary directory, process id and a random name, never from input), and bulk jobs
 * in one process take turns. On Neo4j the same queries are UNWIND batches and plain reads.
 */
export const STAGING_DIR = join(tmpdir(), `coalition-import-${process.pid}-${randomUUID()}`);
export const STAGING_FILES = {
  people: join(STAGING_DIR, 'people.csv'),
  organizations: join(STAGING_DIR, 'organizations.csv'),
  /** Records with a line break in a text (notes), which only the engine's single-threaded CSV reader takes. */
  peopleLines: join(STAGING_DIR, 'people-lines.csv'),
  organizationsLines: join(STAGING_DIR, 'organizations-lines.csv'),
  /** New ties: the first half of the lines, and the second (written by another thread). */
  knows: join(STAGING_DIR, 'knows.csv'),
  knows2: join(STAGING_DIR, 'knows-2.csv'),
  personKeys: join(STAGING_DIR, 'person-keys.csv'),
  organizationKeys: join(STAGING_DIR, 'organization-keys.csv'),
  knowsPairs: join(STAGING_DIR, 'knows-pairs.csv'),
};
/** COPY needs the path inside the text; a temporary directory with a quote in its name falls back to batches. */
export const STAGING_USABLE = !/['\\\n]/.test(STAGING_DIR);

/** Columns of the staging files, in order (the COPY statements name them, so the table's own order does not matter). */
export const PERSON_COLUMNS = [
  'id', 'name', 'sortKey', 'searchPublic', 'searchContact', 'emails', 'phones', 'zip', 'region', 'kinds', 'tags', 'notes',
  'assignees', 'version', 'createdBy', 'createdAt', 'updatedAt', 'importId',
] as const;
export const ORGANIZATION_COLUMNS = [
  'id', 'name', 'sortKey', 'searchPublic', 'type', 'issueAreas', 'ledBy', 'zip', 'region', 'website', 'notes',
  'version', 'createdBy', 'createdAt', 'updatedAt', 'importId',
] as const;
/**
 * Added after those when the file maps the street address or custom fields (a file without them stages the
 * lines above, as before): `customFields` is the values' JSON text, `customFieldTerms` a list like `emails`.
 */
export const STREET_COLUMNS = ['addressLine', 'city', 'state', 'customFields', 'customFieldTerms'] as const;
export const PERSON_STREET_COLUMNS = [...PERSON_COLUMNS, ...STREET_COLUMNS] as const;
export const ORGANIZATION_STREET_COLUMNS = [...ORGANIZATION_COLUMNS, ...STREET_COLUMNS] as const;
/**
 * A tie's properties as COPY sets them. The staging file holds the two ends (from, to) and the first four
 * (no header); createdAt and importId, the same on every tie of a job, are parameters of the COPY rather than
 * columns of a file of 10M lines (a third of its bytes). Who created an imported tie is its job's (the history
 * entry `importId` leads to), and it has no updatedAt until it changes.
 */
export const KNOWS_COLUMNS = ['strength', 'context', 'since', 'lastContact', 'createdAt', 'importId'] as const;

const CSV_OPTIONS = `(HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false)`;
const CSV_OPTIONS_NO_HEADER = `(HEADER=false, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false)`;
/** Records with a line break in a text (notes): only the engine's single-threaded CSV reader takes them. */
const CSV_OPTIONS_LINES = `(HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, PARALLEL=FALSE)`;

const createPeopleText = `UNWIND $rows AS r CREATE (p:Person {id: r.id, name: r.name, sortKey: r.sortKey, searchPublic: r.searchPublic,
  searchContact: r.searchContact, emails: r.emails, phones: r.phones, zip: r.zip, region: r.region, kinds: r.kinds, tags: r.tags,
  notes: r.notes, assignees: r.assignees, addressLine: r.addressLine, city: r.city, state: r.state, customFields: r.customFields,
  customFieldTerms: r.customFieldTerms, version: 1, createdBy: $accountId, createdAt: $now, updatedAt: $now, importId: $importId})`;
const createOrganizationsText = `UNWIND $rows AS r CREATE (o:Organization {id: r.id, name: r.name, sortKey: r.sortKey,
  searchPublic: r.searchPublic, type: r.type, issueAreas: r.issueAreas, ledBy: r.ledBy, zip: r.zip, region: r.region,
  website: r.website, notes: r.notes, addressLine: r.addressLine, city: r.city, state: r.state, customFields: r.customFields,
  customFieldTerms: r.customFieldTerms, version: 1, createdBy: $accountId, createdAt: $now, updatedAt: $now, importId: $importId})`;
/** A batch whose strengths are all empty would type them as text on the embedded engine: cast them. */
const strengthOf = { embedded: 'CAST(r.strength AS INT64)', neo4j: 'r.strength' };
const createKnowsText = (engine: 'embedded' | 'neo4j') => `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b})
  CREATE (a)-[:KNOWS {strength: ${strengthOf[engine]}, context: r.context, since: r.since, lastContact: r.lastContact,
    createdAt: $now, importId: $importId}]->(b)`;

const copyFrom = (name: string, table: string, columns: readonly string[], file: string, batched: string, options = CSV_OPTIONS) =>
  cypher<Batch, never>(name, 'write', {
    embedded: STAGING_USABLE ? `COPY ${table}(${columns.join(', ')}) FROM '${file}' ${options}` : batched,
    neo4j: batched,
  }, { bulk: true });
const copyKnows = (name: string, files: readonly string[]) =>
  cypher<Load, never>(name, 'write', {
    embedded: STAGING_USABLE
      ? `COPY KNOWS(${KNOWS_COLUMNS.join(', ')}) FROM (LOAD FROM [${files.map((f) => `'${f}'`).join(', ')}] ${CSV_OPTIONS_NO_HEADER}
         RETURN column0, column1, CAST(column2 AS INT64), column3, column4, column5, $now, $importId)`
      : createKnowsText('embedded'),
    neo4j: createKnowsText('neo4j'),
  }, { bulk: true });
const copyTo = (name: string, file: string, match: string) =>
  cypher<None, ExportedRow>(name, 'read', { embedded: STAGING_USABLE ? `COPY (${match}) TO '${file}' (HEADER=false)` : match, neo4j: match });

/**
 * Lists leave the embedded engine joined with the unit separator (U+001F), a control character nobody types,
 * so an element with a comma or bracket comes back whole; Neo4j returns them as lists.
 */
export const LIST_SEPARATOR = '\u001f';
const joined = (list: string) => ({ embedded: `list_to_string('${LIST_SEPARATOR}', ${list})`, neo4j: list });
const exportBoth = (name: string, file: string, match: (list: (l: string) => string) => string) =>
  cypher<None, ExportedRow>(name, 'read', {
    embedded: STAGING_USABLE ? `COPY (${match((l) => joined(l).embedded)}) TO '${file}' (HEADER=false)` : match((l) => joined(l).embedded),
    neo4j: match((l) => joined(l).neo4j),
  });

export const BulkQueries = {
  /** How many people and organizations there are: the in-memory key tables are sized once, not grown row by row. */
  recordCounts: cypher<None, { people: number; organizations: number }>(
    'import.bulk.recordCounts',
    'read',
    `MATCH (p:Person) WITH count(p) AS people OPTIONAL MATCH (o:Organization) RETURN people, count(o) AS organizations`,
  ),
  /** Every person's match keys (filtered to the importer's regions as they are read). */
  personKeys: exportBoth('import.bulk.personKeys', STAGING_FILES.personKeys, (l) => `MATCH (p:Person) RETURN p.id, ${l('p.emails')}, p.name, p.zip, p.region`),
  /** What merging a row into an existing record needs, for every record (people and organizations). */
  personRecords: exportBoth(
    'import.bulk.personRecords',
    STAGING_FILES.personKeys,
    (l) => `MATCH (p:Person) RETURN p.id, p.name, ${l('p.emails')}, ${l('p.phones')}, p.zip, p.region, ${l('p.kinds')}, ${l('p.tags')}, p.notes, p.version, ${l('p.assignees')}`,
  ),
  organizationRecords: exportBoth(
    'import.bulk.organizationRecords',
    STAGING_FILES.organizationKeys,
    (l) => `MATCH (o:Organization) RETURN o.id, o.name, o.type, ${l('o.issueAreas')}, ${l('o.ledBy')}, o.zip, o.region, o.website, o.notes, o.version`,
  ),
  /**
   * The same with the street address and custom fields, read only when the file's mapping fills them in (five
   * more columns of every record to export and parse otherwise).
   */
  personRecordsStreet: exportBoth(
    'import.bulk.personRecordsStreet',
    STAGING_FILES.personKeys,
    (l) => `MATCH (p:Person) RETURN p.id, p.name, ${l('p.emails')}, ${l('p.phones')}, p.zip, p.region, ${l('p.kinds')}, ${l('p.tags')}, p.notes, p.version, ${l('p.assignees')},
      p.addressLine, p.city, p.state, p.customFields, ${l('p.customFieldTerms')}`,
  ),
  organizationRecordsStreet: exportBoth(
    'import.bulk.organizationRecordsStreet',
    STAGING_FILES.organizationKeys,
    (l) => `MATCH (o:Organization) RETURN o.id, o.name, o.type, ${l('o.issueAreas')}, ${l('o.ledBy')}, o.zip, o.region, o.website, o.notes, o.version,
      o.addressLine, o.city, o.state, o.customFields, ${l('o.customFieldTerms')}`,
  ),
  /** Every tie with what an import compares. */
  knowsPairs: copyTo(
    'import.bulk.knowsPairs',
    STAGING_FILES.knowsPairs,
    `MATCH (a:Person)-[k:KNOWS]->(b:Person) RETURN a.id, b.id, k.strength, k.context, k.since, k.lastContact`,
  ),

  /** New records: the staged file in one COPY (embedded), or these rows (Neo4j, and rows COPY cannot carry). */
  copyPeople: copyFrom('import.bulk.copyPeople', 'Person', PERSON_COLUMNS, STAGING_FILES.people, createPeopleText),
  copyOrganizations: copyFrom('import.bulk.copyOrganizations', 'Organization', ORGANIZATION_COLUMNS, STAGING_FILES.organizations, createOrganizationsText),
  copyPeopleLines: copyFrom('import.bulk.copyPeopleLines', 'Person', PERSON_COLUMNS, STAGING_FILES.peopleLines, createPeopleText, CSV_OPTIONS_LINES),
  copyOrganizationsLines: copyFrom('import.bulk.copyOrganizationsLines', 'Organization', ORGANIZATION_COLUMNS, STAGING_FILES.organizationsLines, createOrganizationsText, CSV_OPTIONS_LINES),
  /** The same with the street address and custom fields (STREET_COLUMNS), for files that map them. */
  copyPeopleStreet: copyFrom('import.bulk.copyPeopleStreet', 'Person', PERSON_STREET_COLUMNS, STAGING_FILES.people, createPeopleText),
  copyOrganizationsStreet: copyFrom('import.bulk.copyOrganizationsStreet', 'Organization', ORGANIZATION_STREET_COLUMNS, STAGING_FILES.organizations, createOrganizationsText),
  copyPeopleStreetLines: copyFrom('import.bulk.copyPeopleStreetLines', 'Person', PERSON_STREET_COLUMNS, STAGING_FILES.peopleLines, createPeopleText, CSV_OPTIONS_LINES),
  copyOrganizationsStreetLines: copyFrom('import.bulk.copyOrganizationsStreetLines', 'Organization', ORGANIZATION_STREET_COLUMNS, STAGING_FILES.organizationsLines, createOrganizationsText, CSV_OPTIONS_LINES),
  copyKnows: copyKnows('import.bulk.copyKnows', [STAGING_FILES.knows]),
  /**
   * The same from both halves (tie-staging.ts), when the second has lines: the engine takes the columns of a
   * list of files from the first, so an empty first file would load nothing.
   */
  copyKnowsHalves: copyKnows('import.bulk.copyKnowsHalves', [STAGING_FILES.knows, STAGING_FILES.knows2]),
  createPeople: cypher<Load, never>('import.bulk.createPeople', 'write', createPeopleText, { people: ['rows.id'] }),
  createOrganizations: cypher<Load, never>('import.bulk.createOrganizations', 'write', createOrganizationsText, { organizations: ['rows.id'] }),
  createKnows: cypher<Load, never>('import.bulk.createKnows', 'write', { embedded: createKnowsText('embedded'), neo4j: createKnowsText('neo4j') }, { bulk: true }),

  /**
   * Ties already there that a row changes (either direction: a tie is stored once). The ends first, then the tie
   * between them: one pattern naming both ids cost the embedded engine about 15 times as much (see knowsHistory).
   */
  updateKnows: cypher<Batch, never>('import.bulk.updateKnows', 'write', {
    embedded: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]-(b)
     SET k.strength = ${strengthOf.embedded}, k.context = r.context, k.since = r.since, k.lastContact = r.lastContact, k.updatedAt = $now`,
    neo4j: `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) MATCH (a)-[k:KNOWS]-(b)
     SET k.strength = r.strength, k.context = r.context, k.since = r.since, k.lastContact = r.lastContact, k.updatedAt = $now`,
  }, { people: ['rows.a', 'rows.b'] }),
  /**
   * A changed tie's history, on both people, as when it is set by hand. Two MATCH clauses: the embedded engine
   * plans `MATCH (a {id}), (b {id})` after UNWIND as a join that took 7 s for 10,000 rows among 10,000 people,
   * against 0.17 s for two clauses (measured).
   */
  knowsHistory: cypher<Batch, never>(
    'import.bulk.knowsHistory',
    'write',
    `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b})
     CREATE (c:Change {id: r.id, at: $now, accountId: $accountId, entityType: 'tie', entityId: r.entityId,
       action: 'tie set', summary: r.summary, summaryMessage: r.summaryMessage, details: r.details})
     CREATE (c)-[:ABOUT]->(a)
     CREATE (c)-[:ABOUT]->(b)`,
    {},
  ),
  /**
   * Before-images of the ties a job updated (not created), in the ImportUndo store the rows path keeps for links:
   * entityId "a|b" (the ends as the tie is stored, smaller id first), the two people's names, the tie's values
   * before (JSON) and what the import left (JSON). Written in the transaction of the update, each tie once per
   * job (a job's changed ties are distinct): CREATE, as MERGE costs the embedded engine a look through every
   * ImportUndo per row (40,000 rows: 6.3 s against 2.0 s, and slower as the store keeps more).
   */
  undoKnows: cypher<Batch, never>(
    'import.bulk.undoKnows',
    'write',
    `UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b})
     CREATE (u:ImportUndo {id: r.id, jobId: $importId, entityType: 'KNOWS', entityId: r.entityId,
       name: coalesce(a.name, '') + ' – ' + coalesce(b.name, ''), before: r.before, after: r.after})`,
    {},
  ),
  /**
   * The one history entry of a bulk import job: the records and ties it created carry `importId` = the job
   * id, and their history shows this entry (who, when, which file, how many).
   */
  jobChange: cypher<{ id: string; now: string; accountId: string; jobId: string; summary: string; summaryMessage: string; details: string }, never>(
    'import.bulk.jobChange',
    'write',
    `CREATE (c:Change {id: $id, at: $now, accountId: $accountId, entityType: 'import', entityId: $jobId,
       action: 'imported', summary: $summary, summaryMessage: $summaryMessage, details: $details})`,
  ),
};
