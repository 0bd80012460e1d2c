import { searchFold } from '../../common/pagination.js';
import { backfillListFacts } from '../../modules/lists/person-facts.js';
import type { GraphTx } from '../graph-store.port.js';
import type { CypherQuery } from '../query.js';
import { SchemaQueries } from './schema.queries.js';

/**
 * Data migrations, applied in order after the tables exist, each once; the applied version is
 * recorded in the graph (Meta {key: 'schemaVersion'}). Tables and columns themselves come from the
 * graph model and are created idempotently at every start, so a migration only moves data.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly queries: readonly CypherQuery[];
  /** A change Cypher alone cannot make (e.g. text folding), in the same transaction, after the queries. */
  readonly rewrite?: (tx: GraphTx) => Promise<void>;
}

/** Rewrites the search texts that folding accents changes (most are plain ASCII and stay). */
async function foldSearchTexts(tx: GraphTx): Promise<void> {
  for (const [read, write] of [
    [SchemaQueries.peopleSearchTexts, SchemaQueries.setPeopleSearchTexts],
    [SchemaQueries.organizationSearchTexts, SchemaQueries.setOrganizationSearchTexts],
  ] as const) {
    const rows = (await tx.run(read))
      .map((r) => ({ id: r.id, text: typeof r.text === 'string' ? r.text : '' }))
      .filter((r) => searchFold(r.text) !== r.text)
      .map((r) => ({ id: r.id, text: searchFold(r.text) }));
    for (let i = 0; i < rows.length; i += 10_000) await tx.run(write, { rows: rows.slice(i, i + 10_000) });
  }
}

export const migrations: readonly Migration[] = [
  { version: 1, description: 'Initial model: regions, accounts, sessions, people, organizations, ties', queries: [] },
  { version: 2, description: 'Search ignores accents: names in search texts are folded (María is found as Maria)', queries: [], rewrite: foldSearchTexts },
  {
    version: 3,
    description: 'Lists: each person keeps their last contact and turnout ask times (kept up to date from now on)',
    queries: [],
    rewrite: backfillListFacts,
  },
];

export const latestSchemaVersion = migrations[migrations.length - 1].version;
