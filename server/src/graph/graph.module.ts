import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { withRequestDeadlines } from '../common/request-deadline.js';
import { AppConfig } from '../config/app-config.js';
import { GRAPH_STORE, type GraphStore } from './graph-store.port.js';
import { openGraphStore } from './open-store.js';

@Global()
@Module({
  providers: [{ provide: GRAPH_STORE, inject: [AppConfig], useFactory: async (config: AppConfig) => withRequestDeadlines(await openGraphStore(config)) }],
  exports: [GRAPH_STORE],
})
export class GraphModule implements OnApplicationShutdown {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
