import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/app-config.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  const logger = new Logger('Coalition');
  const where = config.engine === 'neo4j' ? 'Neo4j' : `the embedded engine (data in ${config.DATA_DIR})`;
  // Close the store cleanly on Ctrl-C or a stop from the service manager: queued writes finish, no .wal is left.
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: finishing writes and closing the data...`);
      app.close().then(
        () => process.exit(0),
        (e: unknown) => {
          logger.error(`Could not close cleanly: ${e instanceof Error ? e.name : String(e)}`);
          process.exit(1);
        },
      );
    });
  }
  logger.log(`Ready at http://localhost:${config.PORT} (GraphQL at /graphql), on ${where}.`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) console.error(e.message);
  else console.error('The app could not start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
