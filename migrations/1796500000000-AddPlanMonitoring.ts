import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring adopted plans (issue 16): plan lineages, the monitored state of actions (status, progress, spending,
 * milestones), the timeline of changes, and the overdue items already notified. Keyed by lineage and record id, with
 * no foreign key to the projected records, so that a revision replacing them keeps the history.
 */
export class AddPlanMonitoring1796500000000 implements MigrationInterface {
  name = 'AddPlanMonitoring1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_lineages" ("plan_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, CONSTRAINT "plan_lineages_pkey" PRIMARY KEY ("plan_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_lineages_lineage_id_idx" ON "plan_lineages"("lineage_id")`);
    await queryRunner.query(
      `CREATE TABLE "plan_action_monitoring" ("lineage_id" uuid NOT NULL, "action_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "progress" smallint NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "plan_action_monitoring_progress_check" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "plan_action_monitoring_status_check" CHECK ("status" IN ('planned', 'in_progress', 'suspended', 'completed', 'cancelled')), CONSTRAINT "plan_action_monitoring_pkey" PRIMARY KEY ("lineage_id", "action_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_action_spending" ("lineage_id" uuid NOT NULL, "action_id" uuid NOT NULL, "funding_source" character varying(60) NOT NULL, "spent_cents" bigint NOT NULL, CONSTRAINT "plan_action_spending_spent_cents_check" CHECK ("spent_cents" >= 0), CONSTRAINT "plan_action_spending_pkey" PRIMARY KEY ("lineage_id", "action_id", "funding_source"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_milestone_monitoring" ("lineage_id" uuid NOT NULL, "action_id" uuid NOT NULL, "milestone_id" uuid NOT NULL, "done" boolean NOT NULL, "due_on" date NOT NULL, CONSTRAINT "plan_milestone_monitoring_pkey" PRIMARY KEY ("lineage_id", "action_id", "milestone_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_monitoring_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lineage_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "action_id" uuid, "record_kind" character varying(20) NOT NULL, "record_id" uuid NOT NULL, "field" character varying(30) NOT NULL, "position" smallint NOT NULL DEFAULT '0', "subject" character varying(300), "previous_value" jsonb, "new_value" jsonb, "note" text, "author_user_id" uuid, "author_name" character varying(200), "organisation_name" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_monitoring_entries_record_kind_check" CHECK ("record_kind" IN ('action', 'milestone', 'indicator')), CONSTRAINT "plan_monitoring_entries_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_monitoring_entries_plan_id_idx" ON "plan_monitoring_entries"("plan_id")`);
    await queryRunner.query(
      `CREATE INDEX "plan_monitoring_entries_lineage_id_action_id_created_at_idx" ON "plan_monitoring_entries"("lineage_id", "action_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_overdue_notices" ("lineage_id" uuid NOT NULL, "record_kind" character varying(20) NOT NULL, "record_id" uuid NOT NULL, "due_on" date NOT NULL, "plan_id" uuid NOT NULL, "action_id" uuid NOT NULL, "flagged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_overdue_notices_record_kind_check" CHECK ("record_kind" IN ('action', 'milestone')), CONSTRAINT "plan_overdue_notices_pkey" PRIMARY KEY ("lineage_id", "record_kind", "record_id", "due_on"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_lineages" ADD CONSTRAINT "plan_lineages_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_monitoring_entries" ADD CONSTRAINT "plan_monitoring_entries_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_monitoring_entries" DROP CONSTRAINT "plan_monitoring_entries_plan_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_lineages" DROP CONSTRAINT "plan_lineages_plan_id_fkey"`);
    await queryRunner.query(`DROP TABLE "plan_overdue_notices"`);
    await queryRunner.query(`DROP INDEX "public"."plan_monitoring_entries_lineage_id_action_id_created_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."plan_monitoring_entries_plan_id_idx"`);
    await queryRunner.query(`DROP TABLE "plan_monitoring_entries"`);
    await queryRunner.query(`DROP TABLE "plan_milestone_monitoring"`);
    await queryRunner.query(`DROP TABLE "plan_action_spending"`);
    await queryRunner.query(`DROP TABLE "plan_action_monitoring"`);
    await queryRunner.query(`DROP INDEX "public"."plan_lineages_lineage_id_idx"`);
    await queryRunner.query(`DROP TABLE "plan_lineages"`);
  }
}
