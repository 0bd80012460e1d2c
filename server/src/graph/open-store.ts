import type { AppConfig } from '../config/app-config.js';
import { withChangeFeed } from './change-feed.js';
import type { GraphStore } from './graph-store.port.js';
import { SchemaService } from './schema/schema.service.js';

/** Chooses the engine from configuration: Neo4j when NEO4J_URI is set, the embedded engine otherwise; commits feed derived state (change-feed.ts). */
export async function openGraphStore(config: AppConfig): Promise<GraphStore> {
  let store: GraphStore;
  if (config.engine === 'neo4j') {
    const { Neo4jGraphStore } = await import('./engines/neo4j/neo4j.store.js');
    store = await Neo4jGraphStore.open({
      uri: config.NEO4J_URI!,
      user: config.NEO4J_USER!,
      password: config.NEO4J_PASSWORD!,
      database: config.NEO4J_DATABASE,
    });
  } else {
    const { EmbeddedGraphStore } = await import('./engines/embedded/embedded.store.js');
    const { checkDatabaseFile, notOpened } = await import('./engines/embedded/database-file.js');
    const { isNew } = checkDatabaseFile(config.databaseFile, config.DATA_DIR);
    try {
      store = await EmbeddedGraphStore.open({ file: config.databaseFile, isNew, reserveBytes: config.STORAGE_RESERVE_MB * 2 ** 20 });
    } catch (e) {
      throw notOpened(config.databaseFile, config.DATA_DIR, e);
    }
  }
  try {
    await new SchemaService(store).migrate();
  } catch (e) {
    await store.close();
    throw e;
  }
  return withChangeFeed(store);
}
