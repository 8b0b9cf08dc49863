import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification centre: one row per notification per account (unique by the event it comes from, so that a
 * fan-out run twice stores it once), notifications waiting for their text to settle, each person's channel per kind and digest hour, explicit follows, and the
 * one-click unsubscribe links sent in mails (only the hash of their secret).
 */
export class AddNotifications1795970000000 implements MigrationInterface {
  name = 'AddNotifications1795970000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "kind" character varying(60) NOT NULL,
        "subject_type" character varying(30) NOT NULL,
        "subject_id" uuid NOT NULL,
        "data" jsonb NOT NULL DEFAULT '{}',
        "link" character varying(500) NOT NULL,
        "dedupe_key" character varying(200) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "read_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_user_id_dedupe_key_key" ON "notifications" ("user_id", "dedupe_key")`);
    await queryRunner.query(`CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications" ("user_id", "created_at")`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" (
        "user_id" uuid NOT NULL,
        "kind" character varying(60) NOT NULL,
        "channel" character varying(20) NOT NULL,
        CONSTRAINT "notification_preferences_channel_check" CHECK ("channel" IN ('immediate', 'digest', 'off')),
        CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id", "kind")
      )`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_settings" (
        "user_id" uuid NOT NULL,
        "digest_hour" smallint NOT NULL DEFAULT 8,
        "last_digest_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "notification_settings_digest_hour_check" CHECK ("digest_hour" BETWEEN 0 AND 23),
        CONSTRAINT "notification_settings_pkey" PRIMARY KEY ("user_id")
      )`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "notification_settings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_follows" (
        "user_id" uuid NOT NULL,
        "subject_type" character varying(30) NOT NULL,
        "subject_id" uuid NOT NULL,
        "following" boolean NOT NULL,
        CONSTRAINT "notification_follows_pkey" PRIMARY KEY ("user_id", "subject_type", "subject_id")
      )`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_follows" ADD CONSTRAINT "notification_follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_unsubscribes" (
        "token_hash" character varying(64) NOT NULL,
        "user_id" uuid NOT NULL,
        "kind" character varying(60) NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "notification_unsubscribes_pkey" PRIMARY KEY ("token_hash")
      )`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_unsubscribes" ADD CONSTRAINT "notification_unsubscribes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_pending" (
        "key" character varying(200) NOT NULL,
        "scope" character varying(200) NOT NULL,
        "event" jsonb NOT NULL,
        "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "delivered_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "notification_pending_pkey" PRIMARY KEY ("key")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "notification_pending_scope_idx" ON "notification_pending" ("scope")`);
    await queryRunner.query(`CREATE INDEX "notification_pending_due_at_idx" ON "notification_pending" ("due_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_pending"`);
    await queryRunner.query(`DROP TABLE "notification_unsubscribes"`);
    await queryRunner.query(`DROP TABLE "notification_follows"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
