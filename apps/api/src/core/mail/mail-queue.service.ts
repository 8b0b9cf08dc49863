import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { JobQueue } from '../jobs/job-queue.service';
import { LOGGER } from '../logging/logging.module';
import { MAIL_SENDS_AT_ONCE, MailDeliveryRepository, type MailDeliveryRow } from './mail-delivery.repository';
import { MailService, type OutgoingMail } from './mail.service';

export interface QueuedMail {
  /** Unique per message meant: a second enqueue with the same key adds nothing, whatever its content. */
  idempotencyKey: string;
  /** What the mail belongs to (`meeting:<id>`), to list its deliveries. */
  context?: string;
  kind: string;
  recipientName?: string;
  mail: OutgoingMail;
}

export const MAIL_SEND_JOB = 'mail.send';
const MAIL_SWEEP_JOB = 'mail.requeue-stale';
const STALE_AFTER_SECONDS = 10 * 60;

/**
 * Mail that leaves through the job queue: each message is a `mail_deliveries` row, unique by its idempotency key,
 * and a job that sends it under a row lock and records the outcome (sent, retrying, failed, attempts, last error).
 * A job run twice, or two jobs for one row, send it once. A message accepted by the server just before the process
 * dies, before "sent" commits, goes again on the next try, under the same Message-ID.
 */
@Injectable()
export class MailQueue {
  constructor(
    private readonly deliveries: MailDeliveryRepository,
    private readonly mail: MailService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.jobs.define<{ deliveryId: string }>({
      name: MAIL_SEND_JOB,
      retryLimit: config.mailRetry.limit,
      retryDelaySeconds: config.mailRetry.delaySeconds,
      batchSize: MAIL_SENDS_AT_ONCE,
      expireInSeconds: 5 * 60,
      handler: ({ deliveryId }, attempt) => this.deliver(deliveryId, attempt.lastAttempt),
    });
    this.jobs.define({ name: MAIL_SWEEP_JOB, cron: '*/5 * * * *', singleton: true, retryLimit: 0, batchSize: 1, handler: () => this.requeueStale() });
  }

  /** Records the messages and queues one job each; returns how many were new. */
  async enqueue(mails: QueuedMail[]): Promise<number> {
    const ids = await this.deliveries.addNew(
      mails.map((m) => ({ idempotencyKey: m.idempotencyKey, context: m.context ?? null, kind: m.kind, recipientName: m.recipientName ?? null, mail: m.mail })),
    );
    await this.jobs.send(
      MAIL_SEND_JOB,
      ids.map((id) => ({ id, data: { deliveryId: id } })),
    );
    return ids.length;
  }

  /** The keys among these that were already enqueued. */
  alreadyQueued(keys: string[]): Promise<Set<string>> {
    return this.deliveries.existingKeys(keys);
  }

  deliveriesOf(context: string): Promise<MailDeliveryRow[]> {
    return this.deliveries.byContext(context);
  }

  /**
   * Tries a failed delivery of this context again (a new job, the attempts counted on). Answers the delivery as
   * queued again, read before its job can run, or null when it was not failed.
   */
  async retryFailed(context: string, deliveryId: string): Promise<MailDeliveryRow | null> {
    if (!(await this.deliveries.requeueFailed(deliveryId, context))) return null;
    const requeued = await this.deliveries.byId(deliveryId);
    await this.jobs.send(MAIL_SEND_JOB, [{ data: { deliveryId } }]);
    return requeued;
  }

  async deliver(deliveryId: string, lastAttempt: boolean): Promise<void> {
    const outcome = await this.deliveries.sendOnce(deliveryId, lastAttempt, (mail) => this.mail.send({ ...mail, messageId: `<${deliveryId}@cantiere>` }));
    if (outcome === 'skipped') this.logger.debug({ deliveryId }, 'mail delivery already sent or being sent');
  }

  /** Deliveries whose job was lost (queued before a crash that took the job with it) get a new one. */
  private async requeueStale() {
    const ids = await this.deliveries.stale(STALE_AFTER_SECONDS, 1000);
    await this.jobs.send(
      MAIL_SEND_JOB,
      ids.map((id) => ({ data: { deliveryId: id } })),
    );
  }
}
