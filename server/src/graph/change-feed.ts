import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Committed, CommitListener, WrittenInBulk } from './changes.js';
import type { GraphStore, GraphTx, Params } from './graph-store.port.js';
import type { Changes, CypherQuery } from './query.js';
import { StampQueries } from './stamp.queries.js';

export type { BulkKnows, BulkPerson, Committed, CommitListener, WrittenInBulk } from './changes.js';

/**
 * The post-commit feed: every write and transaction goes through here (openGraphStore wraps each store), and
 * once it committed, the listeners (the reach index) hear which records it changed, worked out from the
 * queries' own declarations (query.ts, Changes). A new write path needs no call of its own: its queries declare
 * what they change, and a test checks that every write query touching what derived state reads does.
 * The write resolves after the listeners did, so a caller reads its own write from derived state too.
 */
export function withChangeFeed(store: GraphStore): GraphStore {
  const listeners = new Set<CommitListener>();
  const logger = new Logger('ChangeFeed');
  const emit = async (c: Collector) => {
    const committed = c.done();
    if (!committed) return;
    for (const fn of listeners) {
      try {
        await fn(committed);
      } catch (e) {
        // The write committed: a listener's failure must not fail it (the listener recovers on its own).
        logger.warn(`A listener failed after a commit: ${(e as Error).message}`);
      }
    }
  };
  // A write that changes what derived state reads also sets the commit stamp, in its own transaction.
  const stamp = (tx: GraphTx, c: Collector) => (c.changes() ? tx.run(StampQueries.set, { value: randomUUID() }) : undefined);
  const feed: Pick<GraphStore, 'write' | 'transaction' | 'onCommit'> = {
    async write<P extends Params, R>(query: CypherQuery<P, R>, params?: P): Promise<R[]> {
      if (!declaresChanges(query.changes)) {
        const rows = await store.write(query, params);
        // Derived state that reads more than the index (the maps) hears of it too, by the query's name.
        if (query.mode === 'write') await emit(Collector.named(query.name));
        return rows;
      }
      const c = new Collector();
      const rows = await store.transaction(async (tx) => {
        const rows = await tx.run(query, params);
        c.add(query, params, rows);
        await stamp(tx, c);
        return rows;
      });
      await emit(c);
      return rows;
    },
    async transaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
      const c = new Collector();
      const result = await store.transaction(async (tx) => {
        const result = await work({
          run: async (query, params) => {
            const rows = await tx.run(query, params);
            c.add(query, params, rows);
            return rows;
          },
          describe: (written) => c.describe(written),
        });
        await stamp(tx, c);
        return result;
      });
      await emit(c);
      return result;
    },
    onCommit(listener: CommitListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return new Proxy(store, {
    get(target, p, receiver) {
      if (p === 'write' || p === 'transaction' || p === 'onCommit') return feed[p];
      const v = Reflect.get(target, p, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

class Collector {
  /** The write queries that ran, by name. */
  private queries = new Set<string>();
  private people = new Set<string>();
  private organizations = new Set<string>();
  private teams = new Set<string>();
  private bulk = false;
  private written: WrittenInBulk[] = [];
  private touched = false;

  static named(name: string): Collector {
    const c = new Collector();
    c.queries.add(name);
    return c;
  }

  add(query: CypherQuery, params: Params | undefined, rows: readonly unknown[]): void {
    if (query.mode === 'write') this.queries.add(query.name);
    if (query.mode !== 'write' || !declaresChanges(query.changes)) return;
    this.touched = true;
    const ch: Changes = query.changes;
    if (ch.bulk) this.bulk = true;
    for (const [paths, into] of [[ch.people, this.people], [ch.organizations, this.organizations], [ch.teams, this.teams]] as const) {
      for (const path of paths ?? []) idsAt(path, params ?? {}, rows, into);
    }
  }

  describe(written: WrittenInBulk): void {
    this.written.push(written);
  }

  /** Whether a query that changes what derived state reads ran (ids found or not). */
  changes(): boolean {
    return this.touched;
  }

  done(): Committed | null {
    const many = this.bulk && this.written.length === 0;
    if (!many && !this.written.length && !this.people.size && !this.organizations.size && !this.teams.size && !this.queries.size) return null;
    return { people: this.people, organizations: this.organizations, teams: this.teams, many, written: this.written, queries: this.queries };
  }
}

function declaresChanges(ch: Changes | undefined): ch is Changes {
  return !!ch && !!(ch.bulk || ch.people?.length || ch.organizations?.length || ch.teams?.length);
}

/** The ids at a declared path: `name.field...` into the parameters, `returned.field` into the result rows. */
export function idsAt(path: string, params: Params, rows: readonly unknown[], into: Set<string>): void {
  const [head, ...rest] = path.split('.');
  const walk = (v: unknown, i: number): void => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, i);
    } else if (i === rest.length) {
      if (typeof v === 'string') into.add(v);
    } else if (typeof v === 'object') {
      walk((v as Record<string, unknown>)[rest[i]], i + 1);
    }
  };
  walk(head === 'returned' ? rows : params[head], 0);
}
