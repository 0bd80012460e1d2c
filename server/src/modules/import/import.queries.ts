import { cypher, type Params, type RegionScope } from '../../graph/query.js';

/** What matching reads of a record in scope (people: with emails and zip). */
export type KeyRow = { id: string; name: string | null; region: string | null; emails?: string[] | null; zip?: string | null };
/** A record, whole, as a plain property record: imports compare and copy its fields by name. */
export type RecordNode = Record<string, unknown> & { id: string; version?: number };
/** An ImportJob node's properties (import-job.ts jobFromNode reads them). */
export type JobNode = Record<string, unknown>;

type ByIds = { ids: string[] };
/** A batch's rows (as the kinds build them), with the job's id, who imports and when. */
type Batch = Params & { rows: readonly unknown[] };
type Changed = { id: string };

/**
 * Batched reads and writes for imports: one request per batch and kind of write, never one per row.
 * Scope parameters ($allRegions, $regions) limit matching to the importing account's regions.
 */
export const ImportQueries = {
  /** What matching needs of every person in scope: emails, and name + zip + region for people without one. */
  personKeys: cypher<RegionScope, KeyRow>(
    'import.personKeys',
    'read',
    `MATCH (p:Person) WHERE $allRegions OR p.region IN $regions
     RETURN p.id AS id, p.emails AS emails, p.name AS name, p.zip AS zip, p.region AS region`,
  ),
  organizationKeys: cypher<RegionScope, KeyRow>(
    'import.organizationKeys',
    'read',
    `MATCH (o:Organization) WHERE $allRegions OR o.region IN $regions RETURN o.id AS id, o.name AS name, o.region AS region`,
  ),
  peopleByIds: cypher<ByIds, { p: RecordNode }>('import.peopleByIds', 'read', `UNWIND $ids AS pid MATCH (p:Person {id: pid}) RETURN p`),
  organizationsByIds: cypher<ByIds, { o: RecordNode }>('import.organizationsByIds', 'read', `UNWIND $ids AS oid MATCH (o:Organization {id: oid}) RETURN o`),
  createPeople: cypher<Batch, never>(
    'import.createPeople',
    'write',
    `UNWIND $rows AS r CREATE (p:Person {id: r.id, name: r.name, sortKey: r.sortKey, searchPublic: r.searchPublic,
       searchContact: r.searchContact, emails: r.emails, phones: r.phones, zip: r.zip, region: r.region, kinds: r.kinds,
       tags: r.tags, notes: r.notes, assignees: r.assignees, addressLine: r.addressLine, city: r.city, state: r.state,
       customFields: r.customFields, customFieldTerms: r.customFieldTerms, version: 1, createdBy: $accountId, createdAt: $now, updatedAt: $now,
       importId: $importId, importVersion: 1})`,
    { people: ['rows.id'] },
  ),
  /** Only where the version is still the one read: a record someone changed meanwhile is reported, not overwritten. */
  updatePeople: cypher<Batch, Changed>(
    'import.updatePeople',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.id}) WHERE p.version = r.version
     SET p.name = r.name, p.sortKey = r.sortKey, p.searchPublic = r.searchPublic, p.searchContact = r.searchContact,
         p.emails = r.emails, p.phones = r.phones, p.zip = r.zip, p.region = r.region, p.kinds = r.kinds, p.tags = r.tags,
         p.notes = r.notes, p.updatedAt = $now, p.version = r.version + 1,
         p.importVersion = CASE WHEN p.importId = $importId THEN r.version + 1 ELSE p.importVersion END
     RETURN p.id AS id`,
    { people: ['returned.id'] },
  ),
  /** The rows path's street address and custom fields of updated people (updatePeople is shared with the bulk path, which has none). */
  setPeopleStreet: cypher<Batch, never>(
    'import.setPeopleStreet',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.id})
     SET p.addressLine = r.addressLine, p.city = r.city, p.state = r.state, p.customFields = r.customFields, p.customFieldTerms = r.customFieldTerms`,
    {},
  ),
  setOrganizationsStreet: cypher<Batch, never>(
    'import.setOrganizationsStreet',
    'write',
    `UNWIND $rows AS r MATCH (o:Organization {id: r.id})
     SET o.addressLine = r.addressLine, o.city = r.city, o.state = r.state, o.customFields = r.customFields, o.customFieldTerms = r.customFieldTerms`,
    {},
  ),
  createOrganizations: cypher<Batch, never>(
    'import.createOrganizations',
    'write',
    `UNWIND $rows AS r CREATE (o:Organization {id: r.id, name: r.name, sortKey: r.sortKey, searchPublic: r.searchPublic,
       type: r.type, issueAreas: r.issueAreas, ledBy: r.ledBy, zip: r.zip, region: r.region, website: r.website,
       notes: r.notes, addressLine: r.addressLine, city: r.city, state: r.state, customFields: r.customFields,
       customFieldTerms: r.customFieldTerms, version: 1, createdBy: $accountId, createdAt: $now, updatedAt: $now, importId: $importId, importVersion: 1})`,
    { organizations: ['rows.id'] },
  ),
  updateOrganizations: cypher<Batch, Changed>(
    'import.updateOrganizations',
    'write',
    `UNWIND $rows AS r MATCH (o:Organization {id: r.id}) WHERE o.version = r.version
     SET o.name = r.name, o.sortKey = r.sortKey, o.searchPublic = r.searchPublic, o.type = r.type, o.issueAreas = r.issueAreas,
         o.ledBy = r.ledBy, o.zip = r.zip, o.region = r.region, o.website = r.website, o.notes = r.notes,
         o.updatedAt = $now, o.version = r.version + 1,
         o.importVersion = CASE WHEN o.importId = $importId THEN r.version + 1 ELSE o.importVersion END
     RETURN o.id AS id`,
    { organizations: ['returned.id'] },
  ),
  /** One history entry per record imported, written with the batch. */
  personHistory: cypher<Batch, never>(
    'import.personHistory',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.entityId})
     CREATE (c:Change {id: r.id, at: $now, accountId: $accountId, entityType: 'person', entityId: r.entityId,
       action: r.action, summary: r.summary, summaryMessage: r.summaryMessage, details: r.details})-[:ABOUT]->(p)`,
    {},
  ),
  organizationHistory: cypher<Batch, never>(
    'import.organizationHistory',
    'write',
    `UNWIND $rows AS r MATCH (o:Organization {id: r.entityId})
     CREATE (c:Change {id: r.id, at: $now, accountId: $accountId, entityType: 'organization', entityId: r.entityId,
       action: r.action, summary: r.summary, summaryMessage: r.summaryMessage, details: r.details})-[:ABOUT]->(o)`,
    {},
  ),
  /**
   * Before-images for roll-back: one ImportUndo per job and record (the first image a job saw is kept; the version
   * is the one the job's last write left).
   */
  undoRecords: cypher<Batch, never>(
    'import.undoRecords',
    'write',
    `UNWIND $rows AS r MERGE (u:ImportUndo {id: r.id})
     ON CREATE SET u.jobId = $jobId, u.entityType = $entityType, u.entityId = r.entityId, u.name = r.name, u.before = r.before,
       u.versionBefore = r.versionBefore
     SET u.version = r.version`,
  ),
  /** Before-images of relationships an import changed (not created): what they were, and what the import left. */
  undoLinks: cypher<Batch, never>(
    'import.undoLinks',
    'write',
    `UNWIND $rows AS r MERGE (u:ImportUndo {id: r.id})
     ON CREATE SET u.jobId = $jobId, u.entityType = $entityType, u.entityId = r.entityId, u.name = r.name, u.before = r.before
     SET u.after = r.after`,
  ),
  /** The last mapping an account used, per kind. */
  mapping: cypher<{ key: string }, { value: string | null }>('import.mapping', 'read', `MATCH (m:Meta {key: $key}) RETURN m.value AS value`),
  saveMapping: cypher<{ key: string; value: string }, never>('import.saveMapping', 'write', `MERGE (m:Meta {key: $key}) SET m.value = $value`),
  /** Import jobs (runs, not dry runs): written when they start, with every batch, and when they end. */
  saveJob: cypher<Params, never>(
    'import.saveJob',
    'write',
    `MERGE (j:ImportJob {id: $id})
     SET j.kind = $kind, j.accountId = $accountId, j.status = $status, j.fileName = $fileName, j.checksum = $checksum,
         j.mapping = $mapping, j.defaultRegion = $defaultRegion, j.total = $total, j.processed = $processed, j.created = $created,
         j.updated = $updated, j.unchanged = $unchanged, j.skipped = $skipped, j.problems = $problems, j.error = $error,
         j.startedAt = $startedAt, j.updatedAt = $updatedAt, j.finishedAt = $finishedAt, j.rolledBackAt = $rolledBackAt,
         j.rollback = $rollback, j.path = $path, j.resumedFrom = $resumedFrom`,
  ),
  job: cypher<{ id: string }, { j: JobNode }>('import.job', 'read', `MATCH (j:ImportJob {id: $id}) RETURN j`),
  /** An account's jobs, newest first (all accounts' for $all). */
  jobs: cypher<{ everyone: boolean; accountId: string; limit: number }, { j: JobNode }>(
    'import.jobs',
    'read',
    `MATCH (j:ImportJob) WHERE $everyone OR j.accountId = $accountId RETURN j ORDER BY j.startedAt DESC LIMIT $limit`,
  ),
  /** At start: jobs still marked running were stopped by the process ending (or, on Neo4j, not heard of since $before). */
  interruptJobs: cypher<{ everyone: boolean; before: string; error: string }, Changed>(
    'import.interruptJobs',
    'write',
    `MATCH (j:ImportJob) WHERE j.status = 'running' AND ($everyone OR j.updatedAt < $before)
     SET j.status = 'interrupted', j.error = $error, j.finishedAt = j.updatedAt RETURN j.id AS id`,
  ),
};
