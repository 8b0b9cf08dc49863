import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import type { OutgoingMail } from './mail.service';

export type MailDeliveryState = 'queued' | 'sent' | 'retrying' | 'failed';

export interface MailDeliveryRow {
  id: string;
  idempotencyKey: string;
  context: string | null;
  kind: string;
  recipient: string;
  recipientName: string | null;
  subject: string;
  state: MailDeliveryState;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
}

export interface NewMailDelivery {
  idempotencyKey: string;
  context: string | null;
  kind: string;
  recipientName: string | null;
  mail: OutgoingMail;
}

const COLUMNS = `"id", "idempotency_key" AS "idempotencyKey", "context", "kind", "recipient", "recipient_name" AS "recipientName", "subject",
  "state", "attempts", "last_error" AS "lastError", "created_at" AS "createdAt", "updated_at" AS "updatedAt", "sent_at" AS "sentAt"`;

/** One row per mail, unique by idempotency key: what was asked, and what became of it. */
/** Sends at once per instance: the mail job's batch, and the lock pool's size. */
export const MAIL_SENDS_AT_ONCE = 10;

@Injectable()
export class MailDeliveryRepository implements OnApplicationShutdown {
  private pool?: Pool;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Records new deliveries; a key already recorded is left as it is. Returns the ids of the rows it added. */
  async addNew(rows: NewMailDelivery[]): Promise<string[]> {
    if (!rows.length) return [];
    const added: { id: string }[] = await this.ds.query(
      `INSERT INTO "mail_deliveries" ("idempotency_key", "context", "kind", "recipient", "recipient_name", "subject", "message")
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::jsonb[])
       ON CONFLICT ("idempotency_key") DO NOTHING RETURNING "id"`,
      [
        rows.map((r) => r.idempotencyKey),
        rows.map((r) => r.context),
        rows.map((r) => r.kind),
        rows.map((r) => r.mail.to),
        rows.map((r) => r.recipientName),
        rows.map((r) => r.mail.subject.slice(0, 500)),
        rows.map((r) => JSON.stringify(r.mail)),
      ],
    );
    return added.map((r) => r.id);
  }

  async existingKeys(keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const rows: { key: string }[] = await this.ds.query(
      `SELECT "idempotency_key" AS "key" FROM "mail_deliveries" WHERE "idempotency_key" = ANY($1::varchar[])`,
      [keys],
    );
    return new Set(rows.map((r) => r.key));
  }

  byContext(context: string): Promise<MailDeliveryRow[]> {
    return this.ds.query(`SELECT ${COLUMNS} FROM "mail_deliveries" WHERE "context" = $1 ORDER BY "created_at" DESC, "recipient"`, [context]);
  }

  async byId(id: string): Promise<MailDeliveryRow | null> {
    const rows: MailDeliveryRow[] = await this.ds.query(`SELECT ${COLUMNS} FROM "mail_deliveries" WHERE "id" = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Deliveries still waiting for their first try after `idleSeconds`: their job may be lost (a retrying one has its job). */
  async stale(idleSeconds: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT "id" FROM "mail_deliveries" WHERE "state" = 'queued' AND "updated_at" < now() - make_interval(secs => $1) ORDER BY "updated_at" LIMIT $2`,
      [idleSeconds, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Runs `send` for the delivery under a row lock held until its outcome is recorded, so that two jobs for one
   * delivery never send it both: the second finds it locked (skipped) or already sent. On failure the state says
   * whether another try will come. The lock's transaction stays open while the SMTP server answers, so it runs on
   * a pool of its own, as large as the number of sends at once: a slow server never starves the requests' pool, and
   * a process that dies mid-send drops its connection and with it the lock.
   */
  async sendOnce(id: string, lastAttempt: boolean, send: (mail: OutgoingMail) => Promise<void>): Promise<'sent' | 'skipped'> {
    const client = await this.lockPool().connect();
    let failure: unknown;
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ state: MailDeliveryState; message: OutgoingMail | null }>(
        `SELECT "state", "message" FROM "mail_deliveries" WHERE "id" = $1 FOR UPDATE SKIP LOCKED`,
        [id],
      );
      const row = rows[0];
      if (!row || row.state === 'sent' || !row.message) {
        await client.query('COMMIT');
        return 'skipped';
      }
      try {
        await send(row.message);
      } catch (err) {
        failure = err;
      }
      if (failure) {
        await client.query(`UPDATE "mail_deliveries" SET "state" = $2, "attempts" = "attempts" + 1, "last_error" = $3, "updated_at" = now() WHERE "id" = $1`, [
          id,
          lastAttempt ? 'failed' : 'retrying',
          (failure instanceof Error ? failure.message : String(failure)).slice(0, 2000),
        ]);
      } else {
        // The body is not kept once sent: it may carry a personal link, and nothing needs it any more.
        await client.query(
          `UPDATE "mail_deliveries" SET "state" = 'sent', "attempts" = "attempts" + 1, "sent_at" = now(), "updated_at" = now(), "message" = NULL WHERE "id" = $1`,
          [id],
        );
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
    if (failure) throw failure;
    return 'sent';
  }

  private lockPool(): Pool {
    if (!this.pool) {
      this.pool = new Pool({ connectionString: this.config.databaseUrl, max: MAIL_SENDS_AT_ONCE, application_name: 'cantiere-mail' });
      // An idle connection the server ends (a restart, a dropped database) is replaced at the next send: never a crash.
      this.pool.on('error', () => undefined);
    }
    return this.pool;
  }

  async onApplicationShutdown() {
    await this.pool?.end();
  }

  /** Puts a failed delivery back in the queue; false when it was not failed. */
  async requeueFailed(id: string, context: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, count].
    const [, count]: [unknown[], number] = await this.ds.query(
      `UPDATE "mail_deliveries" SET "state" = 'queued', "updated_at" = now() WHERE "id" = $1 AND "context" = $2 AND "state" = 'failed'`,
      [id, context],
    );
    return count > 0;
  }
}
