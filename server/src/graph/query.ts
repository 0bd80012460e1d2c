/**
 * Every Cypher text the application sends is declared once, by name, through `cypher()`.
 * The registry lets the test suite lint every Neo4j text with Neo4j's own parser, and lets the
 * engines cache prepared statements by name. Texts are constants: values always travel as parameters.
 */
export type QueryMode = 'read' | 'write';

export interface CypherQuery {
  readonly name: string;
  readonly mode: QueryMode;
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
}

const registry = new Map<string, CypherQuery>();

/**
 * Declares a query. Pass one text when both dialects agree, or `{ embedded, neo4j }` side by side
 * where they differ.
 */
export function cypher(
  name: string,
  mode: QueryMode,
  text: string | { embedded: string; neo4j: string },
  options: { cached?: boolean } = {},
): CypherQuery {
  if (registry.has(name)) throw new Error(`Cypher query "${name}" is declared twice`);
  const q: CypherQuery = Object.freeze({
    name,
    mode,
    embedded: typeof text === 'string' ? text : text.embedded,
    neo4j: typeof text === 'string' ? text : text.neo4j,
    ...(options.cached && mode === 'read' ? { cached: true } : {}),
  });
  registry.set(name, q);
  return q;
}

export function registeredQueries(): CypherQuery[] {
  return [...registry.values()];
}
