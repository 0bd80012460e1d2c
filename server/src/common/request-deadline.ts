import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { GraphStore, GraphTx, Params } from '../graph/graph-store.port.js';
import type { CypherQuery } from '../graph/query.js';
import { AppError } from './app-error.js';

/** The request being answered, as the code it calls sees it: whether its time is up. */
interface RequestClock {
  ended: boolean;
}

const clocks = new AsyncLocalStorage<RequestClock>();

export const requestTimeoutMessage = (ms: number) => {
  const took = ms < 1000 ? `${ms} millisecond${ms === 1 ? '' : 's'}` : `${Math.round(ms / 100) / 10} seconds`;
  return `This request took longer than ${took} and was stopped. If it was saving something, it may have been saved: check before trying again.`;
};

/**
 * Ends a GraphQL request that runs past `ms` with HTTP 503 and code REQUEST_TIMEOUT. JavaScript cannot stop a
 * resolver half-way, so what the request still had to do is refused instead: its reads, and its writes still
 * waiting in the write queue, fail at once (withRequestDeadlines), and its late answer is dropped. A write that
 * had begun finishes, as a transaction must.
 */
export function requestTimeout(ms: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (ms <= 0) return next();
    const clock: RequestClock = { ended: false };
    const timer = setTimeout(() => {
      clock.ended = true;
      if (res.headersSent) return;
      res.status(503).setHeader('Retry-After', '5');
      res.json({ errors: [{ message: requestTimeoutMessage(ms), extensions: { code: 'REQUEST_TIMEOUT' } }] });
      // Apollo writes its answer when the resolvers are done; by then this one is sent, and a second would throw.
      const ignore = () => res;
      Object.assign(res, { setHeader: ignore, status: ignore, send: ignore, write: () => true, end: ignore });
    }, ms);
    const stop = () => clearTimeout(timer);
    res.once('finish', stop);
    res.once('close', stop);
    clocks.run(clock, next);
  };
}

/** Throws when the request this code runs for has already been answered as timed out. */
export function assertRequestLive(): void {
  if (clocks.getStore()?.ended) throw new AppError('REQUEST_TIMEOUT', 'This request took too long and was stopped.');
}

/**
 * The store, refusing work for requests that have timed out: a read or write asked for after the time is up,
 * and a transaction when its turn in the write queue comes (so a timed-out request's write never runs later).
 * The store's own methods run with this wrapper as `this`, so the embedded engine's write, a transaction of one
 * statement, is checked when its turn comes too; the rest is the store's own.
 */
export function withRequestDeadlines(store: GraphStore): GraphStore {
  const checked: Partial<GraphStore> = {
    read<P extends Params, R>(query: CypherQuery<P, R>, params?: P) {
      assertRequestLive();
      return store.read(query, params);
    },
    write<P extends Params, R>(query: CypherQuery<P, R>, params?: P) {
      assertRequestLive();
      return store.write.call<GraphStore, [CypherQuery<P, R>, P | undefined], Promise<R[]>>(wrapper, query, params);
    },
    transaction<T>(work: (tx: GraphTx) => Promise<T>) {
      assertRequestLive();
      return store.transaction((tx) => {
        assertRequestLive();
        return work(tx);
      });
    },
  };
  const wrapper: GraphStore = new Proxy(store, {
    get(target, prop) {
      if (prop in checked) return checked[prop as keyof GraphStore];
      return Reflect.get(target, prop, wrapper) as unknown;
    },
    // Replacing a checked method (a test counting store calls) replaces the check's entry, not the store's own
    // method, which the check itself calls: otherwise the two would call each other without end.
    set(target, prop, value) {
      if (prop in checked) {
        (checked as Record<string | symbol, unknown>)[prop] = value;
        return true;
      }
      return Reflect.set(target, prop, value);
    },
  });
  return wrapper;
}
