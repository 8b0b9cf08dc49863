import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { JobQueue } from '../jobs/job-queue.service';
import { LOGGER } from '../logging/logging.module';
import crypto from 'node:crypto';
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
export const MAIL_SWEEP_JOB = 'mail.requeue-stale';
const STALE_AFTER_SECONDS = 10 * 60;
/** How long one try may run: the job's expiry, and the lease of its claim on the delivery. */
export const MAIL_TRY_SECONDS = 5 * 60;

/** Where a delivery stands for the people who follow it: a mail being sent is still waiting (first try or a later one). */
export const visibleState = (row: Pick<MailDeliveryRow, 'state' | 'attempts'>): 'queued' | 'sent' | 'retrying' | 'failed' =>
  row.state === 'sending' ? (row.attempts === 0 ? 'queued' : 'retrying') : row.state;

/** The Message-ID of a delivery, the same on every try: the delivery id is the mail's idempotency key. */
export const messageIdOf = (deliveryId: string) => `<${deliveryId}@cantiere>`;

/**
 * Mail that leaves through the job queue: each message is a `mail_deliveries` row, unique by its idempotency key,
 * and a job that claims it (a committed conditional update: `sending`, with the try's token and a lease), sends it
 * under a Message-ID made from the delivery id, and records the outcome (sent, retrying, failed, attempts, last
 * error). A job run twice, two jobs for one row, or a try after it was sent, send nothing more.
 *
 * What plain SMTP cannot close: the server accepted the message and the process died before "sent" was recorded.
 * The claim it left behind tells this case apart; the next try of the same job (or, once the lease ran out, the
 * sweep's) sends the mail again under the same Message-ID, counts the interrupted try and says so in `last_error`.
 * A convocation that never arrives can void a meeting, a repeat is at worst a second copy that mail servers and
 * programs that deduplicate by Message-ID drop: so the mail is sent again, visibly, rather than given up.
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
      expireInSeconds: MAIL_TRY_SECONDS,
      handler: ({ deliveryId }, attempt) => this.deliver(deliveryId, attempt.lastAttempt, { id: attempt.id, attempt: attempt.attempt }),
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

  /**
   * One try of a delivery: `job` identifies the try (a call without one, outside the queue, is a try of its own).
   * Skips a delivery already sent or being sent by a live try; throws when the server refused it, for the queue to
   * try again.
   */
  async deliver(deliveryId: string, lastAttempt: boolean, job?: { id: string; attempt: number }): Promise<'sent' | 'skipped'> {
    const claim = { jobId: job?.id ?? crypto.randomUUID(), attempt: job?.attempt ?? 1, leaseSeconds: MAIL_TRY_SECONDS };
    const claimed = await this.deliveries.claim(deliveryId, claim);
    if (!claimed) {
      this.logger.debug({ deliveryId }, 'mail delivery already sent or being sent');
      return 'skipped';
    }
    if (claimed.interrupted) this.logger.warn({ deliveryId }, 'mail delivery interrupted mid-send earlier: sending again under the same Message-ID');
    try {
      await this.mail.send({ ...claimed.mail, messageId: messageIdOf(deliveryId) });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await this.deliveries.finish(deliveryId, claim, { sent: false, error, lastAttempt });
      throw err;
    }
    if (!(await this.deliveries.finish(deliveryId, claim, { sent: true })))
      this.logger.warn({ deliveryId }, 'mail sent after its claim was taken over: another try may send it too, under the same Message-ID');
    return 'sent';
  }

  /**
   * Erasure: the deliveries to these addresses keep their states and counts, without their address, name or body;
   * those not sent yet never will be. In the caller's transaction.
   */
  forgetRecipient(emails: string[]): Promise<number> {
    return this.deliveries.forgetRecipient(emails);
  }

  /**
   * Deliveries whose job was lost (queued before a crash that took the job with it), and those whose try died
   * mid-send and whose job has no try left, get a new job; the latter are sent again under their Message-ID.
   */
  async requeueStale() {
    const ids = [...(await this.deliveries.stale(STALE_AFTER_SECONDS, 1000)), ...(await this.deliveries.abandoned(1000))];
    await this.jobs.send(
      MAIL_SEND_JOB,
      ids.map((id) => ({ data: { deliveryId: id } })),
    );
  }
}
