import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { JobQueue, type JobAttemptInfo } from '../jobs/job-queue.service';
import { LOGGER } from '../logging/logging.module';
import { OutboxRepository } from './outbox.repository';

export interface OutboxConsumer<T> {
  topic: string;
  /** Called at least once per event; `eventId` is the same on every call for one event, to make the effect idempotent. */
  handle: (payload: T, event: { eventId: string; lastAttempt: boolean }) => Promise<unknown>;
  retryLimit?: number;
  retryDelaySeconds?: number;
}

const RELAY_BATCH = 500;
const RELAY_SWEEP = 'outbox.relay';

/**
 * Domain events, durable with the change that raises them: `publish` writes an outbox row in the change's own
 * transaction (so the event exists if and only if the change committed), and the relay moves committed rows onto
 * the job queue, each as a job whose id is the row's id, so that relaying a row twice (a crash between queueing and
 * marking it) still queues it once. The relay runs after every commit that wrote rows, at start-up, and every minute
 * for rows whose instance died before relaying them.
 */
@Injectable()
export class Outbox implements OnApplicationBootstrap {
  private relaying?: Promise<void>;
  private again = false;

  constructor(
    private readonly rows: OutboxRepository,
    private readonly jobs: JobQueue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.rows.onCommitOfOutboxRows(() => this.relaySoon());
    this.jobs.define({ name: RELAY_SWEEP, cron: '* * * * *', singleton: true, retryLimit: 0, batchSize: 1, handler: () => this.relay() });
  }

  /** Declares who handles a topic; each topic is its own queue, with its own retries. */
  consume<T>(consumer: OutboxConsumer<T>) {
    this.jobs.define<T>({
      name: consumer.topic,
      retryLimit: consumer.retryLimit,
      retryDelaySeconds: consumer.retryDelaySeconds,
      handler: (payload: T, attempt: JobAttemptInfo) => consumer.handle(payload, { eventId: attempt.id, lastAttempt: attempt.lastAttempt }),
    });
  }

  /** Records events with the change made through `tx` (without one, on their own, at once). */
  async publish(tx: EntityManager | undefined, ...events: { topic: string; payload: object }[]): Promise<void> {
    if (!events.length) return;
    const waitsForCommit = await this.rows.add(tx, events);
    if (!waitsForCommit) this.relaySoon();
  }

  /**
   * Retention: deletes the events relayed onto the queue before `cutoff` (the queue holds them from then on, under
   * its own retention). An event not relayed yet is never deleted, whatever its age.
   */
  purgeRelayedBefore(cutoff: Date): Promise<number> {
    return this.rows.deleteRelayedBefore(cutoff);
  }

  onApplicationBootstrap() {
    this.relaySoon();
  }

  private relaySoon() {
    setImmediate(() => void this.relay().catch((err: unknown) => this.logger.error({ err }, 'outbox relay failed')));
  }

  /** Moves every committed, unrelayed row onto the queue; a call during a run makes that run go round once more. */
  relay(): Promise<void> {
    if (this.relaying) {
      this.again = true;
      return this.relaying;
    }
    this.relaying = (async () => {
      try {
        do {
          this.again = false;
          for (let rows = await this.rows.pending(RELAY_BATCH); rows.length; rows = await this.rows.pending(RELAY_BATCH)) {
            const topics = new Set(rows.map((r) => r.topic));
            for (const topic of topics)
              await this.jobs.send(
                topic,
                rows.filter((r) => r.topic === topic).map((r) => ({ id: r.id, data: r.payload })),
              );
            await this.rows.markRelayed(rows.map((r) => r.id));
            if (rows.length < RELAY_BATCH) break;
          }
        } while (this.again);
      } finally {
        this.relaying = undefined;
      }
    })();
    return this.relaying;
  }
}
