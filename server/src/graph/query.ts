/**
 * Every Cypher text the application sends is declared once, by name, through `cypher()`.
 * The registry lets the test suite lint every Neo4j text with Neo4j's own parser, and lets the
 * engines cache prepared statements by name. Texts are constants: values always travel as parameters.
 */
/** Parameters of a query, and a result row (nodes and relationships come back as plain property objects). */
export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** The parameters of a query limited to the viewer's regions (common/viewer.ts regionScope gives them). */
export type RegionScope = { allRegions: boolean; regions: string[] };

export type QueryMode = 'read' | 'write';

/**
 * What a write changes that derived state (the reach index, and the maps and leader scores built on it) keeps:
 * where the ids of the changed records are. Each entry is a path into the parameters (`id`, `ids`,
 * `rows.personId`: every element's field) or into the rows the query returned (`returned.a`). The change feed
 * (change-feed.ts) reads them after the commit. `bulk`: the records are not in the parameters (COPY from a staged
 * file, every record of a job); the writer describes them (GraphTx.describe) or every record counts as changed.
 * `{}`: the query changes nothing derived state reads. See test/change-declarations.spec.ts.
 *
 * `pages`, for the read cache (read-cache.ts), not derived state: paths, as above, to the ids of every record
 * whose kept record reads this write may change (a person edited: that person, shown on their own page and on
 * the pages of everyone tied to them; a tie: both people). A write without `pages` empties the whole cache.
 */
export interface Changes {
  readonly people?: readonly string[];
  readonly organizations?: readonly string[];
  readonly teams?: readonly string[];
  readonly bulk?: true;
  readonly pages?: readonly string[];
}

/**
 * A declared query. `P` is what its parameters hold and `R` what each row it returns holds: declared once, at
 * cypher<P, R>(), so the store's read/write/run give rows of that type and check the parameters (no casts where
 * the rows are used). A bare `CypherQuery` is any query.
 */
export interface CypherQuery<P extends Params = Params, R = unknown> {
  readonly name: string;
  readonly mode: QueryMode;
  /** Writes: what it changes for derived state (see Changes). */
  readonly changes?: Changes;
  /** Text for the embedded engine (LadybugDB dialect). */
  readonly embedded: string;
  /** Text for Neo4j. */
  readonly neo4j: string;
  /**
   * A record read whose answer may be kept in memory until the next write (graph/read-cache.ts): it reads only
   * the graph (no side effect such as COPY TO, no clock inside the text), so equal parameters between two
   * writes give equal rows.
   */
  readonly cached?: boolean;
  /**
   * A cached read about one record (or several): the path to its id in the parameters (`id`, `ids`). Its kept
   * answer is dropped only by a write that declares, in `pages`, that record or any record in the answer; a
   * cached read without it (a list, a count) is dropped by every write.
   */
  readonly record?: string;
  /**
   * Types only, never set: the parameters the query takes and the row it gives. A method, so any declared query
   * is a bare `CypherQuery` whatever its parameters (method parameters compare both ways).
   */
  types?(params: P): R;
}

/** The fourth argument of cypher(): for a read, whether it may be kept in memory; for a write, what it changes. */
export interface QueryOptions extends Changes {
  readonly cached?: boolean;
  readonly record?: string;
}

function changesOf(options: QueryOptions): Changes {
  const { cached: _cached, record: _record, ...changes } = options;
  return changes;
}

/** A dialect's text of each fragment: `{ embedded, neo4j }`, as cypher() takes it. */
export interface DialectTexts {
  readonly embedded: string;
  readonly neo4j: string;
}

/** The two texts of a query that differs between the dialects only in one fragment (written once, for each dialect). */
export function byDialect(fragment: DialectTexts, text: (fragment: string) => string): DialectTexts {
  return { embedded: text(fragment.embedded), neo4j: text(fragment.neo4j) };
}

const registry = new Map<string, CypherQuery>();

/**
 * Declares a query. Pass one text when both dialects agree, or `{ embedded, neo4j }` side by side
 * where they differ.
 */
export function cypher<P extends Params = Params, R = Row>(
  name: string,
  mode: QueryMode,
  text: string | { embedded: string; neo4j: string },
  options?: QueryOptions,
): CypherQuery<P, R> {
  if (registry.has(name)) throw new Error(`Cypher query "${name}" is declared twice`);
  const q: CypherQuery = Object.freeze({
    name,
    mode,
    embedded: typeof text === 'string' ? text : text.embedded,
    neo4j: typeof text === 'string' ? text : text.neo4j,
    ...(mode === 'read' && options?.cached ? { cached: true } : {}),
    ...(mode === 'read' && options?.cached && options.record ? { record: options.record } : {}),
    ...(mode === 'write' && options ? { changes: Object.freeze(changesOf(options)) } : {}),
  });
  registry.set(name, q);
  return q as CypherQuery<P, R>;
}

export function registeredQueries(): CypherQuery[] {
  return [...registry.values()];
}
