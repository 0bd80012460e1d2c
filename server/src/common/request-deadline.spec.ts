import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import type { GraphStore, GraphTx, Params } from '../graph/graph-store.port.js';
import { cypher, type CypherQuery } from '../graph/query.js';
import { requestTimeout, withRequestDeadlines } from './request-deadline.js';

/** A store with the embedded engine's shape: one write at a time through a queue; `write` is a one-statement transaction. */
class QueuedStore implements GraphStore {
  readonly engine = 'embedded' as const;
  readonly capabilities = { soleWriter: true, fileCopy: true } as const;
  readonly ran: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  async read<P extends Params, R>(query: CypherQuery<P, R>): Promise<R[]> {
    this.ran.push(query.name);
    return [];
  }

  write<P extends Params, R>(query: CypherQuery<P, R>, params?: P): Promise<R[]> {
    return this.transaction((tx) => tx.run(query, params));
  }

  transaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    const job = this.queue.then(() => work({ run: async (q) => (this.ran.push(q.name), []) }));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** Holds the write queue, as a long write ahead of the others would. */
  hold(): () => void {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    void this.transaction(() => held);
    return release;
  }

  async applySchema(): Promise<void> {}
  async close(): Promise<void> {}
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
}

const saveNote = cypher('test.saveNote', 'write', 'CREATE (:Note)');
const readNotes = cypher('test.readNotes', 'read', 'MATCH (n:Note) RETURN n');

describe('request time limit', () => {
  let server: Server;
  let url: string;
  let store: QueuedStore;
  let settled: Array<{ route: string; outcome: string }>;

  beforeEach(async () => {
    store = new QueuedStore();
    settled = [];
    const guarded = withRequestDeadlines(store);
    const app = express();
    const handle = (route: string, work: () => Promise<unknown>) => async (_req: express.Request, res: express.Response) => {
      try {
        await work();
        settled.push({ route, outcome: 'done' });
        res.json({ data: { ok: true } });
      } catch (e) {
        settled.push({ route, outcome: e instanceof Error ? `${(e as { code?: string }).code ?? e.name}` : 'error' });
        res.status(500).json({ errors: [{ message: 'failed' }] });
      }
    };
    app.use('/slow', requestTimeout(30));
    app.post('/slow', handle('slow', () => guarded.write(saveNote)));
    app.post('/slow-read', requestTimeout(30), handle('slow-read', async () => {
      await new Promise((r) => setTimeout(r, 80));
      await guarded.read(readNotes);
    }));
    app.post('/quick', handle('quick', () => guarded.write(saveNote)));
    app.post('/in-time', requestTimeout(10_000), handle('in-time', () => guarded.write(saveNote)));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    await new Promise((r) => server.close(r));
  });

  it('answers a request still waiting past its time with 503 REQUEST_TIMEOUT, and its queued write never runs later', async () => {
    const release = store.hold();
    const res = await fetch(`${url}/slow`, { method: 'POST' });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
    expect(body.errors[0].message).toMatch(/took longer than 30 milliseconds and was stopped\. If it was saving something, it may have been saved: check before trying again\./);

    // The long write ahead finishes: the timed-out request's write is refused when its turn comes, and the queue goes on.
    release();
    const next = await fetch(`${url}/quick`, { method: 'POST' });
    expect(next.status).toBe(200);
    expect(store.ran).toEqual(['test.saveNote']);
    expect(settled).toEqual([
      { route: 'slow', outcome: 'REQUEST_TIMEOUT' },
      { route: 'quick', outcome: 'done' },
    ]);
  });

  it('refuses the reads a timed-out request asks for afterwards, and drops its late answer', async () => {
    const res = await fetch(`${url}/slow-read`, { method: 'POST' });
    expect(res.status).toBe(503);
    await until(() => settled.length > 0);
    expect(settled).toEqual([{ route: 'slow-read', outcome: 'REQUEST_TIMEOUT' }]);
    expect(store.ran).toEqual([]);
    // The server goes on answering.
    expect((await fetch(`${url}/quick`, { method: 'POST' })).status).toBe(200);
  });

  it('leaves a request that answers in time alone', async () => {
    const res = await fetch(`${url}/in-time`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(store.ran).toEqual(['test.saveNote']);
  });
});
