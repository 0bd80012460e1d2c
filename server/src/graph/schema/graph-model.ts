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
const bool: PropertyDef = { type: 'bool' };

/** Timestamps are ISO-8601 UTC strings and dates are YYYY-MM-DD strings: sortable, and the same on both engines. */
const audit = { createdBy: s, createdAt: s, updatedAt: s } as const;

const affiliation = { since: s, title: s, createdBy: s, createdAt: s } as const;

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
        version: int,
        ...audit,
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
        version: int,
        ...audit,
      },
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

        details: s,
      },
    },
  ],
  relationships: [
    {
      type: 'KNOWS',
      between: [['Person', 'Person']],
      properties: { strength: int, context: s, since: s, ...audit },
    },
    { type: 'SESSION_OF', between: [['Session', 'Account']], properties: {} },
    { type: 'ABOUT', between: [['Change', 'Person'], ['Change', 'Organization']], properties: {} },
    { type: 'MEMBER_OF', between: [['Person', 'Organization']], properties: affiliation },
    { type: 'WORKS_AT', between: [['Person', 'Organization']], properties: affiliation },
    { type: 'LEADS', between: [['Person', 'Organization']], properties: affiliation },
  ],
};
