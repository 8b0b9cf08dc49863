import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
@Injectable()
export class MailDeliveryRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

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
   * delivery never send it both: the second finds it locked (skipped) or already sent. A delivery already sent, or
   * locked by another attempt, is not sent. On failure the state says whether another try will come.
   */
  async sendOnce(id: string, lastAttempt: boolean, send: (mail: OutgoingMail) => Promise<void>): Promise<'sent' | 'skipped'> {
    let failure: unknown;
    const outcome = await this.ds.transaction(async (tx) => {
      const rows: { state: MailDeliveryState; message: OutgoingMail | null }[] = await tx.query(
        `SELECT "state", "message" FROM "mail_deliveries" WHERE "id" = $1 FOR UPDATE SKIP LOCKED`,
        [id],
      );
      const row = rows[0];
      if (!row || row.state === 'sent' || !row.message) return 'skipped' as const;
      try {
        await send(row.message);
      } catch (err) {
        failure = err;
        await tx.query(`UPDATE "mail_deliveries" SET "state" = $2, "attempts" = "attempts" + 1, "last_error" = $3, "updated_at" = now() WHERE "id" = $1`, [
          id,
          lastAttempt ? 'failed' : 'retrying',
          (err instanceof Error ? err.message : String(err)).slice(0, 2000),
        ]);
        return 'skipped' as const;
      }
      // The body is not kept once sent: it may carry a personal link, and nothing needs it any more.
      await tx.query(
        `UPDATE "mail_deliveries" SET "state" = 'sent', "attempts" = "attempts" + 1, "sent_at" = now(), "updated_at" = now(), "message" = NULL WHERE "id" = $1`,
        [id],
      );
      return 'sent' as const;
    });
    if (failure) throw failure;
    return outcome;
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
