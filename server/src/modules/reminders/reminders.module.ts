import { type BeforeApplicationShutdown, Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { DailyDigest } from './digest.js';
import { createMailer } from './mailer.js';
import { RemindersRepository } from './reminders.repository.js';
import { RemindersResolver } from './reminders.resolver.js';
import { RemindersService } from './reminders.service.js';

@Module({
  providers: [
    RemindersRepository,
    {
      provide: DailyDigest,
      inject: [RemindersRepository, AppConfig],
      useFactory: (repo: RemindersRepository, config: AppConfig) => {
        const logger = new Logger('Reminders');
        return new DailyDigest(repo, createMailer(config), {
          hour: config.DIGEST_HOUR,
          appUrl: config.appUrl,
          log: { log: (m) => logger.log(m), error: (m) => logger.error(m) },
        });
      },
    },
    RemindersService,
    RemindersResolver,
  ],
})
export class RemindersModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(DailyDigest) private readonly digest: DailyDigest) {}

  onApplicationBootstrap(): void {
    this.digest.start();
  }

  /** Before the graph closes (GraphModule closes it on shutdown): a digest under way finishes reading and recording first. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.digest.stop();
  }
}
