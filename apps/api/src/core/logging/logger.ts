import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/**
 * JSON lines on stdout, written asynchronously: a synchronous write per line blocks the event loop whenever the
 * reader of stdout (a pipe to the container runtime or a terminal) is slower than the requests, and a reader that
 * stops reading stops the server. Lines wait in memory, never dropped (no maxLength), and leave in batches while a
 * write is under way. Before a planned exit, await `logsWritten`: pino's own synchronous flush at exit skips a batch
 * whose write is still under way (a full non-blocking pipe makes it retry for a while), and those lines would be lost.
 */
export function createLogger(level: string): Logger {
  const destination = pino.destination({ dest: 1, sync: false });
  let queued = 0;
  let written = 0;
  const write = destination.write.bind(destination);
  destination.write = (data: string) => {
    queued += Buffer.byteLength(data);
    return write(data);
  };
  destination.on('write', (bytes: number) => (written += bytes));
  const logger = pino(
    {
      level,
      base: { service: 'cantiere-api' },
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], remove: true },
    },
    destination,
  );
  drains.set(
    logger,
    (timeoutMs) =>
      new Promise<void>((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          destination.off('write', check);
          resolve();
        };
        const check = () => {
          if (written >= queued) finish();
        };
        const timer = setTimeout(finish, timeoutMs);
        destination.on('write', check);
        check();
      }),
  );
  return logger;
}

const drains = new WeakMap<Logger, (timeoutMs: number) => Promise<void>>();

/** Resolves once every line the logger was given has been written out (or after `timeoutMs`, to never hang an exit). */
export function logsWritten(logger: Logger, timeoutMs = 10_000): Promise<void> {
  return drains.get(logger)?.(timeoutMs) ?? Promise.resolve();
}

/** Lets Nest's own messages go through the same structured logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
