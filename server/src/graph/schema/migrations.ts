import type { CypherQuery } from '../query.js';

/**
 * Data migrations, applied in order after the tables exist, each once; the applied version is
 * recorded in the graph (Meta {key: 'schemaVersion'}). Tables and columns themselves come from the
 * graph model and are created idempotently at every start, so a migration only moves data.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly queries: readonly CypherQuery[];
}

export const migrations: readonly Migration[] = [
  { version: 1, description: 'Initial model: regions, accounts, sessions, people, organizations, ties', queries: [] },
];

export const latestSchemaVersion = migrations[migrations.length - 1].version;
