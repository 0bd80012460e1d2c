import { mkdirSync, statSync } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import lbug from '@ladybugdb/core';
import type { Connection, Database, LbugValue, PreparedStatement, QueryResult } from '@ladybugdb/core';
import type { GraphStore, GraphTx, Params, Row } from '../../graph-store.port.js';
import type { CypherQuery } from '../../query.js';
import { GraphError } from '../../errors.js';
import { graphModel } from '../../schema/graph-model.js';
import { embeddedTableStatements, embeddedType } from './embedded-ddl.js';

export interface EmbeddedOptions {
  /** A file inside the data folder, e.g. data/graph.lbug. */
  readonly file: string;
  readonly readConnections?: number;
}

/** A connection with its own cache of prepared statements, keyed by query name. */
class Conn {
  private readonly prepared = new Map<string, PreparedStatement>();
  constructor(readonly raw: Connection) {}

  async run(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    let ps = this.prepared.get(query.name);
    if (!ps) {
      ps = await this.raw.prepare(query.embedded);
      if (!ps.isSuccess()) throw new GraphError('invalid-query', query.name, ps.getErrorMessage());
      this.prepared.set(query.name, ps);
    }
    let results: QueryResult[] = [];
    try {
      const r = await this.raw.execute(ps, toEngineParams(params));
      results = Array.isArray(r) ? r : [r];
      const rows = await results[results.length - 1].getAll();
      return rows.map((row) => normalize(row) as Row);
    } catch (e) {
      throw mapError(e, query.name);
    } finally {
      for (const r of results) r.close();
    }
  }

  /** Statements built from the graph model (DDL, transaction control): no parameters. */
  async exec(text: string): Promise<Row[]> {
    const r = await this.raw.query(text);
    const results = Array.isArray(r) ? r : [r];
    try {
      return (await results[results.length - 1].getAll()).map((row) => normalize(row) as Row);
    } finally {
      for (const x of results) x.close();
    }
  }
}

/**
 * LadybugDB, in process. It allows one write transaction at a time, and a rejected
 * BEGIN TRANSACTION can crash the process, so every write goes through one queue on one
 * connection. Reads use a small pool of other connections and run alongside.
 */
export class EmbeddedGraphStore implements GraphStore {
  readonly engine = 'embedded' as const;
  private db!: Database;
  private writer!: Conn;
  private readers: Conn[] = [];
  private idleReaders: Conn[] = [];
  private waitingReaders: Array<(c: Conn) => void> = [];
  private writeQueue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(private readonly options: EmbeddedOptions) {}

  static async open(options: EmbeddedOptions): Promise<EmbeddedGraphStore> {
    const store = new EmbeddedGraphStore(options);
    await store.init();
    return store;
  }

  private async init(): Promise<void> {
    mkdirSync(dirname(this.options.file), { recursive: true });
    // enableChecksums=false (9th argument): LadybugDB 0.19.1 writes records over ~4 KB to the WAL
    // with a bad checksum, and then refuses to open after a crash. Without checksums they replay intact.
    this.db = new lbug.Database(this.options.file, 0, true, false, 0, true, -1, true, false);
    await this.db.init();
    this.writer = await this.connect();
    const n = this.options.readConnections ?? 4;
    for (let i = 0; i < n; i++) this.readers.push(await this.connect());
    this.idleReaders = [...this.readers];
  }

  private async connect(): Promise<Conn> {
    const c = new lbug.Connection(this.db);
    await c.init();
    return new Conn(c);
  }

  private acquireReader(): Promise<Conn> {
    const c = this.idleReaders.pop();
    if (c) return Promise.resolve(c);
    return new Promise((resolve) => this.waitingReaders.push(resolve));
  }

  private releaseReader(c: Conn): void {
    const next = this.waitingReaders.shift();
    if (next) next(c);
    else this.idleReaders.push(c);
  }

  async read(query: CypherQuery, params?: Params): Promise<Row[]> {
    this.assertOpen(query.name);
    const c = await this.acquireReader();
    try {
      return await c.run(query, params);
    } finally {
      this.releaseReader(c);
    }
  }

  private committed = 0;

  writes(): number {
    return this.committed;
  }

  write(query: CypherQuery, params?: Params): Promise<Row[]> {
    return this.transaction((tx) => tx.run(query, params));
  }

  transaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    this.assertOpen('transaction');
    const job = this.writeQueue.then(async () => {
      await this.writer.exec('BEGIN TRANSACTION');
      try {
        const result = await work({ run: (q, p) => this.writer.run(q, p) });
        await this.writer.exec('COMMIT');
        this.committed++;
        return result;
      } catch (e) {
        await this.writer.exec('ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
    this.writeQueue = job.catch(() => undefined);
    return job;
  }

  async applySchema(): Promise<void> {
    await this.enqueue(async () => {
      for (const ddl of embeddedTableStatements(graphModel)) await this.writer.exec(ddl);
      // Columns added to the model after a table was created.
      for (const def of [...graphModel.nodes.map((n) => ({ name: n.label, props: n.properties })),
        ...graphModel.relationships.map((r) => ({ name: r.type, props: r.properties }))]) {
        const existing = new Set(
          (await this.writer.exec(`CALL table_info('${def.name}') RETURN name`)).map((r) => String(r.name)),
        );
        for (const [prop, p] of Object.entries(def.props)) {
          if (!existing.has(prop)) await this.writer.exec(`ALTER TABLE ${def.name} ADD ${prop} ${embeddedType(p.type)}`);
        }
      }
      // Endpoints added to a relationship type after its table was created.
      for (const rel of graphModel.relationships) {
        const pairs = new Set(
          (await this.writer.exec(`CALL show_connection('${rel.type}') RETURN *`)).map(
            (r) => `${String(r['source table name'])}->${String(r['destination table name'])}`,
          ),
        );
        for (const [from, to] of rel.between) {
          if (!pairs.has(`${from}->${to}`)) await this.writer.exec(`ALTER TABLE ${rel.type} ADD FROM ${from} TO ${to}`);
        }
      }
    });
  }

  /**
   * A consistent copy while the app runs: in the write queue (so no write is half-done), the write-ahead log is
   * checkpointed into the database file, which is then copied under a temporary name and renamed into place.
   * The copy is asynchronous so reads go on meanwhile. `count`, when given, is run in the same pause: what the
   * copy must hold, for checking it.
   */
  backup(file: string, count?: CypherQuery): Promise<{ bytes: number; records?: number }> {
    this.assertOpen('backup');
    return this.enqueue(async () => {
      await this.writer.exec('CHECKPOINT');
      const records = count ? Number((await this.writer.run(count))[0]?.total) : undefined;
      mkdirSync(dirname(file), { recursive: true });
      const partial = `${file}.partial`;
      try {
        await copyFile(this.options.file, partial);
        await rename(partial, file);
      } catch (e) {
        await rm(partial, { force: true });
        throw e;
      }
      return { bytes: statSync(file).size, records };
    });
  }

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const job = this.writeQueue.then(fn);
    this.writeQueue = job.catch(() => undefined);
    return job;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeQueue;
    // Wait for reads in flight to hand their connections back.
    while (this.idleReaders.length < this.readers.length) await new Promise((r) => setTimeout(r, 5));
    await this.writer.exec('CHECKPOINT').catch(() => undefined);
    for (const c of [...this.readers, this.writer]) await c.raw.close();
    await this.db.close();
  }

  private assertOpen(name: string): void {
    if (this.closed) throw new GraphError('unavailable', name, 'store is closed');
  }
}

/**
 * Opens a database file read-only (a backup being checked), runs declared reads and closes it. The file is not
 * changed (no write-ahead log is made; checked by hash in modules/backup/backups.spec.ts). A damaged file fails here
 * with the engine's message: truncated, foreign and overwritten files raised errors, none crashed the process.
 */
export async function readDatabaseFile(file: string, queries: readonly CypherQuery[]): Promise<Row[][]> {
  // A small buffer pool: this runs beside the app's own database. Checkpoints off: nothing may be written.
  const db = new lbug.Database(file, 256 * 2 ** 20, true, true, 0, false, -1, true, false);
  let conn: Connection | null = null;
  try {
    await db.init();
    conn = new lbug.Connection(db);
    await conn.init();
    const c = new Conn(conn);
    const out: Row[][] = [];
    for (const q of queries) out.push(await c.run(q));
    return out;
  } finally {
    await conn?.close().catch(() => undefined);
    // After a failed open the engine refuses to close what it never opened.
    await db.close().catch(() => undefined);
  }
}

function toEngineParams(params: Params): Record<string, LbugValue> {
  const out: Record<string, LbugValue> = {};
  for (const [k, v] of Object.entries(params)) out[k] = (v === undefined ? null : v) as LbugValue;
  return out;
}

/** Nodes and relationships come back as their properties only; internal ids are dropped. */
function normalize(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(normalize);
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k.startsWith('_')) continue;
      out[k] = normalize(x);
    }
    return out;
  }
  return v;
}

function mapError(e: unknown, queryName: string): GraphError {
  const message = e instanceof Error ? e.message : String(e);
  if (/duplicated primary key/i.test(message)) return new GraphError('unique-violation', queryName, message);
  return new GraphError('internal', queryName, message);
}
