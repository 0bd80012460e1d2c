/**
 * The graph model: labels, relationship types and their properties, as data both engines use.
 * The embedded engine creates typed tables from it; Neo4j gets constraints and indexes from it.
 * `schema/graph-model.json` at the repository root is generated from this file (a test fails on drift).
 */
export type PropertyType = 'string' | 'string[]' | 'int' | 'float' | 'bool';

export interface PropertyDef {
  readonly type: PropertyType;
  /** Neo4j: a range index on this property. */
  readonly indexed?: boolean;
  /** Neo4j: a text index (speeds up CONTAINS search). */
  readonly text?: boolean;
  /** Neo4j: a uniqueness constraint. */
  readonly unique?: boolean;
}

export interface NodeDef {
  readonly label: string;
  readonly key: string;
  readonly properties: Readonly<Record<string, PropertyDef>>;
}

export interface RelDef {
  readonly type: string;
  readonly between: ReadonlyArray<readonly [from: string, to: string]>;
  readonly properties: Readonly<Record<string, PropertyDef>>;
}

export interface GraphModel {
  readonly version: number;
  readonly nodes: readonly NodeDef[];
  readonly relationships: readonly RelDef[];
}

const s: PropertyDef = { type: 'string' };
const list: PropertyDef = { type: 'string[]' };
const int: PropertyDef = { type: 'int' };
const float: PropertyDef = { type: 'float' };
const bool: PropertyDef = { type: 'bool' };

/** Timestamps are ISO-8601 UTC strings and dates are YYYY-MM-DD strings: sortable, and the same on both engines. */
const audit = { createdBy: s, createdAt: s, updatedAt: s } as const;

/** since and until (YYYY-MM-DD): when it began and, if it has, ended (network maps show the graph as of a date). */
const affiliation = { since: s, until: s, title: s, createdBy: s, createdAt: s } as const;

/** What a CSV import created carries the import's id (ImportJob.id), so a roll-back finds it (see modules/import). */
const imported = { importId: { type: 'string', indexed: true } } as const satisfies Record<string, PropertyDef>;
/** On records an import created: the version it left them at (a later edit makes the version differ). */
const importedRecord = { ...imported, importVersion: int } as const;

/** A street address beside the zip code (the zip stays its own indexed property: maps and distance use it). */
const street = { addressLine: s, city: s, state: s } as const;

/**
 * Custom field values (see modules/custom-fields): a JSON object key → value, because Neo4j properties cannot
 * hold maps and the embedded engine's typed tables cannot gain a column per field an admin defines; and the
 * `key=value` terms a list filters on (a string list both engines test with IN).
 */
const customValues = { customFields: s, customFieldTerms: list } as const;

export const graphModel: GraphModel = {
  version: 1,
  nodes: [
    { label: 'Meta', key: 'key', properties: { key: s, value: s } },
    { label: 'Region', key: 'id', properties: { id: s, name: s } },
    {
      label: 'Account',
      key: 'id',
      properties: {
        id: s,
        email: { type: 'string', unique: true },
        displayName: s,
        passwordHash: s,
        role: s,
        regions: list,
        allRegions: bool,
        disabled: bool,
        createdAt: s,
        /** The person record of this user ("me"), so what they log defaults to them. */
        personId: s,
        /** May download CSV exports (admins always may). */
        canExport: bool,
        /** false: no daily email of due follow-ups (unset counts as on). */
        digestEmails: bool,
        /** The language the app, emails and error messages use ('en', 'es'); unset: the browser's (Accept-Language). */
        locale: s,
      },
    },
    {
      label: 'Session',
      key: 'id',
      properties: { id: s, createdAt: s, expiresAt: { type: 'string', indexed: true } },
    },
    {
      label: 'Person',
      key: 'id',
      properties: {
        id: s,
        name: s,
        sortKey: { type: 'string', indexed: true },
        searchPublic: { type: 'string', text: true },
        searchContact: { type: 'string', text: true },
        emails: list,
        phones: list,
        zip: { type: 'string', indexed: true },
        region: { type: 'string', indexed: true },
        kinds: list,
        tags: list,
        notes: s,
        assignees: list,
        ...street,
        ...customValues,
        /** Derived, kept in the transactions that change them (modules/lists/person-facts.ts): latest meeting date, ask times newest first. */
        lastContact: { type: 'string', indexed: true },
        askDates: list,
        version: int,
        ...audit,
        ...importedRecord,
      },
    },
    {
      label: 'Organization',
      key: 'id',
      properties: {
        id: s,
        name: s,
        sortKey: { type: 'string', indexed: true },
        searchPublic: { type: 'string', text: true },
        type: s,
        issueAreas: list,
        ledBy: list,
        zip: { type: 'string', indexed: true },
        region: { type: 'string', indexed: true },
        website: s,
        notes: s,
        /** Affiliate groups: the MOU's state (NONE, SENT, SIGNED, TERMINATED) and its dates (seed 002). */
        mouStatus: s,
        mouSentOn: s,
        mouSignedOn: s,
        mouTerminatedOn: s,
        /** Affiliate groups: how far around their zip code they organize, in miles. */
        areaMiles: float,
        ...street,
        ...customValues,
        version: int,
        ...audit,
        ...importedRecord,
      },
    },
    {
      label: 'Team',
      key: 'id',
      properties: { id: s, name: s, sortKey: { type: 'string', indexed: true }, kind: s, region: { type: 'string', indexed: true }, notes: s, version: int, ...audit },
    },
    {
      label: 'Issue',
      key: 'id',
      properties: { id: s, name: s, sortKey: { type: 'string', indexed: true }, scope: s, description: s, region: { type: 'string', indexed: true }, version: int, ...audit },
    },
    {
      label: 'IssueAssembly',
      key: 'id',
      properties: { id: s, name: s, date: s, region: { type: 'string', indexed: true }, notes: s, ...audit },
    },
    {
      label: 'Campaign',
      key: 'id',
      properties: {
        id: s,
        name: s,
        sortKey: { type: 'string', indexed: true },
        status: s,
        theoryOfChange: s,
        actionProposal: s,
        region: { type: 'string', indexed: true },
        version: int,
        ...audit,
      },
    },
    {
      label: 'Interaction',
      key: 'id',
      properties: { id: s, kind: s, date: { type: 'string', indexed: true }, notes: s, region: { type: 'string', indexed: true }, version: int, ...audit, ...imported },
    },
    {
      label: 'FollowUp',
      key: 'id',
      properties: { id: s, text: s, dueDate: s, done: bool, doneAt: s, assigneeId: { type: 'string', indexed: true }, region: s, ...audit, ...imported },
    },
    {
      label: 'Event',
      key: 'id',
      properties: {
        id: s, name: s, date: { type: 'string', indexed: true }, zip: s, location: s, notes: s, region: { type: 'string', indexed: true }, version: int, ...audit,
        /** The public RSVP page: its address (/rsvp/<token>, random, kept when the page is turned off and on) and whether it is open. */
        rsvpPageToken: { type: 'string', unique: true },
        rsvpPageOn: bool,
      },
    },
    {
      label: 'EndorsementAsk',
      key: 'id',
      properties: {
        id: s,
        status: { type: 'string', indexed: true },
        nextStep: s,
        notes: s,
        askedOn: s,
        decidedOn: s,
        region: { type: 'string', indexed: true },
        version: int,
        ...audit,
      },
    },
    {
      label: 'Race',
      key: 'id',
      properties: { id: s, name: s, sortKey: { type: 'string', indexed: true }, electionDate: s, zip: s, areaMiles: float, region: { type: 'string', indexed: true }, version: int, ...audit },
    },
    { label: 'Candidate', key: 'id', properties: { id: s, name: s, party: s, ...audit } },
    {
      label: 'Assessment',
      key: 'id',
      properties: { id: s, theme: s, level: int, assessedOn: s, notes: s, ...audit },
    },
    /** A field admins define for people or organizations, coalition-wide (region null) or for one region. */
    {
      label: 'FieldDefinition',
      key: 'id',
      properties: {
        id: s, entity: s, key: s, label: s, type: s, choices: list, region: s, position: int, version: int, ...audit,
      },
    },
    /** Every CSV export: who, when, what, how many rows (issue 5). */
    {
      label: 'ExportRecord',
      key: 'id',
      properties: { id: s, at: { type: 'string', indexed: true }, accountId: s, what: s, rows: int, regions: list },
    },
    /** A filter saved under a name (issue 14): private to its owner, or shared with everyone working in its region. */
    {
      label: 'SavedList',
      key: 'id',
      properties: {
        id: s, name: s, entity: s, filter: s, sort: s, columns: list, shared: bool, region: { type: 'string', indexed: true },
        createdBy: { type: 'string', indexed: true }, createdAt: s, updatedAt: s,
      },
    },
    /** A bulk action on people (issue 14): what it changed, with each record's values before, so the last one can be undone. */
    {
      label: 'BulkAction',
      key: 'id',
      properties: {
        id: s, at: { type: 'string', indexed: true }, accountId: { type: 'string', indexed: true }, kind: s, summary: s, count: int,
        before: s, undoneAt: s,
        /** A large action runs as a job in parts: 'running' until its last part ('' or 'done' after), 'failed' when a part failed. */
        status: s, total: int, done: int, skipped: s, error: s,
        /** The summary and the error as catalogue messages with their values (i18n/said.ts), said in each reader's language. */
        summaryMessage: s, errorMessage: s,
      },
    },
    /** One part of a bulk action run as a job: the before-image of the records that part changed, written with them. */
    {
      label: 'BulkActionPart',
      key: 'id',
      properties: { id: s, bulkId: { type: 'string', indexed: true }, seq: int, before: s },
    },
    /** A merge of two person records (issue 5): what the merged record was and every relationship it had, so it can be undone. */
    {
      label: 'MergeRecord',
      key: 'id',
      properties: {
        id: s, at: { type: 'string', indexed: true }, accountId: s, entityType: s, keptId: { type: 'string', indexed: true }, mergedId: s,
        keptName: s, mergedName: s, region: { type: 'string', indexed: true }, keptVersion: int, snapshot: s, undoneAt: s, undoneBy: s,
      },
    },
    /** A CSV import that writes (issue 5): its progress is written with each batch, so an interrupted one can resume. */
    {
      label: 'ImportJob',
      key: 'id',
      properties: {
        id: s, kind: s, accountId: { type: 'string', indexed: true }, status: s, fileName: s, checksum: s, mapping: s, defaultRegion: s,
        total: int, processed: int, created: int, updated: int, unchanged: int, skipped: int, problems: s, error: s,
        startedAt: { type: 'string', indexed: true }, updatedAt: s, finishedAt: s, rolledBackAt: s, rolledBackBy: s, rollback: s,
        /** 'bulk' for a job of the bulk path (bulk-import.ts: no before-images, no resume), else 'rows'. */
        path: s,
        /** The row offset the last run started from: 0, or where an interrupted run had stopped (it was resumed). */
        resumedFrom: int,
      },
    },
    /** What an import changed in a record it did not create (its fields before, the version it left), for roll-back. */
    {
      label: 'ImportUndo',
      key: 'id',
      properties: { id: s, jobId: { type: 'string', indexed: true }, entityType: s, entityId: s, name: s, before: s, after: s, version: int, versionBefore: int },
    },
    /**
     * The admins' audit log (issue 14): accounts, sign-ins, exports, merges, imports, bulk actions. Linked to
     * nothing, so deleting what it is about leaves it; only ever created (modules/audit).
     */
    {
      label: 'AuditEntry',
      key: 'id',
      properties: {
        id: s, at: { type: 'string', indexed: true }, action: { type: 'string', indexed: true }, actorId: { type: 'string', indexed: true },
        targetType: s, targetId: { type: 'string', indexed: true }, summary: s, details: s, clientAddress: s,
        /** The summary as a catalogue message and its values (JSON), said in each reader's language; '' on older entries. */
        summaryMessage: s,
      },
    },
    {
      /**
       * A create mutation's idempotency key (id: account and key), written in the create's own transaction, so a
       * retry with the same key answers the record made the first time. Pruned a day after `at`.
       */
      label: 'IdempotencyKey',
      key: 'id',
      properties: { id: s, accountId: s, operation: s, fingerprint: s, resultId: s, at: { type: 'string', indexed: true } },
    },
    {
      label: 'Change',
      key: 'id',
      properties: {
        id: s,
        at: { type: 'string', indexed: true },
        accountId: s,
        entityType: s,
        entityId: { type: 'string', indexed: true },
        action: s,
        summary: s,
        /** The summary as a catalogue message and its values (JSON), said in each reader's language; '' or null on older entries. */
        summaryMessage: s,
        details: s,
      },
    },
  ],
  relationships: [
    {
      type: 'KNOWS',
      between: [['Person', 'Person']],
      properties: {
        /** Set by hand (1-5), or null. */
        strength: int,
        context: s,
        since: s,
        /** YYYY-MM-DD the tie ended, or null (network maps show the graph as of a date). */
        until: s,
        /** Interaction score at scoreAt, fading with a 180-day half-life; see interactions/tie-strength.ts. */
        score: float,
        scoreAt: s,
        lastContact: s,
        interactions: int,
        ...audit,
        /** The import job that created this tie. */
        importId: s,
      },
    },
    { type: 'SESSION_OF', between: [['Session', 'Account']], properties: {} },
    {
      type: 'ABOUT',
      between: [['Change', 'Person'], ['Change', 'Organization'], ['Change', 'Team'], ['Change', 'Issue'], ['Change', 'Campaign'], ['Change', 'Interaction'], ['Change', 'Event'], ['Change', 'EndorsementAsk'], ['Change', 'Race']],
      properties: {},
    },
    { type: 'MEMBER_OF', between: [['Person', 'Organization'], ['Person', 'Team']], properties: affiliation },
    { type: 'WORKS_AT', between: [['Person', 'Organization']], properties: affiliation },
    { type: 'LEADS', between: [['Person', 'Organization']], properties: affiliation },
    /** A specific, winnable issue narrows a broad problem area. */
    { type: 'NARROWS', between: [['Issue', 'Issue']], properties: { createdAt: s } },
    /** An Issue Assembly's decision on an issue: PRIORITIZED or NOT_PRIORITIZED. */
    { type: 'DECIDED', between: [['IssueAssembly', 'Issue']], properties: { outcome: s, notes: s, createdBy: s, createdAt: s } },
    { type: 'ON_ISSUE', between: [['Campaign', 'Issue']], properties: {} },
    { type: 'TARGETS', between: [['Campaign', 'Person'], ['Campaign', 'Organization']], properties: {} },
    { type: 'PROPOSED_BY', between: [['Campaign', 'Team']], properties: {} },
    /** The regional strategy team's approval of the campaign plan (seed 000). */
    { type: 'APPROVED_BY', between: [['Campaign', 'Team']], properties: { accountId: s, at: s } },
    { type: 'PARTNER_IN', between: [['Organization', 'Campaign']], properties: { createdBy: s, createdAt: s } },
    { type: 'FOR_CAMPAIGN', between: [['Event', 'Campaign']], properties: {} },
    {
      type: 'RSVPED',
      between: [['Person', 'Event']],
      /** source 'public-page': sent through the event's public RSVP page; invitedById: the person the RSVP named as inviter. */
      properties: { status: s, at: s, importId: s, source: s, invitedById: s, invitedByText: s },
    },
    /** broughtById: the person who brought them (turnout credit for the gatherer). */
    { type: 'ATTENDED', between: [['Person', 'Event']], properties: { broughtById: s, recordedBy: s, at: s, importId: s } },
    /** A turnout ask: someone asked this person to come (seed 000: don't exhaust members). */
    { type: 'ASKED_TO_ATTEND', between: [['Person', 'Event']], properties: { id: s, at: s, askedBy: s } },
    /** An endorsement ask: the organization asked, what it is asked to endorse, and the person who asks. */
    { type: 'ASKS', between: [['EndorsementAsk', 'Organization']], properties: {} },
    { type: 'TO_ENDORSE', between: [['EndorsementAsk', 'Campaign'], ['EndorsementAsk', 'Candidate']], properties: {} },
    { type: 'ASKED_BY', between: [['EndorsementAsk', 'Person']], properties: {} },
    { type: 'RUNS_IN', between: [['Candidate', 'Race']], properties: {} },
    /** A leadership assessment of a person (seed 004), and who mentors whom. */
    { type: 'ASSESSES', between: [['Assessment', 'Person']], properties: {} },
    { type: 'MENTORS', between: [['Person', 'Person']], properties: { since: s, createdBy: s, createdAt: s } },
    { type: 'PARTICIPATED', between: [['Person', 'Interaction']], properties: { host: bool, forOrganizationId: s, importId: s } },
    { type: 'SPOKE_FOR', between: [['Interaction', 'Organization']], properties: { importId: s } },
    { type: 'FOLLOWS_UP', between: [['FollowUp', 'Interaction']], properties: { importId: s } },
    /**
     * Power maps (issue 16): who influences a person (a decision-maker), how strongly (1-5) and how, recorded by
     * leaders, staff and admins.
     */
    { type: 'INFLUENCES', between: [['Person', 'Person'], ['Organization', 'Person']], properties: { strength: int, note: s, ...audit } },
    /**
     * A record placed by hand on a campaign's power map: stance (-2 against .. 2 with us) and influence over the
     * target (1-5); either may be null (then it is derived, see modules/powermap).
     */
    { type: 'PLACED_ON', between: [['Person', 'Campaign'], ['Organization', 'Campaign']], properties: { stance: int, influence: int, placedBy: s, placedAt: s } },
    /** connector, gatherer, facilitator, logistics coordinator, co-chair, point of contact. */
    {
      type: 'HOLDS_ROLE',
      between: [['Person', 'Campaign'], ['Person', 'Team'], ['Person', 'Organization']],
      properties: { id: s, role: s, organizationId: s, startDate: s, endDate: s, createdBy: s, createdAt: s },
    },
  ],
};
