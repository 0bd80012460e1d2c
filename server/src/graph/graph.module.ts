import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { withRequestDeadlines } from '../common/request-deadline.js';
import { AppConfig } from '../config/app-config.js';
import { GRAPH_STORE, type GraphStore } from './graph-store.port.js';
import { openGraphStore } from './open-store.js';
import { withReadCache } from './read-cache.js';

/** Record reads from memory between writes: exact only on the embedded engine, where this process is the only writer. */
async function openStore(config: AppConfig): Promise<GraphStore> {
  const store = await openGraphStore(config);
  return config.engine === 'embedded' && config.READ_CACHE_ENTRIES > 0 ? withReadCache(store, config.READ_CACHE_ENTRIES) : store;
}

@Global()
@Module({
  providers: [{ provide: GRAPH_STORE, inject: [AppConfig], useFactory: async (config: AppConfig) => withRequestDeadlines(await openStore(config)) }],
  exports: [GRAPH_STORE],
})
export class GraphModule implements OnApplicationShutdown {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
