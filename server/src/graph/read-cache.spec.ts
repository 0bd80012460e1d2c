import type { CommitListener } from './changes.js';
import { asDeclared, type GraphStore, type GraphTx, type Params, type Row } from './graph-store.port.js';
import { cypher, type CypherQuery } from './query.js';
import { withReadCache, type ReadCachedStore } from './read-cache.js';

const byId = cypher('test.readCache.byId', 'read', 'MATCH (p:Person {id: $id}) RETURN p', { cached: true, record: 'id' });
/** A person's one friend (FakeStore.friends), whole: their name shows on this person's page. */
const friendOf = cypher('test.readCache.friendOf', 'read', 'MATCH (:Person {id: $id})-[:KNOWS]-(p:Person) RETURN p', { cached: true, record: 'id' });
const list = cypher('test.readCache.list', 'read', 'MATCH (p:Person) WHERE p.id = $id RETURN p', { cached: true });
const exportRows = cypher('test.readCache.export', 'read', 'MATCH (p:Person) RETURN p');
const rename = cypher('test.readCache.rename', 'write', 'MATCH (p:Person {id: $id}) SET p.name = $name');
const renameDeclared = cypher('test.readCache.renameDeclared', 'write', 'MATCH (p:Person {id: $id}) SET p.name = $name', { pages: ['id'] });
/** Declares the wrong record: what a missing declaration looks like. */
const renameMisdeclared = cypher('test.readCache.renameMisdeclared', 'write', 'MATCH (p:Person {id: $id}) SET p.name = $name', { pages: ['other'] });

/** A store over one map of names; each read can be held open to interleave it with a write. */
class FakeStore implements GraphStore {
  readonly engine = 'embedded' as const;
  readonly capabilities = { soleWriter: true, fileCopy: true } as const;
  names = new Map<string, string>([['p1', 'Ana']]);
  friends = new Map<string, string>();
  reads = 0;
  private held: Array<() => void> = [];
  hold = false;

  async read<P extends Params, R>(query: CypherQuery<P, R>, params: P = {} as P): Promise<R[]> {
    this.reads++;
    const id = query.name === friendOf.name ? this.friends.get(String(params.id)) : String(params.id);
    const name = this.names.get(String(id));
    if (this.hold) await new Promise<void>((r) => this.held.push(r));
    return asDeclared<R>(name === undefined ? [] : [{ p: { id, name, tags: ['a'] } }]);
  }
  releaseReads(): void {
    for (const r of this.held.splice(0)) r();
  }
  async write<P extends Params, R>(_q: CypherQuery<P, R>, params: P = {} as P): Promise<R[]> {
    this.names.set(String(params.id), String(params.name));
    return [];
  }
  async transaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return work({ run: (q, p) => this.write(q, p) });
  }
  async applySchema(): Promise<void> {}
  async close(): Promise<void> {}
}

const nameOf = (rows: Row[]) => (rows[0]?.p as { name: string } | undefined)?.name;

describe('record reads from memory between writes', () => {
  let inner: FakeStore;
  let store: ReadCachedStore;
  beforeEach(() => {
    inner = new FakeStore();
    store = withReadCache(inner, 100);
  });

  it('answers a repeated record read from memory, and reads the engine again after a write or transaction', async () => {
    expect(nameOf(await store.read(byId, { id: 'p1' }))).toBe('Ana');
    expect(nameOf(await store.read(byId, { id: 'p1' }))).toBe('Ana');
    expect(inner.reads).toBe(1);
    await store.write(rename, { id: 'p1', name: 'Bea' });
    expect(nameOf(await store.read(byId, { id: 'p1' }))).toBe('Bea');
    expect(inner.reads).toBe(2);
    await store.transaction((tx) => tx.run(rename, { id: 'p1', name: 'Cy' }));
    expect(nameOf(await store.read(byId, { id: 'p1' }))).toBe('Cy');
    expect(inner.reads).toBe(3);
  });

  it('a write declaring its records drops only the answers that show them: the record’s own, and those showing it', async () => {
    for (const [id, name] of [['p2', 'Bo'], ['p3', 'Cy']]) inner.names.set(id, name);
    inner.friends.set('p3', 'p2');
    await store.read(byId, { id: 'p1' });
    await store.read(byId, { id: 'p2' });
    expect(nameOf(await store.read(friendOf, { id: 'p3' }))).toBe('Bo');
    await store.read(list, { id: 'p1' });
    expect(inner.reads).toBe(4);
    await store.write(renameDeclared, { id: 'p2', name: 'Bea' });
    expect(nameOf(await store.read(byId, { id: 'p1' }))).toBe('Ana');
    expect(inner.reads).toBe(4);
    expect(nameOf(await store.read(byId, { id: 'p2' }))).toBe('Bea');
    expect(nameOf(await store.read(friendOf, { id: 'p3' }))).toBe('Bea');
    // A list is about no one record: any write may move someone into it.
    await store.read(list, { id: 'p1' });
    expect(inner.reads).toBe(7);
    expect(await store.stale()).toEqual([]);
  });

  it('collects the declared records of every query of a transaction, and empties everything for one that declares none', async () => {
    inner.names.set('p2', 'Bo');
    await store.read(byId, { id: 'p1' });
    await store.read(byId, { id: 'p2' });
    await store.transaction(async (tx) => {
      await tx.run(renameDeclared, { id: 'p2', name: 'Bea' });
    });
    await store.read(byId, { id: 'p1' });
    expect(inner.reads).toBe(2);
    await store.transaction(async (tx) => {
      await tx.run(renameDeclared, { id: 'p2', name: 'Bev' });
      await tx.run(rename, { id: 'p2', name: 'Bex' });
    });
    expect(nameOf(await store.read(byId, { id: 'p1' }))).toBe('Ana');
    expect(nameOf(await store.read(byId, { id: 'p2' }))).toBe('Bex');
    expect(inner.reads).toBe(4);
  });

  it('finds a kept answer that a write changed without declaring it (the check run after organizers’ writes)', async () => {
    await store.read(byId, { id: 'p1' });
    await store.write(renameMisdeclared, { id: 'p1', other: 'p9', name: 'Zed' });
    expect(nameOf(await store.read(byId, { id: 'p1' }))).toBe('Ana');
    expect(await store.stale()).toEqual(['test.readCache.byId {"id":"p1"}']);
  });

  it('keys answers by parameters and never keeps a query not declared cached (an export may have side effects)', async () => {
    inner.names.set('p2', 'Dee');
    expect(nameOf(await store.read(byId, { id: 'p2' }))).toBe('Dee');
    expect(nameOf(await store.read(byId, { id: 'p1' }))).toBe('Ana');
    await store.read(exportRows, { id: 'p1' });
    await store.read(exportRows, { id: 'p1' });
    expect(inner.reads).toBe(4);
  });

  it('does not keep a read that a write overtook: the next read sees the write', async () => {
    inner.hold = true;
    const before = store.read(byId, { id: 'p1' });
    await new Promise((r) => setImmediate(r));
    await store.write(rename, { id: 'p1', name: 'Eve' });
    inner.hold = false;
    inner.releaseReads();
    await before;
    expect(nameOf(await store.read(byId, { id: 'p1' }))).toBe('Eve');
  });

  it('reads once for identical reads at the same moment', async () => {
    inner.hold = true;
    const reads = [store.read(byId, { id: 'p1' }), store.read(byId, { id: 'p1' }), store.read(byId, { id: 'p1' })];
    await new Promise((r) => setImmediate(r));
    inner.releaseReads();
    expect((await Promise.all(reads)).map(nameOf)).toEqual(['Ana', 'Ana', 'Ana']);
    expect(inner.reads).toBe(1);
  });

  it('hands each caller its own rows: changing one answer does not change the next', async () => {
    const first = await store.read(byId, { id: 'p1' });
    (first[0].p as { name: string; tags: string[] }).name = 'changed';
    (first[0].p as { name: string; tags: string[] }).tags.push('changed');
    const second = await store.read(byId, { id: 'p1' });
    expect(second[0].p).toEqual({ id: 'p1', name: 'Ana', tags: ['a'] });
  });

  it('keeps at most the given number of answers, dropping the least recently used', async () => {
    store = withReadCache(inner, 2);
    for (const id of ['a', 'b', 'c']) inner.names.set(id, id.toUpperCase());
    await store.read(byId, { id: 'a' });
    await store.read(byId, { id: 'b' });
    await store.read(byId, { id: 'a' });
    await store.read(byId, { id: 'c' });
    expect(store.stats().entries).toBe(2);
    const reads = inner.reads;
    await store.read(byId, { id: 'a' });
    expect(inner.reads).toBe(reads);
    await store.read(byId, { id: 'b' });
    expect(inner.reads).toBe(reads + 1);
  });

  it('passes the change feed on: derived state (the reach index) still hears every commit through the cache', async () => {
    const heard: string[] = [];
    const withFeed = Object.assign(new FakeStore(), {
      onCommit(listener: CommitListener) {
        heard.push('listening');
        void listener({ people: new Set(['p1']), organizations: new Set(), teams: new Set(), many: false, written: [] });
        return () => undefined;
      },
    });
    const cached = withReadCache(withFeed, 10);
    expect(cached.onCommit).toBeDefined();
    cached.onCommit!((c) => void heard.push([...c.people].join()));
    expect(heard).toEqual(['listening', 'p1']);
    expect(withReadCache(new FakeStore(), 10).onCommit).toBeUndefined();
  });

  it('is the inner store for every member it does not override, present or not (isNew, backup, writes, capabilities)', async () => {
    const richer = Object.assign(new FakeStore(), { isNew: true, writes: () => 7, backup: async () => ({ bytes: 1 }) });
    const cached = withReadCache(richer, 10);
    expect(cached.isNew).toBe(true);
    expect(cached.writes!()).toBe(7);
    await expect(cached.backup!('x')).resolves.toEqual({ bytes: 1 });
    expect(cached.capabilities).toEqual({ soleWriter: true, fileCopy: true });
    expect(withReadCache(new FakeStore(), 10).isNew).toBeUndefined();
  });
});
