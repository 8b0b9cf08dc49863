import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A mail is claimed before it goes to the SMTP server: the try that claims it marks it `sending` with its own token
 * and a lease (`claimed_until`), in a committed conditional update, so that no other try sends it meanwhile and a try
 * that died mid-send is seen afterwards (a claim left behind) instead of being lost in a rolled-back lock. The outbox
 * gets an index for its retention purge, which deletes relayed rows by age.
 */
export class ClaimMailDeliveries1796100000000 implements MigrationInterface {
  name = 'ClaimMailDeliveries1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_deliveries" ADD "claim" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "mail_deliveries" ADD "claimed_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "mail_deliveries" DROP CONSTRAINT "mail_deliveries_state_check"`);
    await queryRunner.query(
      `ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_state_check" CHECK ("state" IN ('queued', 'sending', 'sent', 'retrying', 'failed'))`,
    );
    await queryRunner.query(`CREATE INDEX "mail_deliveries_claimed_until_idx" ON "mail_deliveries" ("claimed_until") WHERE "state" = 'sending'`);
    await queryRunner.query(`CREATE INDEX "outbox_relayed_at_idx" ON "outbox" ("relayed_at") WHERE "relayed_at" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "outbox_relayed_at_idx"`);
    await queryRunner.query(`DROP INDEX "mail_deliveries_claimed_until_idx"`);
    // A mail caught mid-send goes back to the queue: the earlier schema has no state for it.
    await queryRunner.query(`UPDATE "mail_deliveries" SET "state" = 'queued' WHERE "state" = 'sending'`);
    await queryRunner.query(`ALTER TABLE "mail_deliveries" DROP CONSTRAINT "mail_deliveries_state_check"`);
    await queryRunner.query(
      `ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_state_check" CHECK ("state" IN ('queued', 'sent', 'retrying', 'failed'))`,
    );
    await queryRunner.query(`ALTER TABLE "mail_deliveries" DROP COLUMN "claimed_until"`);
    await queryRunner.query(`ALTER TABLE "mail_deliveries" DROP COLUMN "claim"`);
  }
}
