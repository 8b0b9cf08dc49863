import 'reflect-metadata';
import type { Logger } from 'pino';
import { ConfigError, loadConfig } from './core/config/config';
import { EmbeddedPostgres, EmbeddedPostgresError } from './core/database/embedded-postgres';
import { createLogger, logsWritten } from './core/logging/logger';
import { createApp } from './create-app';
import path from 'node:path';

let rootLogger: Logger | undefined;

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  rootLogger = logger;
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = new EmbeddedPostgres(config.dataDir, pgLog(logger));
    databaseUrl = await embedded.start();
    logger.info({ dataDir: path.join(config.dataDir, 'postgres') }, 'embedded PostgreSQL is running');
  }
  let app;
  try {
    app = await createApp({ ...config, databaseUrl }, logger);
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  await app.listen(config.port, config.host);
  logger.info({ url: config.publicUrl, port: config.port }, 'Cantiere is ready');

  let stopping = false;
  // While stopping, a client library may reject a command it had in flight when its connection closed (socket.io's
  // Redis adapter unsubscribes without awaiting, then the fan-out quits): that is the stop working, not a crash.
  // Before and after, an unhandled rejection stays fatal, as by default.
  process.on('unhandledRejection', (reason) => {
    if (!stopping) throw reason;
    logger.warn({ err: reason instanceof Error ? reason.message : String(reason) }, 'ignored a rejection while stopping');
  });
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    try {
      await app.close();
      await embedded?.stop();
    } finally {
      logger.info('stopped');
      await logsWritten(logger);
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

function pgLog(logger: Logger) {
  const child = logger.child({ component: 'embedded-postgres' });
  return { info: (m: string) => child.info(m), warn: (m: string) => child.warn(m), debug: (m: string) => child.debug(m) };
}

main().catch(async (err: unknown) => {
  if (rootLogger) await logsWritten(rootLogger);
  if (err instanceof ConfigError || err instanceof EmbeddedPostgresError) {
    process.stderr.write(`\n${err.message}\n\n`);
  } else {
    process.stderr.write(`Cantiere could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
