import { idsAt } from './change-feed.js';
import { asDeclared, type GraphStore, type GraphTx, type Params, type Row } from './graph-store.port.js';
import type { CypherQuery } from './query.js';

/** Answers with more rows than this are not kept: record pages are small, exports and index loads are not. */
const MAX_ROWS = 1_000;
/** Parameters longer than this (long id lists) are not worth a key. */
const MAX_KEY = 2_000;

interface Entry {
  query: CypherQuery;
  params: Params;
  rows: Row[];
  /**
   * The records this answer shows (a read declared with `record`): its record parameter, and every id in its rows.
   * null: a read of no one record (a list, a count), dropped at every write.
   */
  records: Set<string> | null;
}

/**
 * Record reads (queries declared `cached`) answered from memory until a write changes them.
 *
 * Measured (bench/read-path.mjs, docs/read-path.md): the person page took 12.8 ms of server CPU with its seven
 * engine reads (0.3-3 ms each, most of it turning whole nodes into rows), 0.85 ms with them answered from memory;
 * batching cannot remove reads a page needs, reading them once per write does. With another client saving 5 ties
 * a second, emptying everything at each write sent nearly every page back to the engine: so a write drops only
 * the answers about the records it declares (`pages`, query.ts), and everything when it declares none.
 *
 * Exact only where this process is the only writer: the embedded engine (one process opens the data folder).
 * Every write and transaction that goes through this store moves the generation when it starts and when it
 * ends; an answer is kept only when no write was under way from the start of its read to its end. When a write
 * ends (committed or not), the answers it may have changed are dropped before its caller hears of it. A read
 * while a write is under way may still be answered from memory: it is concurrent with the write, and the write is
 * not seen as done by anyone before the drop. Rows are copied out, so no caller can change what another reads.
 */
export type ReadCachedStore = GraphStore & {
  /** Reads answered from memory, and reads that went to the engine (declared cached or not), since start (for benchmarks and tests). */
  stats(): { served: number; missed: number; entries: number };
  /**
   * For tests: reads every kept answer again from the engine and names those that differ: a write that changed
   * them without declaring it (`pages`). Empty when every kept answer is what the engine says now.
   */
  stale(): Promise<string[]>;
};

/**
 * The store with record reads kept in memory: a Proxy (as withChangeFeed and withRequestDeadlines are) that
 * overrides reading and the calls that write (read, write, transaction; applySchema writes too; close drops what
 * is kept); every other member, present or not (backup, writes, onCommit, capabilities, isNew), is the inner store's.
 */
export function withReadCache(inner: GraphStore, maxEntries: number): ReadCachedStore {
  const cache = new ReadCache(inner, maxEntries);
  const own: Pick<ReadCachedStore, 'read' | 'write' | 'transaction' | 'applySchema' | 'close' | 'stats' | 'stale'> = {
    read: <P extends Params, R>(query: CypherQuery<P, R>, params?: P) => cache.read(query, params),
    write: (query, params) =>
      cache.changing((dropping) =>
        inner.write(query, params).then((rows) => {
          dropping.add(query, params, rows);
          return rows;
        }),
      ),
    transaction: (work) =>
      cache.changing((dropping) =>
        inner.transaction((tx) =>
          work({
            run: async (query, params) => {
              const rows = await tx.run(query, params);
              dropping.add(query, params, rows);
              return rows;
            },
            ...(tx.describe ? { describe: (written) => (dropping.everything(), tx.describe!(written)) } : {}),
          } satisfies GraphTx),
        ),
      ),
    applySchema: () => cache.changing((dropping) => (dropping.everything(), inner.applySchema())),
    close: () => {
      cache.clear();
      return inner.close();
    },
    stats: () => cache.stats(),
    stale: () => cache.stale(),
  };
  return new Proxy(inner, {
    get(target, p, receiver) {
      if (Object.hasOwn(own, p)) return own[p as keyof typeof own];
      const v = Reflect.get(target, p, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  }) as ReadCachedStore;
}

/** What one write or transaction changes for kept answers: the records it declares (`pages`), or everything. */
class Dropping {
  all = false;
  readonly records = new Set<string>();

  add(query: CypherQuery, params: Params | undefined, rows: readonly unknown[]): void {
    if (query.mode !== 'write') return;
    const pages = query.changes?.pages;
    if (!pages) return this.everything();
    for (const path of pages) idsAt(path, params ?? {}, rows, this.records);
  }

  everything(): void {
    this.all = true;
  }
}

class ReadCache {
  private readonly entries = new Map<string, Entry>();
  /** Identical reads already on their way to the engine: later callers wait for the same answer. */
  private readonly pending = new Map<string, { generation: number; rows: Promise<Row[]> }>();
  private generation = 0;
  private writing = 0;
  private served = 0;
  private missed = 0;

  constructor(
    private readonly inner: GraphStore,
    private readonly maxEntries: number,
  ) {}

  stats(): { served: number; missed: number; entries: number } {
    return { served: this.served, missed: this.missed, entries: this.entries.size };
  }

  clear(): void {
    this.entries.clear();
  }

  async stale(): Promise<string[]> {
    const out: string[] = [];
    for (const e of [...this.entries.values()]) {
      const now = await this.inner.read<Params, Row>(e.query as CypherQuery<Params, Row>, e.params);
      if (!sameRows(now, e.rows)) out.push(`${e.query.name} ${JSON.stringify(e.params)}`);
    }
    return out;
  }

  /** Rows are kept as the engine gave them (Row); the caller gets them typed as its query declares. */
  async read<P extends Params, R>(query: CypherQuery<P, R>, params?: P): Promise<R[]> {
    return asDeclared<R>(await this.readRows(query, params ?? {}));
  }

  private async readRows(query: CypherQuery, params: Params): Promise<Row[]> {
    const inner = (): Promise<Row[]> => this.inner.read<Params, Row>(query as CypherQuery<Params, Row>, params);
    const key = query.cached && this.maxEntries > 0 ? `${query.name}\u0000${JSON.stringify(params)}` : null;
    if (key === null || key.length > MAX_KEY) {
      this.missed++;
      return inner();
    }
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used last, so the oldest is dropped first.
      this.entries.delete(key);
      this.entries.set(key, kept);
      this.served++;
      return copyRows(kept.rows);
    }
    const waiting = this.pending.get(key);
    if (waiting && waiting.generation === this.generation && this.writing === 0) {
      this.served++;
      return copyRows(await waiting.rows);
    }
    this.missed++;
    const generation = this.generation;
    const quiet = this.writing === 0;
    const rows = inner();
    if (quiet) this.pending.set(key, { generation, rows });
    try {
      const result = await rows;
      if (quiet && generation === this.generation && this.writing === 0 && result.length <= MAX_ROWS) {
        this.entries.set(key, { query, params, rows: copyRows(result), records: recordsOf(query, params, result) });
        if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      }
      return result;
    } finally {
      if (this.pending.get(key)?.rows === rows) this.pending.delete(key);
    }
  }

  async changing<T>(work: (dropping: Dropping) => Promise<T>): Promise<T> {
    const dropping = new Dropping();
    this.writing++;
    this.generation++;
    try {
      return await work(dropping);
    } catch (e) {
      // Rolled back, but what ran before the failure is not worth reasoning about: drop everything.
      dropping.everything();
      throw e;
    } finally {
      this.drop(dropping);
      this.writing--;
      this.generation++;
    }
  }

  private drop(dropping: Dropping): void {
    if (dropping.all) return this.entries.clear();
    for (const [key, e] of this.entries) {
      if (e.records === null || [...dropping.records].some((id) => e.records!.has(id))) this.entries.delete(key);
    }
  }
}

/**
 * The records a kept answer shows: its declared record parameter (`id`, or each of `ids`), and every string at a
 * key `id` or ending in `Id`, in each row and in each object of a row (a node: `o AS person`, a change's
 * `entityId`). A write that declares any of them drops the answer. null when the read declares no record.
 */
function recordsOf(query: CypherQuery, params: Params, rows: Row[]): Set<string> | null {
  if (!query.record) return null;
  const out = new Set<string>();
  idsAt(query.record, params, [], out);
  const take = (o: Record<string, unknown>): void => {
    for (const k in o) {
      const v = o[k];
      if (typeof v === 'string' && (k === 'id' || k.endsWith('Id'))) out.add(v);
    }
  };
  for (const row of rows) {
    take(row);
    for (const k in row) {
      const v = row[k];
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) take(v as Record<string, unknown>);
    }
  }
  return out;
}

/** The same rows, in any order (a read without ORDER BY may list them differently). */
function sameRows(a: Row[], b: Row[]): boolean {
  const texts = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort().join('\n');
  return texts(a) === texts(b);
}

/**
 * Rows as the engines give them (store.ts normalizes them): plain objects, arrays, strings, numbers, booleans,
 * null, Dates. Copied by hand: structuredClone took 7% of a record page's CPU in a profile, this a fraction.
 */
function copy(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(copy);
  if (v instanceof Date) return new Date(v.getTime());
  const out: Record<string, unknown> = {};
  for (const k in v as Record<string, unknown>) out[k] = copy((v as Record<string, unknown>)[k]);
  return out;
}

function copyRows(rows: Row[]): Row[] {
  return rows.map((r) => copy(r) as Row);
}
