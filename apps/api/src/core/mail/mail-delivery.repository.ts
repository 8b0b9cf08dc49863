import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TxHost } from '../database/transaction';
import type { OutgoingMail } from './mail.service';

/** `sending`: claimed by a try that has not recorded its outcome yet (see `claim`). */
export type MailDeliveryState = 'queued' | 'sending' | 'sent' | 'retrying' | 'failed';

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

/** One try of a delivery: the job that runs it (its id is stable across tries), which try, and how long its claim lasts. */
export interface MailClaim {
  jobId: string;
  attempt: number;
  leaseSeconds: number;
}

const COLUMNS = `"id", "idempotency_key" AS "idempotencyKey", "context", "kind", "recipient", "recipient_name" AS "recipientName", "subject",
  "state", "attempts", "last_error" AS "lastError", "created_at" AS "createdAt", "updated_at" AS "updatedAt", "sent_at" AS "sentAt"`;

const INTERRUPTED = 'An earlier try was interrupted while sending and may have reached the server; sent again under the same Message-ID';
const ERASED = 'Not sent: the recipient was erased';
export const ERASED_RECIPIENT_NAME = 'Persona cancellata';

/** Sends at once per instance: the mail job's batch. */
export const MAIL_SENDS_AT_ONCE = 10;

/** One row per mail, unique by idempotency key: what was asked, and what became of it. */
@Injectable()
export class MailDeliveryRepository {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly txHost: TxHost,
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
   * Claims the delivery for one try, before anything goes to the SMTP server: a conditional update, committed on its
   * own, that only a mail still to send passes (queued or retrying, with its body). It also passes a claim left
   * behind by a try that cannot be running any more: an earlier try of the same job (the queue starts a new try only
   * once the previous one failed, expired or stopped heartbeating) or any try whose lease ran out. Such a take-over
   * counts the interrupted try and says so in `last_error`: that try may have reached the server. Null when the
   * delivery is sent, gone, erased or being sent by a live try.
   */
  async claim(id: string, claim: MailClaim): Promise<{ mail: OutgoingMail; interrupted: boolean } | null> {
    const [rows]: [{ message: OutgoingMail; prior: MailDeliveryState }[], number] = await this.ds.query(
      `UPDATE "mail_deliveries" d SET
         "state" = 'sending', "claim" = $2, "claimed_until" = now() + make_interval(secs => $5), "updated_at" = now(),
         "attempts" = d."attempts" + CASE WHEN p."prior" = 'sending' THEN 1 ELSE 0 END,
         "last_error" = CASE WHEN p."prior" = 'sending' THEN $6 ELSE d."last_error" END
       FROM (SELECT "id", "state" AS "prior" FROM "mail_deliveries" WHERE "id" = $1 FOR UPDATE) p
       WHERE d."id" = p."id" AND d."message" IS NOT NULL
         AND (d."state" IN ('queued', 'retrying')
           OR (d."state" = 'sending' AND (d."claimed_until" < now()
             OR (split_part(d."claim", ':', 1) = $3 AND split_part(d."claim", ':', 2) ~ '^[0-9]+$' AND split_part(d."claim", ':', 2)::int < $4))))
       RETURNING d."message", p."prior"`,
      [id, `${claim.jobId}:${claim.attempt}`, claim.jobId, claim.attempt, claim.leaseSeconds, INTERRUPTED],
    );
    return rows[0] ? { mail: rows[0].message, interrupted: rows[0].prior === 'sending' } : null;
  }

  /**
   * Records a claimed try's outcome, if the claim is still this try's (a try that outlived its lease and was taken
   * over records nothing: the try that took over does). The body is not kept once sent: it may carry a personal link.
   */
  async finish(id: string, claim: MailClaim, outcome: { sent: true } | { sent: false; error: string; lastAttempt: boolean }): Promise<boolean> {
    const token = `${claim.jobId}:${claim.attempt}`;
    const [, count]: [unknown[], number] = outcome.sent
      ? await this.ds.query(
          `UPDATE "mail_deliveries" SET "state" = 'sent', "attempts" = "attempts" + 1, "sent_at" = now(), "updated_at" = now(), "message" = NULL,
             "claim" = NULL, "claimed_until" = NULL
           WHERE "id" = $1 AND "claim" = $2 AND "state" = 'sending'`,
          [id, token],
        )
      : await this.ds.query(
          `UPDATE "mail_deliveries" SET "state" = $3, "attempts" = "attempts" + 1, "last_error" = $4, "updated_at" = now(), "claim" = NULL, "claimed_until" = NULL
           WHERE "id" = $1 AND "claim" = $2 AND "state" = 'sending'`,
          [id, token, outcome.lastAttempt ? 'failed' : 'retrying', outcome.error.slice(0, 2000)],
        );
    return count > 0;
  }

  /** Deliveries whose claim ran out with no try recording an outcome: the try died, and its job with it. */
  async abandoned(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT "id" FROM "mail_deliveries" WHERE "state" = 'sending' AND "claimed_until" < now() ORDER BY "claimed_until" LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** Puts a failed delivery back in the queue; false when it was not failed (or its recipient was erased: no body left). */
  async requeueFailed(id: string, context: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, count].
    const [, count]: [unknown[], number] = await this.ds.query(
      `UPDATE "mail_deliveries" SET "state" = 'queued', "updated_at" = now() WHERE "id" = $1 AND "context" = $2 AND "state" = 'failed' AND "message" IS NOT NULL`,
      [id, context],
    );
    return count > 0;
  }

  /**
   * An erased person's deliveries, found by their addresses (any case): the address, the name, the body, and the
   * address inside an error or a key go; the state, attempts and dates stay for the facilitator's counts. A mail
   * still waiting is not sent any more (failed, saying why). Runs in the caller's transaction (the erasure's).
   */
  async forgetRecipient(emails: string[]): Promise<number> {
    const addresses = [...new Set(emails.map((e) => e.toLowerCase()))];
    if (!addresses.length) return 0;
    const [, count]: [unknown[], number] = await this.txHost.tx.query(
      `UPDATE "mail_deliveries" SET
         "recipient" = '', "recipient_name" = $2, "message" = NULL, "claim" = NULL, "claimed_until" = NULL, "updated_at" = now(),
         -- Some keys are made from the address (one notice per address and event); the row's id keeps it unique.
         "idempotency_key" = 'erased:' || "id",
         -- An SMTP error often quotes the address it refused.
         "last_error" = CASE WHEN "state" IN ('sent', 'failed') THEN regexp_replace("last_error", $4, '[erased]', 'gi') ELSE $3 END,
         "state" = CASE WHEN "state" IN ('sent', 'failed') THEN "state" ELSE 'failed' END
       WHERE lower("recipient") = ANY($1::varchar[])`,
      [addresses, ERASED_RECIPIENT_NAME, ERASED, addresses.map(escapeRegExp).join('|')],
    );
    return count;
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
