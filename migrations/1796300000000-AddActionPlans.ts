import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Action plans (issue 16): the plan of a space, and the rows its live document (`action-plan:<id>`) is projected into:
 * objectives, actions with their partners, money by funding source, milestones and contributing organisations,
 * indicators with their observed values, and the records whose live state is invalid. Money in integer cents.
 * The managed lists gain the plans' three kinds (their entries in the next migration).
 */
export class AddActionPlans1796300000000 implements MigrationInterface {
  name = 'AddActionPlans1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_action_partners" ("action_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "budget_share_cents" bigint, CONSTRAINT "plan_action_partners_budget_share_cents_check" CHECK ("budget_share_cents" >= 0), CONSTRAINT "plan_action_partners_role_check" CHECK ("role" IN ('capofila', 'partner', 'collaborating')), CONSTRAINT "plan_action_partners_pkey" PRIMARY KEY ("action_id", "organisation_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_action_partners_organisation_id_idx" ON "plan_action_partners"("organisation_id")`);
    await queryRunner.query(
      `CREATE TABLE "plan_action_budgets" ("action_id" uuid NOT NULL, "funding_source" character varying(60) NOT NULL, "planned_cents" bigint NOT NULL DEFAULT '0', "spent_cents" bigint NOT NULL DEFAULT '0', CONSTRAINT "plan_action_budgets_spent_cents_check" CHECK ("spent_cents" >= 0), CONSTRAINT "plan_action_budgets_planned_cents_check" CHECK ("planned_cents" >= 0), CONSTRAINT "plan_action_budgets_pkey" PRIMARY KEY ("action_id", "funding_source"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_milestones" ("action_id" uuid NOT NULL, "id" uuid NOT NULL, "due_on" date NOT NULL, "title" character varying(300) NOT NULL, "done" boolean NOT NULL DEFAULT false, CONSTRAINT "plan_milestones_pkey" PRIMARY KEY ("action_id", "id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_milestones_due_on_idx" ON "plan_milestones"("due_on")`);
    await queryRunner.query(
      `CREATE TABLE "plan_action_contributors" ("action_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "last_edited_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "plan_action_contributors_pkey" PRIMARY KEY ("action_id", "organisation_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_action_contributors_organisation_id_idx" ON "plan_action_contributors"("organisation_id")`);
    await queryRunner.query(
      `CREATE TABLE "plan_actions" ("id" uuid NOT NULL, "plan_id" uuid NOT NULL, "objective_id" uuid NOT NULL, "order_key" character varying(100) NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "lead_organisation_id" uuid, "beneficiaries_expected" integer, "beneficiaries_description" text NOT NULL DEFAULT '', "start_date" date, "end_date" date, "status" character varying(20) NOT NULL DEFAULT 'planned', "progress" smallint NOT NULL DEFAULT '0', "weight" numeric(10,3) NOT NULL DEFAULT '1', "source_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_actions_beneficiaries_expected_check" CHECK ("beneficiaries_expected" >= 0), CONSTRAINT "plan_actions_dates_check" CHECK ("end_date" >= "start_date"), CONSTRAINT "plan_actions_weight_check" CHECK ("weight" >= 0), CONSTRAINT "plan_actions_progress_check" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "plan_actions_status_check" CHECK ("status" IN ('planned', 'in_progress', 'suspended', 'completed', 'cancelled')), CONSTRAINT "plan_actions_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_actions_plan_id_idx" ON "plan_actions"("plan_id")`);
    await queryRunner.query(`CREATE INDEX "plan_actions_objective_id_idx" ON "plan_actions"("objective_id")`);
    await queryRunner.query(`CREATE INDEX "plan_actions_lead_organisation_id_idx" ON "plan_actions"("lead_organisation_id")`);
    await queryRunner.query(
      `CREATE TABLE "plan_indicators" ("id" uuid NOT NULL, "plan_id" uuid NOT NULL, "objective_id" uuid, "action_id" uuid, "order_key" character varying(100) NOT NULL, "kind" character varying(20) NOT NULL, "name" character varying(300) NOT NULL, "unit" character varying(60) NOT NULL DEFAULT '', "direction" character varying(10) NOT NULL, "baseline_value" numeric, "baseline_date" date, "baseline_source" character varying(300) NOT NULL DEFAULT '', "target_value" numeric, "target_date" date, "range_min" numeric, "range_max" numeric, "source_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_indicators_range_check" CHECK ("range_max" >= "range_min"), CONSTRAINT "plan_indicators_owner_check" CHECK (num_nonnulls("objective_id", "action_id") = 1), CONSTRAINT "plan_indicators_direction_check" CHECK ("direction" IN ('higher', 'lower')), CONSTRAINT "plan_indicators_kind_check" CHECK ("kind" IN ('output', 'outcome', 'impact')), CONSTRAINT "plan_indicators_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_indicators_plan_id_idx" ON "plan_indicators"("plan_id")`);
    await queryRunner.query(`CREATE INDEX "plan_indicators_objective_id_idx" ON "plan_indicators"("objective_id")`);
    await queryRunner.query(`CREATE INDEX "plan_indicators_action_id_idx" ON "plan_indicators"("action_id")`);
    await queryRunner.query(
      `CREATE TABLE "plan_indicator_observations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_id" uuid NOT NULL, "observed_on" date NOT NULL, "value" numeric NOT NULL, "note" text, "source" character varying(300), "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_indicator_observations_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_indicator_observations_indicator_id_observed_on_idx" ON "plan_indicator_observations"("indicator_id", "observed_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_objectives" ("id" uuid NOT NULL, "plan_id" uuid NOT NULL, "code" character varying(10) NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "macro_area" character varying(60), "target_group" text NOT NULL DEFAULT '', "expected_impact" text NOT NULL DEFAULT '', "leps_code" character varying(60), "co_designed" boolean NOT NULL DEFAULT false, "cross_area" boolean NOT NULL DEFAULT false, "planned_staff" text NOT NULL DEFAULT '', "order_key" character varying(100) NOT NULL, "source_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_objectives_plan_id_code_key" UNIQUE ("plan_id", "code") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "plan_objectives_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_objectives_plan_id_idx" ON "plan_objectives"("plan_id")`);
    await queryRunner.query(
      `CREATE TABLE "plan_objective_budgets" ("objective_id" uuid NOT NULL, "funding_source" character varying(60) NOT NULL, "planned_cents" bigint NOT NULL, CONSTRAINT "plan_objective_budgets_planned_cents_check" CHECK ("planned_cents" >= 0), CONSTRAINT "plan_objective_budgets_pkey" PRIMARY KEY ("objective_id", "funding_source"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_record_problems" ("plan_id" uuid NOT NULL, "record_id" uuid NOT NULL, "record_kind" character varying(20) NOT NULL, "label" character varying(300) NOT NULL DEFAULT '', "problems" jsonb NOT NULL, "source_hash" character varying(64) NOT NULL, "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_record_problems_record_kind_check" CHECK ("record_kind" IN ('objective', 'action', 'indicator')), CONSTRAINT "plan_record_problems_pkey" PRIMARY KEY ("plan_id", "record_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "space_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "start_year" smallint NOT NULL, "end_year" smallint NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "adopting_decision_id" uuid, "adopting_act_body" character varying(200), "adopting_act_number" character varying(60), "adopting_act_date" date, "submitted_at" TIMESTAMP WITH TIME ZONE, "adopted_at" TIMESTAMP WITH TIME ZONE, "projected_seq" bigint NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plans_period_check" CHECK ("end_year" >= "start_year"), CONSTRAINT "plans_status_check" CHECK ("status" IN ('draft', 'submitted', 'adopted', 'under_revision', 'closed')), CONSTRAINT "plans_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "plans_space_id_idx" ON "plans"("space_id")`);
    await queryRunner.query(
      `ALTER TABLE "plan_action_partners" ADD CONSTRAINT "plan_action_partners_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "plan_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_action_partners" ADD CONSTRAINT "plan_action_partners_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_action_budgets" ADD CONSTRAINT "plan_action_budgets_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "plan_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_milestones" ADD CONSTRAINT "plan_milestones_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "plan_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_action_contributors" ADD CONSTRAINT "plan_action_contributors_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "plan_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_action_contributors" ADD CONSTRAINT "plan_action_contributors_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_objective_id_fkey" FOREIGN KEY ("objective_id") REFERENCES "plan_objectives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_lead_organisation_id_fkey" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_objective_id_fkey" FOREIGN KEY ("objective_id") REFERENCES "plan_objectives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "plan_actions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_indicator_observations" ADD CONSTRAINT "plan_indicator_observations_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "plan_indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_objectives" ADD CONSTRAINT "plan_objectives_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_objective_budgets" ADD CONSTRAINT "plan_objective_budgets_objective_id_fkey" FOREIGN KEY ("objective_id") REFERENCES "plan_objectives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_record_problems" ADD CONSTRAINT "plan_record_problems_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plans" ADD CONSTRAINT "plans_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plans" ADD CONSTRAINT "plans_adopting_decision_id_fkey" FOREIGN KEY ("adopting_decision_id") REFERENCES "decisions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "reference_items" DROP CONSTRAINT "reference_items_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "reference_items" ADD CONSTRAINT "reference_items_kind_check" CHECK ("kind" IN ('thematic_area', 'comune', 'macro_area', 'funding_source', 'leps'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "reference_items" WHERE "kind" IN ('macro_area', 'funding_source', 'leps')`);
    await queryRunner.query(`ALTER TABLE "reference_items" DROP CONSTRAINT "reference_items_kind_check"`);
    await queryRunner.query(`ALTER TABLE "reference_items" ADD CONSTRAINT "reference_items_kind_check" CHECK ("kind" IN ('thematic_area', 'comune'))`);
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "plans_adopting_decision_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "plans_space_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_record_problems" DROP CONSTRAINT "plan_record_problems_plan_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_objective_budgets" DROP CONSTRAINT "plan_objective_budgets_objective_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_objectives" DROP CONSTRAINT "plan_objectives_plan_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_indicator_observations" DROP CONSTRAINT "plan_indicator_observations_indicator_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_indicators" DROP CONSTRAINT "plan_indicators_action_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_indicators" DROP CONSTRAINT "plan_indicators_objective_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_indicators" DROP CONSTRAINT "plan_indicators_plan_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_actions" DROP CONSTRAINT "plan_actions_lead_organisation_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_actions" DROP CONSTRAINT "plan_actions_objective_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_actions" DROP CONSTRAINT "plan_actions_plan_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_action_contributors" DROP CONSTRAINT "plan_action_contributors_organisation_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_action_contributors" DROP CONSTRAINT "plan_action_contributors_action_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_milestones" DROP CONSTRAINT "plan_milestones_action_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_action_budgets" DROP CONSTRAINT "plan_action_budgets_action_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_action_partners" DROP CONSTRAINT "plan_action_partners_organisation_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "plan_action_partners" DROP CONSTRAINT "plan_action_partners_action_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."plans_space_id_idx"`);
    await queryRunner.query(`DROP TABLE "plans"`);
    await queryRunner.query(`DROP TABLE "plan_record_problems"`);
    await queryRunner.query(`DROP TABLE "plan_objective_budgets"`);
    await queryRunner.query(`DROP INDEX "public"."plan_objectives_plan_id_idx"`);
    await queryRunner.query(`DROP TABLE "plan_objectives"`);
    await queryRunner.query(`DROP INDEX "public"."plan_indicator_observations_indicator_id_observed_on_idx"`);
    await queryRunner.query(`DROP TABLE "plan_indicator_observations"`);
    await queryRunner.query(`DROP INDEX "public"."plan_indicators_action_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."plan_indicators_objective_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."plan_indicators_plan_id_idx"`);
    await queryRunner.query(`DROP TABLE "plan_indicators"`);
    await queryRunner.query(`DROP INDEX "public"."plan_actions_lead_organisation_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."plan_actions_objective_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."plan_actions_plan_id_idx"`);
    await queryRunner.query(`DROP TABLE "plan_actions"`);
    await queryRunner.query(`DROP INDEX "public"."plan_action_contributors_organisation_id_idx"`);
    await queryRunner.query(`DROP TABLE "plan_action_contributors"`);
    await queryRunner.query(`DROP INDEX "public"."plan_milestones_due_on_idx"`);
    await queryRunner.query(`DROP TABLE "plan_milestones"`);
    await queryRunner.query(`DROP TABLE "plan_action_budgets"`);
    await queryRunner.query(`DROP INDEX "public"."plan_action_partners_organisation_id_idx"`);
    await queryRunner.query(`DROP TABLE "plan_action_partners"`);
  }
}
