import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adoptions of action plans (issue 16): one row per adoption, naming the act (a meeting's decision and/or an
 * administrative act) and the frozen record (kind `plan`) that holds the plan as adopted; adopting a revision
 * supersedes the adoption in force. The plan keeps its row and its records keep their ids across revisions.
 */
export class AddPlanAdoptions1796400000000 implements MigrationInterface {
  name = 'AddPlanAdoptions1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_adoptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "version" integer NOT NULL, "frozen_record_id" uuid NOT NULL, "sha256" character varying(64) NOT NULL, "decision_id" uuid, "act_body" character varying(200), "act_number" character varying(60), "act_date" date, "adopted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "adopted_by" uuid, "superseded_at" TIMESTAMP WITH TIME ZONE, "superseded_by_id" uuid, CONSTRAINT "plan_adoptions_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$'), CONSTRAINT "plan_adoptions_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_adoptions_decision_id_idx" ON "plan_adoptions"  ("decision_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "plan_adoptions_plan_id_version_key" ON "plan_adoptions"  ("plan_id", "version") `);
    await queryRunner.query(
      `ALTER TABLE "plan_adoptions" ADD CONSTRAINT "plan_adoptions_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_adoptions" ADD CONSTRAINT "plan_adoptions_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_adoptions" ADD CONSTRAINT "plan_adoptions_superseded_by_id_fkey" FOREIGN KEY ("superseded_by_id") REFERENCES "plan_adoptions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_adoptions" DROP CONSTRAINT "plan_adoptions_superseded_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_adoptions" DROP CONSTRAINT "plan_adoptions_decision_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_adoptions" DROP CONSTRAINT "plan_adoptions_plan_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."plan_adoptions_plan_id_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."plan_adoptions_decision_id_idx"`);
    await queryRunner.query(`DROP TABLE "plan_adoptions"`);
  }
}
