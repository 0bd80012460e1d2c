import { Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { BackupResolver } from './backup.resolver.js';
import { Backups } from './backups.js';

@Module({
  providers: [
    {
      provide: Backups,
      inject: [GRAPH_STORE, AppConfig],
      useFactory: (store: GraphStore, config: AppConfig) => {
        const logger = new Logger('Backup');
        return new Backups(store, {
          dataDir: config.DATA_DIR,
          databaseFile: config.databaseFile,
          scheduleHours: config.BACKUP_SCHEDULE_HOURS,
          keepDaily: config.BACKUP_KEEP_DAILY,
          keepWeekly: config.BACKUP_KEEP_WEEKLY,
          log: { log: (m) => logger.log(m), error: (m) => logger.error(m) },
        });
      },
    },
    BackupResolver,
  ],
  exports: [Backups],
})
export class BackupModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(Backups) private readonly backups: Backups) {}

  onApplicationBootstrap(): void {
    this.backups.start();
  }

  onApplicationShutdown(): void {
    this.backups.stop();
  }
}
