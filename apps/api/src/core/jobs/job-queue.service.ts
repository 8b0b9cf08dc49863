import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PgBoss, type JobResult, type JobWithMetadata } from 'pg-boss';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { RETENTION, type Retention } from '../database/retention';
import { LOGGER } from '../logging/logging.module';

/** What a handler learns about the attempt it runs: the job's id (stable across retries) and whether it is the last try. */
export interface JobAttemptInfo {
  id: string;
  attempt: number;
  lastAttempt: boolean;
}

export type JobHandler<T> = (data: T, attempt: JobAttemptInfo) => Promise<unknown>;

export interface JobDefinition<T> {
  name: string;
  handler: JobHandler<T>;
  /** Tries after the first; each waits `retryDelaySeconds` doubled per try (with jitter), at most an hour. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Jobs fetched and run together by one worker of this instance. */
  batchSize?: number;
  /** At most one job of this name runs at a time across every instance. */
  singleton?: boolean;
  /** How long one try may run before it counts as failed. */
  expireInSeconds?: number;
  /** A cron expression (Europe/Rome): the queue runs this job on that schedule, on one instance whichever number run. */
  cron?: string;
}

export interface JobToSend<T> {
  data: T;
  /** A stable id makes sending idempotent: a second send with the same id while the job is kept adds nothing. */
  id?: string;
  /** Not run before this instant. */
  startAfter?: Date;
}

export interface DeadLetter {
  id: string;
  name: string;
  data: unknown;
  error: unknown;
  createdOn: Date;
}

const DEAD_SUFFIX = '.dead';
const DEAD_LETTER_KEEP_SECONDS = 90 * 24 * 3600;
/**
 * pg-boss deletes a job still waiting (created or retry) this long after it was due. Waiting jobs are not meant to be
 * purged at all (see JOB_RETENTION_DAYS), and pg-boss needs a bound: ten years, beyond any job's life here.
 */
const WAITING_KEEP_SECONDS = 3650 * 24 * 3600;

/** How long pg-boss keeps a queue's jobs: finished ones `deleteAfterSeconds` after they ended, waiting ones `retentionSeconds`. */
export interface QueueRetention {
  deleteAfterSeconds: number;
  retentionSeconds: number;
}
const HEARTBEAT_SECONDS = 10;

/**
 * The PostgreSQL-backed queue (pg-boss) every side effect goes through. Modules declare their jobs with `define`
 * while the application is built; the queue starts once every module is initialised. The schema is a migration's:
 * pg-boss is started with `migrate: false` and refuses to run against a database the migrations have not reached.
 * A job that fails every try lands in its queue's dead-letter queue (`<name>.dead`), kept 90 days.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private boss?: PgBoss;
  private readonly ready: Promise<PgBoss>;
  private resolveReady!: (boss: PgBoss) => void;
  private rejectReady!: (err: unknown) => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RETENTION) private readonly retention: Retention,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => undefined);
  }

  define<T>(definition: JobDefinition<T>) {
    if (this.boss) throw new Error(`job "${definition.name}" defined after the queue started`);
    if (this.definitions.has(definition.name)) throw new Error(`job "${definition.name}" defined twice`);
    this.definitions.set(definition.name, definition as JobDefinition<never>);
  }

  async onApplicationBootstrap() {
    try {
      const boss = new PgBoss({
        connectionString: this.config.databaseUrl,
        schema: 'pgboss',
        migrate: false,
        createSchema: false,
        max: 4,
        application_name: 'cantiere-jobs',
        useListenNotify: true,
        cronMonitorIntervalSeconds: 5,
        cronWorkerIntervalSeconds: 1,
        // A job whose instance died (kill -9, a lost machine) stops heartbeating: these passes hand it to another.
        superviseIntervalSeconds: 10,
        monitorIntervalSeconds: 10,
        openTelemetry: { enabled: false },
      });
      boss.on('error', (err) => this.logger.error({ err }, 'job queue error'));
      await boss.start();
      for (const definition of this.definitions.values()) await this.install(boss, definition);
      this.boss = boss;
      this.resolveReady(boss);
    } catch (err) {
      this.rejectReady(err);
      throw err;
    }
  }

  /** Before the database, the mail transport and the mail lock pool close (their `onApplicationShutdown`): jobs in flight finish. */
  async beforeApplicationShutdown() {
    await this.boss?.stop({ graceful: true, timeout: 5_000 });
  }

  /** Queues jobs; with ids, a job already queued, running or kept under that id is not queued again. */
  async send<T extends object>(name: string, jobs: JobToSend<T>[]): Promise<void> {
    if (!jobs.length) return;
    const boss = await this.ready;
    await boss.insert(
      name,
      jobs.map((job) => ({ data: job.data, ...(job.id ? { id: job.id } : {}), ...(job.startAfter ? { startAfter: job.startAfter } : {}) })),
    );
  }

  /** Jobs that failed every try, newest first. */
  async deadLetters(name: string): Promise<DeadLetter[]> {
    const boss = await this.ready;
    const jobs = await boss.findJobs<{ name: string; data: unknown; error: unknown }>(name + DEAD_SUFFIX);
    return jobs
      .map((job) => ({ id: job.id, name, data: job.data, error: job.output, createdOn: job.createdOn }))
      .sort((a, b) => b.createdOn.getTime() - a.createdOn.getTime());
  }

  /**
   * What pg-boss must keep of a queue: finished jobs JOB_RETENTION_DAYS, waiting ones (practically) for ever; a
   * dead-letter queue's jobs are never worked, so they wait, and are kept 90 days from when they landed there.
   */
  retentionOf(queue: string): QueueRetention {
    return queue.endsWith(DEAD_SUFFIX)
      ? { deleteAfterSeconds: DEAD_LETTER_KEEP_SECONDS, retentionSeconds: DEAD_LETTER_KEEP_SECONDS }
      : { deleteAfterSeconds: this.retention.jobDays * 86_400, retentionSeconds: WAITING_KEEP_SECONDS };
  }

  /**
   * Brings every queue's retention back to `retentionOf` (a queue made by an earlier release, or with other settings,
   * or pg-boss's own); returns the queues it changed. pg-boss stores the period on each job when it is queued, and
   * its maintenance deletes the jobs past it.
   */
  async enforceRetention(): Promise<string[]> {
    const boss = await this.ready;
    const changed: string[] = [];
    for (const queue of await boss.getQueues()) {
      const wanted = this.retentionOf(queue.name);
      if (queue.deleteAfterSeconds === wanted.deleteAfterSeconds && queue.retentionSeconds === wanted.retentionSeconds) continue;
      await boss.updateQueue(queue.name, wanted);
      changed.push(queue.name);
    }
    return changed.sort();
  }

  private async install(boss: PgBoss, definition: JobDefinition<never>) {
    const { name } = definition;
    await boss.createQueue(name + DEAD_SUFFIX, this.retentionOf(name + DEAD_SUFFIX));
    const retry = {
      ...this.retentionOf(name),
      retryLimit: definition.retryLimit ?? 2,
      retryDelay: definition.retryDelaySeconds ?? 5,
      retryBackoff: true,
      retryDelayMax: 3600,
      deadLetter: name + DEAD_SUFFIX,
      notify: true,
      heartbeatSeconds: HEARTBEAT_SECONDS,
      expireInSeconds: definition.expireInSeconds ?? 15 * 60,
    };
    // A queue made by an earlier start takes this start's settings (its policy stays as created).
    if (await boss.getQueue(name)) await boss.updateQueue(name, retry);
    else await boss.createQueue(name, { ...retry, policy: definition.singleton ? 'singleton' : 'standard' });
    const batchSize = definition.batchSize ?? 10;
    await boss.work(
      name,
      { batchSize, includeMetadata: true, perJobResults: true, burstWhenBatchFull: batchSize > 1, pollingIntervalSeconds: 2, notifyPollingIntervalSeconds: 2 },
      (jobs) => this.runBatch(definition, jobs),
    );
    if (definition.cron) await boss.schedule(name, definition.cron, {}, { tz: 'Europe/Rome' });
  }

  private async runBatch(definition: JobDefinition<never>, jobs: JobWithMetadata<unknown>[]): Promise<JobResult[]> {
    return Promise.all(
      jobs.map(async (job): Promise<JobResult> => {
        const attempt = { id: job.id, attempt: job.retryCount + 1, lastAttempt: job.retryCount >= job.retryLimit };
        try {
          await definition.handler(job.data as never, attempt);
          return { id: job.id, status: 'completed' };
        } catch (err) {
          this.logger.warn({ err, job: definition.name, jobId: job.id, attempt: attempt.attempt }, 'job failed');
          return { id: job.id, status: 'failed', output: { message: err instanceof Error ? err.message : String(err) } };
        }
      }),
    );
  }
}
