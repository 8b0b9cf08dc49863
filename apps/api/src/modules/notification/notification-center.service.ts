import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { Outbox } from '../../core/events/outbox.service';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { LOGGER } from '../../core/logging/logging.module';
import { MailQueue, type QueuedMail } from '../../core/mail/mail-queue.service';
import { hashToken, newSecretToken } from '../../core/identity/secret-token';
import { NotificationLiveGateway } from './notification-live.gateway';
import { NotificationPendingRepository } from './notification-pending.repository';
import { NotificationKinds, type NotificationKind, type SubjectParticipants, type SubjectReader } from './notification-kinds';
import { digestMail, immediateMail } from './notification-mail';
import { NotificationRecipients } from './notification-recipients';
import { languageOf, toNotification } from './notification.mapper';
import { NotificationRepository, type Recipient } from './notification.repository';

export interface NotificationAudience {
  userIds?: string[];
  /** Registry people; only those with an account are notified in the app. */
  personIds?: string[];
  /** The people of these organisations (their affiliated accounts). */
  organisationIds?: string[];
}

/** What a notification is about (a meeting, a document, a space), as registered with `registerSubject`. */
export interface NotificationSubject {
  type: string;
  id: string;
}

/** Something that happened, to tell the people concerned; published by the module that owns the event. */
export interface NotificationEvent {
  kind: string;
  subject: NotificationSubject;
  /** What contains the subject, innermost first (a meeting's space): its followers and participants hear of it too. */
  within?: NotificationSubject[];
  /** What the kind's renderer needs. */
  data: Record<string, unknown>;
  /** Those who take part (followers by default): notified unless they unfollowed the subject. Explicit followers are added. */
  participants?: NotificationAudience;
  /** Those it is addressed to (the mentioned, an organisation's people): notified whatever they follow. */
  addressed?: NotificationAudience;
  /**
   * Only the addressed are told: the subject's followers and participants are not (a mention in a document is for
   * the mentioned, not for everyone who follows that document).
   */
  addressedOnly?: boolean;
  /** The account that caused it: it is not told of its own doing. */
  actorUserId?: string | null;
  /** Registry people the owning module already mailed about this event (convocations): they get no second mail. */
  mailedPersonIds?: string[];
  /** Tells apart notifications of one event (a mention's key); by default the event's id. */
  dedupe?: string;
}

export const NOTIFICATION_FANOUT_TOPIC = 'notification.fanout';
export const NOTIFICATION_DIGEST_JOB = 'notification.digest';
export const NOTIFICATION_SETTLED_JOB = 'notification.settled';
/** How long a text must stay unchanged before what it mentions or assigns is notified. */
export const SETTLE_QUIET_MS = 60_000;
const SETTLED_BATCH = 100;

const romeParts = (at: Date) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );

/**
 * The notification centre: modules register their kinds and publish events; a job fans each event out to the
 * people concerned who may read its subject, stores one notification each (once, however often the job runs),
 * pushes it live, and mails it at once where the person chose so. An hourly job sends the daily digests.
 */
@Injectable()
export class NotificationCenter {
  constructor(
    private readonly kinds: NotificationKinds,
    private readonly rows: NotificationRepository,
    private readonly live: NotificationLiveGateway,
    private readonly outbox: Outbox,
    private readonly mail: MailQueue,
    private readonly recipients: NotificationRecipients,
    private readonly pending: NotificationPendingRepository,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    // The outbox relays each event as a job named by its topic; larger batches than the default keep the pool busy.
    jobs.define<NotificationEvent>({ name: NOTIFICATION_FANOUT_TOPIC, batchSize: 25, handler: (event, attempt) => this.deliver(event, attempt.id) });
    jobs.define({
      name: NOTIFICATION_DIGEST_JOB,
      cron: '0 * * * *',
      singleton: true,
      retryLimit: 2,
      batchSize: 1,
      handler: () => this.sendDigests(new Date()),
    });
    // Each settle queues a run for when its text is due; this schedule catches whatever those runs missed.
    jobs.define({
      name: NOTIFICATION_SETTLED_JOB,
      cron: '* * * * *',
      singleton: true,
      retryLimit: 1,
      batchSize: 1,
      handler: () => this.deliverSettled(new Date()),
    });
  }

  registerKind<D>(kind: NotificationKind<D>) {
    this.kinds.register(kind);
  }

  /**
   * Declares who may read a subject type (notifications about it reach only them, and only they may follow it) and,
   * optionally, who takes part in a subject of that type: they follow it by default, until they unfollow it.
   */
  registerSubject(type: string, reader: SubjectReader, participants?: SubjectParticipants) {
    this.kinds.registerSubject(type, reader, participants);
  }

  /**
   * Makes these accounts follow a subject they took part in (a document they wrote in), unless they already chose
   * to follow it or not: an unfollow stays.
   */
  followByDefault(userIds: string[], subject: NotificationSubject): Promise<void> {
    return this.rows.addDefaultFollows(userIds, subject.type, subject.id);
  }

  /** Records events with the change made through `tx` (without one, at once); they fan out in a job. */
  publish(tx: EntityManager | undefined, ...events: NotificationEvent[]): Promise<void> {
    return this.outbox.publish(tx, ...events.map((payload) => ({ topic: NOTIFICATION_FANOUT_TOPIC, payload })));
  }

  /**
   * For events raised from text being typed (mentions, projected actions): makes `entries` the scope's waiting
   * notifications, with the change made through `tx`. Each is delivered once the scope has been quiet for `quietMs`,
   * and a key is delivered once ever, however often the text is projected again.
   */
  async settle(
    tx: EntityManager | undefined,
    scope: string,
    entries: { key: string; event: NotificationEvent }[],
    quietMs = this.config.notificationSettleMs ?? SETTLE_QUIET_MS,
  ): Promise<void> {
    await this.pending.replaceScope(tx, scope, entries, quietMs);
    // A run for when these are due; runs that find nothing due, or find it delivered, do nothing.
    if (entries.length) await this.jobs.send(NOTIFICATION_SETTLED_JOB, [{ data: {}, startAfter: new Date(Date.now() + quietMs + 500) }]);
  }

  /** Delivers the waiting notifications due at `at`; returns how many. */
  async deliverSettled(at: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.pending.claimDue(at, SETTLED_BATCH, async (rows) => {
        for (const row of rows) await this.deliver({ ...(row.event as NotificationEvent), dedupe: row.key }, row.key);
      });
      total += n;
      if (n < SETTLED_BATCH) return total;
    }
  }

  /** Fans one event out; run again with the same `eventId`, it stores, pushes and mails nothing new. Returns the recipients. */
  async deliver(event: NotificationEvent, eventId: string): Promise<string[]> {
    const kind = this.kinds.get(event.kind);
    if (!kind) throw new Error(`unknown notification kind "${event.kind}"`);
    const readers = await this.recipients.of(event);
    const recipients = readers.map((u) => u.id);
    const link = kind.render('it', event.data as never).link;
    const dedupeKey = `${event.kind}:${event.dedupe ?? eventId}`.slice(0, 200);
    const stored = await this.rows.addNew(
      recipients.map((userId) => ({
        userId,
        kind: event.kind,
        subjectType: event.subject.type,
        subjectId: event.subject.id,
        data: event.data,
        link,
        dedupeKey,
      })),
    );
    if (!stored.length) return recipients;
    const users = new Map<string, Recipient>(readers.map((u) => [u.id, u]));
    for (const n of stored) {
      const user = users.get(n.userId);
      if (!user) continue;
      this.live.created(n.userId, { notification: toNotification(n, kind, languageOf(user.locale)), unread: await this.rows.unreadCount(n.userId) });
    }
    const mailed = new Set(await this.recipients.accountsOf({ personIds: event.mailedPersonIds ?? [] }));
    const channels = await this.rows.channels([...users.keys()], event.kind);
    const mails: QueuedMail[] = [];
    for (const n of stored) {
      const user = users.get(n.userId);
      if (!user || mailed.has(user.id) || (channels.get(user.id) ?? kind.defaultChannel) !== 'immediate') continue;
      mails.push(await this.immediate(user, kind, n.id, event.data));
    }
    await this.mail.enqueue(mails);
    this.logger.info({ kind: event.kind, subject: event.subject, stored: stored.length, mailed: mails.length }, 'notifications delivered');
    return recipients;
  }

  /** A one-click unsubscribe secret for a person and a kind; only its hash is kept. */
  private async unsubscribeToken(userId: string, kind: string): Promise<string> {
    const token = newSecretToken();
    await this.rows.addUnsubscribe(hashToken(token), userId, kind);
    return token;
  }

  private async immediate(user: Recipient, kind: NotificationKind, notificationId: string, data: Record<string, unknown>): Promise<QueuedMail> {
    const lang = languageOf(user.locale);
    return {
      idempotencyKey: `notification:${notificationId}`,
      context: `notifications:${user.id}`,
      kind: `notification:${kind.kind}`,
      recipientName: user.name,
      mail: immediateMail(
        user.email,
        lang,
        kind.render(lang, data as never),
        kind.label[lang],
        this.config.publicUrl,
        await this.unsubscribeToken(user.id, kind.kind),
      ),
    };
  }

  /** Sends the digest of everyone whose chosen hour (Europe/Rome) `at` falls in; once per person per day. */
  async sendDigests(at: Date): Promise<number> {
    const rome = romeParts(at);
    const digestByDefault = this.kinds
      .all()
      .filter((k) => k.defaultChannel === 'digest')
      .map((k) => k.kind);
    const due = await this.rows.digestDue(Number(rome.hour), digestByDefault);
    const users = await this.recipients.active(due);
    const mails: QueuedMail[] = [];
    for (const user of users) {
      const items = await this.rows.takeDigest(user.id, at, digestByDefault);
      if (!items.length) continue;
      const kinds = [...new Set(items.map((n) => n.kind))].map((k) => this.kinds.get(k)).filter((k) => k !== undefined);
      const unsubscribe = await Promise.all(kinds.map(async (k) => ({ label: k.label.it, token: await this.unsubscribeToken(user.id, k.kind) })));
      const rendered = items.map((n) => {
        const item = toNotification(n, this.kinds.get(n.kind), 'it');
        return { title: item.title, body: item.body, link: item.link };
      });
      mails.push({
        idempotencyKey: `notification-digest:${user.id}:${rome.year}-${rome.month}-${rome.day}`,
        context: `notifications:${user.id}`,
        kind: 'notification:digest',
        recipientName: user.name,
        mail: digestMail(user.email, user.name, rendered, this.config.publicUrl, unsubscribe),
      });
    }
    return this.mail.enqueue(mails);
  }
}
