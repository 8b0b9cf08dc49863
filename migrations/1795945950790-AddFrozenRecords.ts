import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFrozenRecords1795945950790 implements MigrationInterface {
  name = 'AddFrozenRecords1795945950790';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "frozen_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "version" integer NOT NULL, "canonical_json" text NOT NULL, "sha256" character varying(64) NOT NULL, "renderer_version" character varying(20) NOT NULL, "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "frozen_by" uuid, "person_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "frozen_records_version_check" CHECK ("version" > 0), CONSTRAINT "frozen_records_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_bb660804e9677eaf72209b267c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "frozen_records_kind_subject_version_key" ON "frozen_records"  ("kind", "subject_id", "version") `);
    // A sealed record is kept as sealed: a correction is a new version, so no row is ever updated or deleted.
    await queryRunner.query(
      `CREATE FUNCTION "frozen_records_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'frozen_records rows are immutable' USING ERRCODE = 'integrity_constraint_violation'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "frozen_records_immutable" BEFORE UPDATE OR DELETE ON "frozen_records" FOR EACH ROW EXECUTE FUNCTION "frozen_records_immutable"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "frozen_records_immutable" ON "frozen_records"`);
    await queryRunner.query(`DROP FUNCTION "frozen_records_immutable"()`);
    await queryRunner.query(`DROP INDEX "public"."frozen_records_kind_subject_version_key"`);
    await queryRunner.query(`DROP TABLE "frozen_records"`);
  }
}
