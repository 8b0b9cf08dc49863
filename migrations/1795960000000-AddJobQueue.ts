import { MigrationInterface, QueryRunner } from 'typeorm';
import { PG_BOSS_SCHEMA_SQL } from './pg-boss-schema-v46';

/**
 * The durable side of side effects: pg-boss's queue (its own `pgboss` schema, created here rather than by pg-boss at
 * start-up, so that the schema has one author), the outbox that domain changes write in their own transaction, and
 * one row per mail with the idempotency key that keeps a retried job from sending it twice.
 */
export class AddJobQueue1795960000000 implements MigrationInterface {
  name = 'AddJobQueue1795960000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(PG_BOSS_SCHEMA_SQL);
    await queryRunner.query(
      `CREATE TABLE "outbox" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "topic" character varying(100) NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "relayed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "outbox_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_pending_idx" ON "outbox" ("created_at") WHERE "relayed_at" IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "mail_deliveries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "idempotency_key" character varying(300) NOT NULL,
        "context" character varying(200),
        "kind" character varying(50) NOT NULL,
        "recipient" character varying(320) NOT NULL,
        "recipient_name" character varying(300),
        "subject" character varying(500) NOT NULL,
        "message" jsonb,
        "state" character varying(20) NOT NULL DEFAULT 'queued',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "mail_deliveries_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "mail_deliveries_idempotency_key_key" UNIQUE ("idempotency_key"),
        CONSTRAINT "mail_deliveries_state_check" CHECK ("state" IN ('queued', 'sent', 'retrying', 'failed')))`,
    );
    await queryRunner.query(`CREATE INDEX "mail_deliveries_context_idx" ON "mail_deliveries" ("context", "created_at")`);
    await queryRunner.query(`CREATE INDEX "mail_deliveries_pending_idx" ON "mail_deliveries" ("updated_at") WHERE "state" IN ('queued', 'retrying')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_deliveries"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP SCHEMA "pgboss" CASCADE`);
  }
}
