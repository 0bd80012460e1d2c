import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { removePid, writePid } from './modules/backup/backup.js';
import { Backups } from './modules/backup/backups.js';
import { checkDatabaseFile } from './graph/engines/embedded/database-file.js';

async function main(): Promise<void> {
  const config = loadConfig();
  // Before Nest starts: a damaged database file is said in a few lines, without Nest's stack trace.
  if (config.engine === 'embedded') checkDatabaseFile(config.databaseFile, config.DATA_DIR);
  const logger = new Logger('Coalition');
  // Handlers first: a stop requested while the app is still starting waits for it to finish starting,
  // then closes it cleanly too (queued writes finish, no .wal is left).
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  let stopping: NodeJS.Signals | null = null;
  const stop = () => {
    if (!app) return;
    app.close().then(
      () => {
        if (config.engine === 'embedded') removePid(config.DATA_DIR);
        process.exit(0);
      },
      (e: unknown) => {
        logger.error(`Could not close cleanly: ${e instanceof Error ? e.name : String(e)}`);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = signal;
      logger.log(`${signal}: finishing writes and closing the data...`);
      stop();
    });
  }
  app = await createApp(config);
  if (stopping) return stop();
  await app.listen(config.PORT, config.HOST);
  if (stopping) return stop();
  if (config.engine === 'embedded') {
    // `npm run backup` finds the running app by this file and asks it for a consistent copy with SIGUSR2.
    writePid(config.DATA_DIR);
    const backups = app.get(Backups);
    // Backups logs the outcome and records it in DATA_DIR/backups/status.json, where the command reads it.
    process.on('SIGUSR2', () => void backups.request().catch(() => undefined));
  }
  const where = config.engine === 'neo4j' ? 'Neo4j' : `the embedded engine (data in ${config.DATA_DIR})`;
  logger.log(`Ready at http://localhost:${config.PORT} (GraphQL at /graphql), on ${where}.`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) console.error(e.message);
  else console.error('The app could not start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
