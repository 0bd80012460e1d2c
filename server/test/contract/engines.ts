import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineName, GraphStore } from '../../src/graph/graph-store.port.js';
import { loadConfig } from '../../src/config/app-config.js';
import { openGraphStore } from '../../src/graph/open-store.js';
import { cypher } from '../../src/graph/query.js';

const wipe = cypher('test.wipe', 'write', 'MATCH (n) DETACH DELETE n');

export interface EngineUnderTest {
  readonly name: EngineName;
  /** A migrated, empty store of this engine. */
  open(): Promise<GraphStore>;
  /** Closes the store and removes what open() created. */
  dispose(store: GraphStore): Promise<void>;
}

const embedded: EngineUnderTest = {
  name: 'embedded',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'cg-contract-'));
    const store = await openGraphStore(loadConfig({ DATA_DIR: dir }));
    dirs.set(store, dir);
    return store;
  },
  async dispose(store) {
    await store.close();
    const dir = dirs.get(store);
    if (dir) rmSync(dir, { recursive: true, force: true });
  },
};
const dirs = new WeakMap<GraphStore, string>();

const neo4j: EngineUnderTest = {
  name: 'neo4j',
  async open() {
    const store = await openGraphStore(loadConfig(process.env));
    await store.write(wipe);
    return store;
  },
  async dispose(store) {
    await store.write(wipe);
    await store.close();
  },
};

/** The embedded engine always; Neo4j wherever NEO4J_URI is set (CI with a Neo4j service). */
export function availableEngines(): EngineUnderTest[] {
  return process.env.NEO4J_URI ? [embedded, neo4j] : [embedded];
}

/**
 * Runs a contract suite once per available engine. The store is fresh for each describe block;
 * tests create their own data (see ../factories).
 */
export function describeEachEngine(title: string, suite: (store: () => GraphStore, engine: EngineName) => void): void {
  for (const engine of availableEngines()) {
    describe(`${title} [${engine.name}]`, () => {
      let store: GraphStore;
      beforeAll(async () => {
        store = await engine.open();
      });
      afterAll(async () => {
        await engine.dispose(store);
      });
      suite(() => store, engine.name);
    });
  }
}
