import { asDeclared, type GraphStore, type Params, type Row } from './graph-store.port.js';
import type { CypherQuery } from './query.js';

/** Answers with more rows than this are not kept: record pages are small, exports and index loads are not. */
const MAX_ROWS = 1_000;
/** Parameters longer than this (long id lists) are not worth a key. */
const MAX_KEY = 2_000;

interface Entry {
  generation: number;
  rows: Row[];
}

/**
 * Record reads (queries declared `cached`) answered from memory until the next write.
 *
 * Measured (bench/read-path.mjs, docs/read-path.md): the person page took 12.8 ms of server CPU with its seven
 * engine reads (0.3-3 ms each, most of it turning whole nodes into rows), 0.85 ms with them answered from memory;
 * batching cannot remove reads a page needs, reading them once per write does.
 *
 * Exact only where this process is the only writer: the embedded engine (one process opens the data folder).
 * Every write and transaction that goes through this store moves the generation when it starts and when it
 * ends; an answer is kept only when no write was under way from the start of its read to its end, and served
 * only while the generation has not moved since. Rows are copied out, so no caller can change what another reads.
 */
export type ReadCachedStore = GraphStore & {
  /** Reads answered from memory, and reads that went to the engine (declared cached or not), since start (for benchmarks and tests). */
  stats(): { served: number; missed: number; entries: number };
};

/**
 * The store with record reads kept in memory: a Proxy (as withChangeFeed and withRequestDeadlines are) that
 * overrides reading and the calls that write (read, write, transaction; applySchema writes too; close drops what
 * is kept); every other member, present or not (backup, writes, onCommit, capabilities, isNew), is the inner store's.
 */
export function withReadCache(inner: GraphStore, maxEntries: number): ReadCachedStore {
  const cache = new ReadCache(inner, maxEntries);
  const own: Pick<ReadCachedStore, 'read' | 'write' | 'transaction' | 'applySchema' | 'close' | 'stats'> = {
    read: <P extends Params, R>(query: CypherQuery<P, R>, params?: P) => cache.read(query, params),
    write: (query, params) => cache.changing(() => inner.write(query, params)),
    transaction: (work) => cache.changing(() => inner.transaction(work)),
    applySchema: () => cache.changing(() => inner.applySchema()),
    close: () => {
      cache.clear();
      return inner.close();
    },
    stats: () => cache.stats(),
  };
  return new Proxy(inner, {
    get(target, p, receiver) {
      if (Object.hasOwn(own, p)) return own[p as keyof typeof own];
      const v = Reflect.get(target, p, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  }) as ReadCachedStore;
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
    if (kept && kept.generation === this.generation && this.writing === 0) {
      // Most recently used last, so the oldest is dropped first.
      this.entries.delete(key);
      this.entries.set(key, kept);
      this.served++;
      return copyRows(kept.rows);
    }
    if (kept) this.entries.delete(key);
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
        this.entries.set(key, { generation, rows: copyRows(result) });
        if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      }
      return result;
    } finally {
      if (this.pending.get(key)?.rows === rows) this.pending.delete(key);
    }
  }

  async changing<T>(work: () => Promise<T>): Promise<T> {
    this.writing++;
    this.generation++;
    this.entries.clear();
    try {
      return await work();
    } finally {
      this.writing--;
      this.generation++;
    }
  }
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
