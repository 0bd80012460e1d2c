import { existsSync, mkdirSync, statSync, truncateSync } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Logger } from '@nestjs/common';
import lbug from '@ladybugdb/core';
import type { Connection, Database, LbugValue, PreparedStatement, QueryResult } from '@ladybugdb/core';
import { asDeclared, type GraphStore, type GraphTx, type Params, type Row } from '../../graph-store.port.js';
import type { CypherQuery } from '../../query.js';
import { GraphError } from '../../errors.js';
import { storageFull } from '../../../common/app-error.js';
import { checkpointRoom, copySourceFiles, DiskRoom, estimateWriteBytes } from './disk-room.js';
import { graphModel } from '../../schema/graph-model.js';
import { embeddedTableStatements, embeddedType } from './embedded-ddl.js';
import { ReadWriteGate } from './read-write-gate.js';

export interface EmbeddedOptions {
  /** A file inside the data folder, e.g. data/graph.lbug. */
  readonly file: string;
  readonly readConnections?: number;
  /** Free space to keep in the data folder: writes are refused below it (STORAGE_RESERVE_MB). */
  readonly reserveBytes?: number;
  /** The database file did not exist before this start (open-store.ts checked): only then may the demo load. */
  readonly isNew?: boolean;
}

/** The default STORAGE_RESERVE_MB: see app-config.ts for why. */
export const DEFAULT_RESERVE_BYTES = 64 * 2 ** 20;

const WRITE_STOPPED_MESSAGE =
  'The server stopped saving after a disk error: nothing was saved. Tell your administrator (the server needs free space and a restart).';
const COMMIT_FAILED_MESSAGE =
  'The server could not finish saving this change because of a disk error: it may have been saved. Check before trying again, and tell your administrator.';

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
  readonly capabilities = { soleWriter: true, fileCopy: true } as const;
  private db!: Database;
  private writer!: Conn;
  private readers: Conn[] = [];
  private idleReaders: Conn[] = [];
  private waitingReaders: Array<(c: Conn) => void> = [];
  private writeQueue: Promise<unknown> = Promise.resolve();
  /** Reads run together, a write transaction alone (read-write-gate.ts says why). */
  private readonly gate = new ReadWriteGate();
  private closed = false;
  private readonly room: DiskRoom;
  /** Size of the write-ahead log after the last commit or checkpoint. */
  private walBytes = 0;
  /** Set by the first I/O error from the engine: no write, checkpoint or close-time checkpoint after it. */
  private stoppedBy: string | null = null;
  private readonly logger = new Logger('Storage');
  /** COPY statements' staging files, by query name (their names are in the text). */
  private readonly copyFiles = new Map<string, string[]>();
  readonly isNew: boolean;

  private constructor(private readonly options: EmbeddedOptions) {
    this.room = new DiskRoom(dirname(options.file), options.reserveBytes ?? DEFAULT_RESERVE_BYTES);
    this.isNew = options.isNew ?? false;
  }

  static async open(options: EmbeddedOptions): Promise<EmbeddedGraphStore> {
    const store = new EmbeddedGraphStore(options);
    await store.init();
    return store;
  }

  private async init(): Promise<void> {
    mkdirSync(dirname(this.options.file), { recursive: true });
    // enableChecksums=false (9th argument): LadybugDB 0.19.1 writes records over ~4 KB to the WAL
    // with a bad checksum, and then refuses to open after a crash. Without checksums they replay intact.
    // autoCheckpoint stays on (6th): a COPY is not in the log, only the checkpoint its COMMIT runs makes it durable
    // (with it off, a COPY committed and then killed was gone). The room for that checkpoint is kept before each write.
    this.db = new lbug.Database(this.options.file, 0, true, false, 0, true, -1, true, false);
    await this.db.init();
    this.walBytes = this.fileSize(`${this.options.file}.wal`);
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

  async read<P extends Params, R>(query: CypherQuery<P, R>, params?: P): Promise<R[]> {
    this.assertOpen(query.name);
    return this.gate.read(async () => {
      const c = await this.acquireReader();
      try {
        return asDeclared<R>(await c.run(query, params));
      } finally {
        this.releaseReader(c);
      }
    });
  }

  private committed = 0;

  writes(): number {
    return this.committed;
  }

  write<P extends Params, R>(query: CypherQuery<P, R>, params?: P): Promise<R[]> {
    return this.transaction((tx) => tx.run(query, params));
  }

  transaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    this.assertOpen('transaction');
    const job = this.writeQueue.then(async () => {
      if (this.stoppedBy) throw storageFull(WRITE_STOPPED_MESSAGE);
      // Where the log ends before this transaction: what a failed write leaves after it is cut off.
      this.walBytes = this.fileSize(`${this.options.file}.wal`);
      // Checked before each statement reaches the engine, with what the transaction has added so far.
      let bytes = 0;
      const run = async <P extends Params, R>(q: CypherQuery<P, R>, p?: P): Promise<R[]> => {
        bytes += estimateWriteBytes(this.copySources(q), p);
        if (!this.room.fits(bytes, this.walBytes)) throw storageFull();
        return asDeclared<R>(await this.writer.run(q, p));
      };
      if (!this.room.fits(0, this.walBytes)) throw storageFull();
      // No read runs on the engine while the transaction does (read-write-gate.ts).
      return this.gate.write(async () => {
        await this.writer.exec('BEGIN TRANSACTION');
        let committing = false;
        try {
          const result = await work({ run });
          committing = true;
          await this.writer.exec('COMMIT');
          this.committed++;
          this.afterCommit(bytes);
          return result;
        } catch (e) {
          await this.writer.exec('ROLLBACK').catch(() => undefined);
          if (isIoError(e)) {
            const first = !this.stoppedBy;
            // The checkpoint a COMMIT runs failed after the commit was logged: the log was set aside and replays with it.
            const logged = committing && existsSync(`${this.options.file}.wal.checkpoint`);
            this.stop(e, logged ? 'the checkpoint of a commit' : 'a write');
            // What the failed transaction left in the log is cut off now, so a crash before a clean stop reopens too.
            const cut = first && !logged ? this.cutLogToLastCommit() : false;
            throw storageFull(committing && !cut ? COMMIT_FAILED_MESSAGE : WRITE_STOPPED_MESSAGE);
          }
          throw e;
        }
      });
    });
    this.writeQueue = job.catch(() => undefined);
    return job;
  }

  private copySources(q: CypherQuery): string[] {
    let files = this.copyFiles.get(q.name);
    if (!files) this.copyFiles.set(q.name, (files = copySourceFiles(q.embedded)));
    return files;
  }

  private afterCommit(bytes: number): void {
    this.room.spent(bytes);
    this.walBytes = this.fileSize(`${this.options.file}.wal`);
  }

  /**
   * Folds the log into the database file, only when a checkpoint fits in the free space: otherwise the log stays
   * (it replays at the next open).
   */
  private async checkpoint(why: string): Promise<boolean> {
    if (this.stoppedBy) return false;
    this.room.forget();
    if (this.room.free() < checkpointRoom(this.walBytes)) return false;
    try {
      await this.writer.exec('CHECKPOINT');
      return true;
    } catch (e) {
      if (isIoError(e)) this.stop(e, `the checkpoint ${why}`);
      throw e;
    } finally {
      this.room.forget();
      this.walBytes = this.fileSize(`${this.options.file}.wal`);
    }
  }

  /** After an I/O error the engine's files may be half-written: no further write or checkpoint of this process touches them. */
  private stop(e: unknown, during = 'a write'): void {
    if (this.stoppedBy) return;
    const message = e instanceof GraphError ? e.engineMessage : e instanceof Error ? e.message : String(e);
    // A short write on a full disk can come back without ENOSPC ("numBytesWritten: 923. Error: Success").
    this.room.forget();
    const full = /no space left/i.test(message) || this.room.free() < checkpointRoom(0);
    this.stoppedBy = full ? 'no space left on the disk' : 'an I/O error';
    this.logger.error(
      `The database engine hit ${this.stoppedBy} during ${during} in ${dirname(this.options.file)}: the app is read-only ` +
        'from now on (reads go on, writes are refused). Free space, then restart the app; the write-ahead log is kept and replays at the next start.',
    );
  }

  /**
   * A write that failed on a full disk can leave part of its record at the end of the log, and the engine then
   * refuses to open ("Reading past the end of the file graph.lbug.wal"). The log is cut back to its size after
   * the last commit (writes are one at a time, so what follows is only the failed transaction's).
   */
  private cutLogToLastCommit(): boolean {
    const wal = `${this.options.file}.wal`;
    try {
      if (this.fileSize(wal) > this.walBytes) truncateSync(wal, this.walBytes);
      return true;
    } catch {
      return false;
    }
  }

  private fileSize(file: string): number {
    return existsSync(file) ? statSync(file).size : 0;
  }

  async applySchema(): Promise<void> {
    await this.enqueue(() => this.gate.write(async () => {
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
    }));
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
      if (this.stoppedBy) throw storageFull(WRITE_STOPPED_MESSAGE);
      // The copy is as large as the database file and the checkpoint before it folds in the log.
      this.room.forget();
      if (!this.room.fits(this.fileSize(this.options.file), this.walBytes)) {
        throw storageFull("The server's disk is almost full: the backup was not written. Tell your administrator.");
      }
      // Alone, like a write: a CHECKPOINT run while a read scanned ties crashed the engine (read-write-gate.ts).
      const records = await this.gate.write(async () => {
        try {
          await this.writer.exec('CHECKPOINT');
        } catch (e) {
          if (isIoError(e)) this.stop(e, 'the checkpoint before a backup');
          throw e;
        } finally {
          this.walBytes = this.fileSize(`${this.options.file}.wal`);
          this.room.forget();
        }
        return count ? Number((await this.writer.run(count))[0]?.total) : undefined;
      });
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
    const folded = await this.checkpoint('at close').catch(() => false);
    for (const c of [...this.readers, this.writer]) await c.raw.close();
    // Closing the database checkpoints whatever is in the log. After an I/O error, or without room for that,
    // the database is left unclosed, as after a crash: the log stays and replays at the next open (checked by
    // experiment on a full tmpfs: every acknowledged write came back, none refused did).
    if (folded || (!this.stoppedBy && this.walBytes === 0)) await this.db.close();
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
  if (isIoError(message)) return new GraphError('io', queryName, message);
  return new GraphError('internal', queryName, message);
}

/** The engine's words for a failed read or write of its files (full disk among them). */
function isIoError(e: unknown): boolean {
  const message = e instanceof GraphError ? e.engineMessage : e instanceof Error ? e.message : String(e);
  return e instanceof GraphError ? e.kind === 'io' : /IO exception|no space left|Cannot write to file|Input\/output error/i.test(message);
}
