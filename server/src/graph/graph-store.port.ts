import type { CommitListener, WrittenInBulk } from './changes.js';
import type { CypherQuery, Params, Row } from './query.js';

export type EngineName = 'embedded' | 'neo4j';
export type { Params, Row } from './query.js';

/**
 * Where rows get the type their query declares (cypher<P, R>): the engines build plain rows from what the
 * database returned; the declaration says what they hold. The one place a row is cast.
 */
export const asDeclared = <R>(rows: Row[]): R[] => rows as R[];

export interface GraphTx {
  run<P extends Params, R>(query: CypherQuery<P, R>, params?: NoInfer<P>): Promise<R[]>;
  /** A bulk write: what it wrote, as the writer holds it (see change-feed.ts; set by the feed, absent on a bare engine). */
  describe?(written: WrittenInBulk): void;
}

/**
 * The one door to the graph. Domain code depends on this port only; the engines live behind it.
 * Every call takes a declared query (see query.ts) and parameters, never a string.
 */
/**
 * What an engine can do that domain code chooses its way by, so engine differences stay behind this port
 * (no `engine ===` outside server/src/graph).
 */
export interface StoreCapabilities {
  /**
   * This process is the only one that writes the data (the embedded engine: one process opens the data folder), so
   * what it keeps in memory cannot be changed behind its back: sessions, interrupted jobs at start, the reach index.
   */
  readonly soleWriter: boolean;
  /** Bulk loads from staged CSV files (COPY FROM) and row exports to a file (COPY TO). */
  readonly fileCopy: boolean;
}

export interface GraphStore {
  readonly engine: EngineName;
  readonly capabilities: StoreCapabilities;
  /** Embedded engine: the database file did not exist before this start (the demo loads only then). */
  readonly isNew?: boolean;
  /** A read in its own read transaction. */
  read<P extends Params, R>(query: CypherQuery<P, R>, params?: NoInfer<P>): Promise<R[]>;
  /** A single write in its own transaction. */
  write<P extends Params, R>(query: CypherQuery<P, R>, params?: NoInfer<P>): Promise<R[]>;
  /** Writes that belong together: all commit or none does. */
  transaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T>;
  /**
   * After each committed write or transaction: which records it changed (change-feed.ts; every store that
   * openGraphStore returns has it). The write resolves once the listeners did.
   */
  onCommit?(listener: CommitListener): () => void;
  /** Write transactions this process committed so far: caches of what was read (network maps) compare it. */
  writes?(): number;
  /** Creates missing tables, constraints and indexes from the graph model. Idempotent. */
  applySchema(): Promise<void>;
  /**
   * Waits for queued writes, then releases everything. The embedded engine leaves no `.wal`, except after a disk
   * error or without room for the checkpoint: then the log is kept and replays at the next open.
   */
  close(): Promise<void>;
  /**
   * Embedded engine: writes a consistent copy of the whole database to `file` while the app runs (writes wait
   * for it; reads go on). `count` is run in the same pause and its `total` returned as `records`: what the copy
   * holds. Neo4j has its own tools (neo4j-admin database dump); see the README.
   */
  backup?(file: string, count?: CypherQuery<Params, { total: number }>): Promise<{ bytes: number; records?: number }>;
}

export const GRAPH_STORE = Symbol('GraphStore');
