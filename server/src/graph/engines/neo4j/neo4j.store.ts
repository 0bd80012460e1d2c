import neo4j from 'neo4j-driver';
import type { AuthToken, Config, Driver, QueryResult, Session, Transaction } from 'neo4j-driver';
import { asDeclared, type GraphStore, type GraphTx, type Params, type Row } from '../../graph-store.port.js';
import { cypher, type CypherQuery } from '../../query.js';
import { GraphError } from '../../errors.js';
import { graphModel, type GraphModel } from '../../schema/graph-model.js';
import { neo4jSchemaStatements } from './neo4j-ddl.js';

export interface Neo4jOptions {
  /** bolt://, bolt+s://, neo4j:// or neo4j+s:// */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** The database to use; the user's home database when unset. */
  readonly database?: string;
  /** Makes the driver (tests pass a fake); `neo4j.driver` by default. */
  readonly createDriver?: (uri: string, auth: AuthToken, config: Config) => Driver;
}

/** Run once at open: proves the database named in NEO4J_DATABASE exists and the user may read it. */
export const Neo4jQueries = {
  ping: cypher<Record<string, never>, { ok: number }>('neo4j.ping', 'read', 'RETURN 1 AS ok'),
};

/**
 * Neo4j over Bolt.
 *
 * - `read` runs in a managed read transaction (`executeRead`): the driver retries it on transient
 *   errors, which is harmless for a read. Reads are routed to readers in a cluster.
 * - `write` runs its one statement in a managed write transaction (`executeWrite`). A retry happens
 *   only when the server reports that the transaction did not commit (deadlock, leader switch), so the
 *   statement runs again on unchanged data.
 * - `transaction(work)` uses an explicit transaction (`beginTransaction`, then commit or rollback) and
 *   is never retried: `work` may do more than run Cypher (compute values, record history), and running
 *   it twice must not happen. A transient failure surfaces as a GraphError of kind `unavailable`.
 * - Every session shares one bookmark manager, so a read sees the writes acknowledged before it, also in
 *   a cluster.
 *
 * Integers travel as Neo4j integers and come back as JS numbers (`disableLosslessIntegers`); see
 * `toNeo4jParams` for how whole numbers are told apart from floats.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  readonly capabilities = { soleWriter: false, fileCopy: false } as const;
  private readonly bookmarks = neo4j.bookmarkManager();
  private readonly inFlight = new Set<Promise<unknown>>();
  private closed = false;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  static async open(options: Neo4jOptions): Promise<Neo4jGraphStore> {
    const create = options.createDriver ?? neo4j.driver;
    let driver: Driver;
    try {
      driver = create(options.uri, neo4j.auth.basic(options.user, options.password), {
        disableLosslessIntegers: true,
        userAgent: 'coalition-graph',
      });
    } catch (e) {
      throw connectionError(options, e);
    }
    try {
      await driver.verifyConnectivity({ database: options.database });
      const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.executeRead((tx) => tx.run(Neo4jQueries.ping.neo4j));
      } finally {
        await session.close().catch(() => undefined);
      }
    } catch (e) {
      await driver.close().catch(() => undefined);
      throw connectionError(options, e);
    }
    return new Neo4jGraphStore(driver, options.database);
  }

  read<P extends Params, R>(query: CypherQuery<P, R>, params?: P): Promise<R[]> {
    return this.track(query.name, async () => {
      const session = this.session('read');
      try {
        return await session.executeRead(async (tx) => asDeclared<R>(toRows(await tx.run(query.neo4j, toNeo4jParams(params)))), {
          metadata: { query: query.name },
        });
      } catch (e) {
        throw mapError(e, query.name);
      } finally {
        await session.close().catch(() => undefined);
      }
    });
  }

  private commits = 0;

  writes(): number {
    return this.commits;
  }

  write<P extends Params, R>(query: CypherQuery<P, R>, params?: P): Promise<R[]> {
    return this.track(query.name, async () => {
      const session = this.session('write');
      try {
        const rows = await session.executeWrite(async (tx) => asDeclared<R>(toRows(await tx.run(query.neo4j, toNeo4jParams(params)))), {
          metadata: { query: query.name },
        });
        this.commits++;
        return rows;
      } catch (e) {
        throw mapError(e, query.name);
      } finally {
        await session.close().catch(() => undefined);
      }
    });
  }

  transaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.track('transaction', async () => {
      const session = this.session('write');
      let tx: Transaction | undefined;
      let committed = false;
      try {
        try {
          tx = await session.beginTransaction({ metadata: { query: 'transaction' } });
        } catch (e) {
          throw mapError(e, 'transaction.begin');
        }
        const open = tx;
        const result = await work({
          run: async (query, params) => {
            try {
              return asDeclared(toRows(await open.run(query.neo4j, toNeo4jParams(params))));
            } catch (e) {
              throw mapError(e, query.name);
            }
          },
        });
        try {
          await open.commit();
          committed = true;
          this.commits++;
        } catch (e) {
          throw mapError(e, 'transaction.commit');
        }
        return result;
      } catch (e) {
        // After a failed statement or a throw in `work`: nothing of this transaction is kept.
        if (tx && !committed) await tx.rollback().catch(() => undefined);
        throw e;
      } finally {
        await session.close().catch(() => undefined);
      }
    });
  }

  /** Constraints and indexes from the graph model; each in its own auto-commit transaction, as Neo4j requires. */
  applySchema(): Promise<void> {
    return this.track('schema', async () => {
      const session = this.session('write');
      try {
        for (const ddl of neo4jSchemaStatements(graphModel)) {
          const name = /(?:CONSTRAINT|INDEX) (\w+)/.exec(ddl)?.[1] ?? 'statement';
          try {
            await session.run(ddl);
          } catch (e) {
            throw mapError(e, `schema:${name}`);
          }
        }
      } finally {
        await session.close().catch(() => undefined);
      }
    });
  }

  /** Lets calls in flight finish, then closes the driver and its connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
    await this.driver.close();
  }

  private session(mode: 'read' | 'write'): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  private track<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new GraphError('unavailable', name, 'store is closed'));
    const p = fn();
    this.inFlight.add(p);
    const done = () => this.inFlight.delete(p);
    p.then(done, done);
    return p;
  }
}

// ---------------------------------------------------------------------------------------------
// Parameters

/**
 * Property names the graph model types as float and nowhere as int. A whole number under such a key
 * (say a tie score of exactly 1) is sent as a Neo4j float, so the property keeps one type and float
 * arithmetic in Cypher stays float arithmetic.
 */
function floatKeys(model: GraphModel): ReadonlySet<string> {
  const float = new Set<string>();
  const int = new Set<string>();
  for (const def of [...model.nodes, ...model.relationships]) {
    for (const [name, p] of Object.entries(def.properties)) {
      if (p.type === 'float') float.add(name);
      if (p.type === 'int') int.add(name);
    }
  }
  return new Set([...float].filter((k) => !int.has(k)));
}

const FLOAT_KEYS = floatKeys(graphModel);

/**
 * JS values to Bolt values. Every safe whole number becomes a Neo4j integer, as Cypher requires for
 * `LIMIT $n`, `SKIP $n`, list indexes and `range()`, and as the model's int properties (`version`,
 * `strength`) are stored, except under a float-only key (see FLOAT_KEYS). Other numbers stay floats.
 * `undefined` becomes null and a Date its ISO-8601 string (the model keeps timestamps as strings).
 */
export function toNeo4jParams(params: Params = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = toNeo4jValue(v, k);
  return out;
}

function toNeo4jValue(v: unknown, key: string | undefined): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v) && !(key !== undefined && FLOAT_KEYS.has(key))) return neo4j.int(v);
    return v;
  }
  if (typeof v === 'bigint') return neo4j.int(v.toString());
  if (v instanceof Date) return v.toISOString();
  // Lists keep the key they are under: `scores: [1, 2.5]` is a list of floats if `scores` is.
  if (Array.isArray(v)) return v.map((x) => toNeo4jValue(x, key));
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toNeo4jValue(x, k);
    return out;
  }
  return v;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

// ---------------------------------------------------------------------------------------------
// Results

/** Model properties per label and per relationship type: missing ones come back as null, as on the embedded engine. */
const nodeProps = new Map(graphModel.nodes.map((n) => [n.label, Object.keys(n.properties)]));
const relProps = new Map(graphModel.relationships.map((r) => [r.type, Object.keys(r.properties)]));

function toRows(result: QueryResult): Row[] {
  return result.records.map((record) => normalize(record.toObject()) as Row);
}

/**
 * Bolt values to plain JS, the way the embedded engine returns them: nodes and relationships as their
 * properties only (every model property present, null when unset; no ids or labels), integers as
 * numbers, temporal values as ISO-8601 strings, keys starting with `_` dropped.
 */
export function normalize(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v !== 'object') return v;
  if (neo4j.isInt(v)) return v.toNumber();
  if (Array.isArray(v)) return v.map(normalize);
  if (neo4j.isNode(v)) return entity(v.properties, v.labels.flatMap((l) => nodeProps.get(l) ?? []));
  if (neo4j.isRelationship(v) || neo4j.isUnboundRelationship(v)) return entity(v.properties, relProps.get(v.type) ?? []);
  if (neo4j.isPath(v)) {
    return {
      nodes: [v.start, ...v.segments.map((s) => s.end)].map(normalize),
      relationships: v.segments.map((s) => normalize(s.relationship)),
    };
  }
  if (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isDuration(v)
  ) {
    return v.toString();
  }
  if (neo4j.isPoint(v)) {
    return { srid: normalize(v.srid), x: v.x, y: v.y, ...(v.z === undefined ? {} : { z: v.z }) };
  }
  if (v instanceof Date || v instanceof Uint8Array) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (k.startsWith('_')) continue;
    out[k] = normalize(x);
  }
  return out;
}

function entity(properties: Record<string, unknown>, modelKeys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of modelKeys) out[k] = null;
  for (const [k, x] of Object.entries(properties)) {
    if (k.startsWith('_')) continue;
    out[k] = normalize(x);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Errors

const UNAVAILABLE_CODES = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);
const INVALID_QUERY_CODES = new Set([
  'Neo.ClientError.Statement.SyntaxError',
  'Neo.ClientError.Statement.SemanticError',
  'Neo.ClientError.Statement.ParameterMissing',
  'Neo.ClientError.Statement.TypeError',
  'Neo.ClientError.Statement.ArgumentError',
]);

/**
 * Neo4j errors to GraphError. The user-facing message names only the kind and the query; the engine's
 * message (which can quote stored values) is kept in `engineMessage` for the server alone.
 */
export function mapError(e: unknown, queryName: string): GraphError {
  if (e instanceof GraphError) return e;
  const message = e instanceof Error ? e.message : String(e);
  const code = typeof (e as { code?: unknown } | null)?.code === 'string' ? (e as { code: string }).code : '';
  const engineMessage = code ? `${code}: ${message}` : message;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new GraphError('unique-violation', queryName, engineMessage);
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.')) return new GraphError('unavailable', queryName, engineMessage);
  if (INVALID_QUERY_CODES.has(code)) return new GraphError('invalid-query', queryName, engineMessage);
  return new GraphError('internal', queryName, engineMessage);
}

export class Neo4jConnectionError extends Error {
  override name = 'Neo4jConnectionError';
}

const HINTS: Record<string, string> = {
  'Neo.ClientError.Security.Unauthorized': 'check NEO4J_USER and NEO4J_PASSWORD',
  'Neo.ClientError.Security.AuthenticationRateLimit': 'too many failed sign-ins; wait, then check NEO4J_USER and NEO4J_PASSWORD',
  'Neo.ClientError.Database.DatabaseNotFound': 'check NEO4J_DATABASE',
  [neo4j.error.SERVICE_UNAVAILABLE]: 'is the server running, and NEO4J_URI right?',
};

/** A start-up error an operator can act on. It never contains the password, even if the driver echoed it. */
function connectionError(options: Neo4jOptions, e: unknown): Neo4jConnectionError {
  const code = typeof (e as { code?: unknown } | null)?.code === 'string' ? (e as { code: string }).code : '';
  let reason = e instanceof Error ? e.message : String(e);
  if (code) reason = `${code}: ${reason}`;
  if (options.password) reason = reason.split(options.password).join('***');
  const hint = HINTS[code];
  const where = `${redactUri(options.uri)} as ${options.user}${options.database ? `, database ${options.database}` : ''}`;
  return new Neo4jConnectionError(`Cannot connect to Neo4j at ${where}: ${reason}${hint ? ` (${hint})` : ''}`);
}

/** Drops any user:password@ part of the URI. */
function redactUri(uri: string): string {
  return uri.replace(/\/\/[^/@]*@/, '//');
}
