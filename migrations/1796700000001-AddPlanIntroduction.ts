import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A plan's introduction (issue 16): plain text, and the old free-text plan document (`action_plan_draft`) it was taken
 * from, which stays readable on its own; deleting that document keeps the text and drops the link.
 */
export class AddPlanIntroduction1796700000001 implements MigrationInterface {
  name = 'AddPlanIntroduction1796700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plans" ADD "introduction" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "introduction_document_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "plans" ADD CONSTRAINT "plans_introduction_document_id_fkey" FOREIGN KEY ("introduction_document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "plans_introduction_document_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "introduction_document_id"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "introduction"`);
  }
}
