import { MigrationInterface, QueryRunner } from 'typeorm';

/** What became of an accepted suggestion, and the warnings acknowledged at each lifecycle step. */
export class AddStepGuardrails1795945865551 implements MigrationInterface {
  name = 'AddStepGuardrails1795945865551';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes_remarks" ADD "application" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "minutes_remarks" ADD "application_issue" character varying(20)`);
    await queryRunner.query(
      `ALTER TABLE "minutes_remarks" ADD CONSTRAINT "minutes_remarks_application_check" CHECK ("application" IN ('applied', 'to_apply', 'applied_by_hand'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_remarks" ADD CONSTRAINT "minutes_remarks_application_issue_check" CHECK ("application_issue" IN ('not_found', 'ambiguous'))`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_transitions" ADD "confirmed_warnings" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_transitions" DROP COLUMN "confirmed_warnings"`);
    await queryRunner.query(`ALTER TABLE "minutes_remarks" DROP CONSTRAINT "minutes_remarks_application_issue_check"`);
    await queryRunner.query(`ALTER TABLE "minutes_remarks" DROP CONSTRAINT "minutes_remarks_application_check"`);
    await queryRunner.query(`ALTER TABLE "minutes_remarks" DROP COLUMN "application_issue"`);
    await queryRunner.query(`ALTER TABLE "minutes_remarks" DROP COLUMN "application"`);
  }
}
