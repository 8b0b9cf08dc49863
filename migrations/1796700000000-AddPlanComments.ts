import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments on a plan's objectives and actions (issue 16): rows outside the live document, so that the discussion goes
 * on once the plan is adopted; threads one level deep, resolvable, soft-deleted; organisations mentioned kept by name.
 */
export class AddPlanComments1796700000000 implements MigrationInterface {
  name = 'AddPlanComments1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "record_kind" character varying(20) NOT NULL, "record_id" uuid NOT NULL, "parent_id" uuid, "body" text NOT NULL, "mentions" jsonb NOT NULL DEFAULT '[]', "author_user_id" uuid NOT NULL, "author_name" character varying(200) NOT NULL, "author_organisation" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "resolved_by_name" character varying(200), CONSTRAINT "plan_comments_record_kind_check" CHECK ("record_kind" IN ('objective', 'action')), CONSTRAINT "plan_comments_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_comments_plan_id_record_id_idx" ON "plan_comments"("plan_id", "record_id")`);
    await queryRunner.query(`CREATE INDEX "plan_comments_parent_id_idx" ON "plan_comments"("parent_id")`);
    await queryRunner.query(
      `ALTER TABLE "plan_comments" ADD CONSTRAINT "plan_comments_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "plan_comments"`);
  }
}
