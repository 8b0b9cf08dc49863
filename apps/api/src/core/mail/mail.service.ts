import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import nodemailer, { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { LOGGER } from '../logging/logging.module';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** A calendar invitation (iTIP), sent as a text/calendar alternative that mail programs offer to add. */
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string; filename: string };
  /** A Message-ID of our own: the same on every try of one delivery, so that a receiving server can drop a repeat. */
  messageId?: string;
  /** Extra header lines (`List-Unsubscribe`, RFC 8058). */
  headers?: Record<string, string>;
}

/** Sends through SMTP when SMTP_URL is set; otherwise writes RFC 822 files into DATA_DIR/mail (the local outbox). */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly transport: Transporter;
  private readonly outboxDir?: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    if (config.smtpUrl) {
      // Bounded well inside a mail try's lease (MAIL_TRY_SECONDS): a try whose claim is taken over must be over by then.
      this.transport = nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
    } else {
      this.outboxDir = path.join(config.dataDir, 'mail');
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
  }

  /** Sends now, in the caller's time; mail that may wait goes through `MailQueue.enqueue`, with retries. */
  async send(mail: OutgoingMail): Promise<void> {
    const { calendar, ...plain } = mail;
    const info = await this.transport.sendMail({ from: this.config.mailFrom, ...plain, ...(calendar ? { icalEvent: calendar } : {}) });
    if (this.outboxDir) {
      await fs.mkdir(this.outboxDir, { recursive: true });
      const file = path.join(this.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(3).toString('hex')}.eml`);
      await fs.writeFile(file, info.message as Buffer);
      this.logger.info({ to: mail.to, subject: mail.subject, file }, 'mail written to the local outbox');
    } else {
      this.logger.info({ to: mail.to, subject: mail.subject, messageId: info.messageId }, 'mail sent');
    }
  }

  // After the job queue has stopped (its `beforeApplicationShutdown`), so that no send in flight loses its transport.
  onApplicationShutdown() {
    this.transport.close();
  }
}
