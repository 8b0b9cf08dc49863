import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSchema1795551671306 implements MigrationInterface {
  name = 'CreateSchema1795551671306';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "password_hash" text, "role" character varying(16) NOT NULL DEFAULT 'user', "locale" character varying(2) NOT NULL DEFAULT 'it', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "disabled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "users_locale_check" CHECK ("locale" IN ('it', 'en')), CONSTRAINT "users_role_check" CHECK ("role" IN ('admin', 'user')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "password_resets_user_id_idx" ON "password_resets"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_resets_token_hash_key" ON "password_resets"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(400), "ip" character varying(64), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" character varying(60) NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log"  ("entity_type", "entity_id") `);
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "short_name" character varying(60), "type" character varying(40) NOT NULL, "fiscal_code" character varying(16), "vat_number" character varying(11), "runts_number" character varying(40), "thematic_areas" text array NOT NULL DEFAULT '{}', "comuni" text array NOT NULL DEFAULT '{}', "address" character varying(300), "website" character varying(300), "email" character varying(254), "phone" character varying(40), "notes" text, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organisations_type_check" CHECK ("type" IN ('comune', 'ats', 'asst', 'school', 'cooperativa_sociale', 'aps', 'odv', 'fondazione', 'impresa_sociale', 'union', 'trade_association', 'parish_caritas', 'other')), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "organisations_name_key" ON "organisations"  ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisations_fiscal_code_key" ON "organisations"  ("fiscal_code") WHERE "fiscal_code" IS NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "person_affiliations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" character varying(30) NOT NULL, "title" character varying(120), CONSTRAINT "person_affiliations_role_check" CHECK ("role" IN ('legal_representative', 'delegate', 'operator', 'staff', 'volunteer', 'other')), CONSTRAINT "PK_0c5f8e522746815d4d58dc8d1ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "person_affiliations_organisation_id_idx" ON "person_affiliations"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "person_affiliations_person_org_key" ON "person_affiliations"  ("person_id", "organisation_id") `);
    await queryRunner.query(
      `CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "first_name" character varying(60) NOT NULL, "last_name" character varying(60) NOT NULL, "email" character varying(254), "phone" character varying(40), "notes" text, "consent_legal_basis" character varying(30), "consent_purpose" character varying(500), "consent_date" date, "consent_source" character varying(200), "user_id" uuid, "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_e2bceeacac0dd5be3d8c37b068" UNIQUE ("user_id"), CONSTRAINT "people_consent_legal_basis_check" CHECK ("consent_legal_basis" IN ('consent', 'public_task', 'legitimate_interest', 'contract')), CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "people_email_key" ON "people"  ("email") WHERE "email" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "people_user_id_key" ON "people"  ("user_id") WHERE "user_id" IS NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "role" character varying(16) NOT NULL DEFAULT 'user', "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "invited_by_id" uuid, "person_id" uuid, CONSTRAINT "invitations_role_check" CHECK ("role" IN ('admin', 'user')), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "invitations_email_idx" ON "invitations"  ("email") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "reference_items" ("kind" character varying(20) NOT NULL, "code" character varying(60) NOT NULL, "label_it" character varying(120) NOT NULL, "label_en" character varying(120) NOT NULL, "active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "reference_items_kind_check" CHECK ("kind" IN ('thematic_area', 'comune')), CONSTRAINT "PK_b9a2a5db81f6e9a58c194ca07e5" PRIMARY KEY ("kind", "code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "spaces" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text, "kind" character varying(30) NOT NULL, "parent_id" uuid, "quorum_kind" character varying(20), "quorum_value" numeric(10,4), "visibility" character varying(20) NOT NULL DEFAULT 'network', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "spaces_quorum_kind_check" CHECK ("quorum_kind" IN ('majority', 'fraction', 'count')), CONSTRAINT "spaces_visibility_check" CHECK ("visibility" IN ('members', 'network')), CONSTRAINT "spaces_kind_check" CHECK ("kind" IN ('cantiere', 'thematic_table', 'technical_group', 'other')), CONSTRAINT "PK_dbe542974aca57afcb60709d4c8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "spaces_parent_id_idx" ON "spaces"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "space_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "space_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(20) NOT NULL DEFAULT 'member', "representation" character varying(20) NOT NULL DEFAULT 'titular', "joined_on" date NOT NULL, "left_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "space_members_representation_check" CHECK ("representation" IN ('titular', 'delegate', 'substitute')), CONSTRAINT "space_members_role_check" CHECK ("role" IN ('facilitator', 'member', 'observer')), CONSTRAINT "PK_5aaa6440d7f1e8b8c051df43d5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "space_members_space_id_idx" ON "space_members"  ("space_id") `);
    await queryRunner.query(`CREATE INDEX "space_members_organisation_id_idx" ON "space_members"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "space_members_person_id_idx" ON "space_members"  ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "space_members_active_person_key" ON "space_members"  ("space_id", "person_id") WHERE "left_on" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "password_resets" ADD CONSTRAINT "password_resets_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_affiliations" ADD CONSTRAINT "person_affiliations_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_affiliations" ADD CONSTRAINT "person_affiliations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "people_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "invitations_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "spaces" ADD CONSTRAINT "spaces_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_members" ADD CONSTRAINT "space_members_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_members" ADD CONSTRAINT "space_members_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_members" ADD CONSTRAINT "space_members_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Italian full-text search over names (a search for "cooperative" finds "Cooperativa"); the same
    // expressions are used by the repositories' queries so that PostgreSQL can use these indexes.
    await queryRunner.query(
      `CREATE INDEX "organisations_search_idx" ON "organisations" USING GIN (to_tsvector('italian'::regconfig, coalesce("name", '') || ' ' || coalesce("short_name", '')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "people_search_idx" ON "people" USING GIN (to_tsvector('italian'::regconfig, "first_name" || ' ' || "last_name" || ' ' || coalesce("email", '')))`,
    );
    await queryRunner.query(`CREATE INDEX "organisations_thematic_areas_idx" ON "organisations" USING GIN ("thematic_areas")`);
    await queryRunner.query(`CREATE INDEX "organisations_comuni_idx" ON "organisations" USING GIN ("comuni")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."organisations_comuni_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_thematic_areas_idx"`);
    await queryRunner.query(`DROP INDEX "public"."people_search_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_search_idx"`);
    await queryRunner.query(`ALTER TABLE "space_members" DROP CONSTRAINT "space_members_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "space_members" DROP CONSTRAINT "space_members_organisation_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "space_members" DROP CONSTRAINT "space_members_space_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "spaces" DROP CONSTRAINT "spaces_parent_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "invitations_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "invitations_invited_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "people_user_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "person_affiliations" DROP CONSTRAINT "person_affiliations_organisation_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "person_affiliations" DROP CONSTRAINT "person_affiliations_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "password_resets" DROP CONSTRAINT "password_resets_user_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."space_members_active_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."space_members_person_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."space_members_organisation_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."space_members_space_id_idx"`);
    await queryRunner.query(`DROP TABLE "space_members"`);
    await queryRunner.query(`DROP INDEX "public"."spaces_parent_id_idx"`);
    await queryRunner.query(`DROP TABLE "spaces"`);
    await queryRunner.query(`DROP TABLE "reference_items"`);
    await queryRunner.query(`DROP INDEX "public"."invitations_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."invitations_email_idx"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP INDEX "public"."people_user_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."people_email_key"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP INDEX "public"."person_affiliations_person_org_key"`);
    await queryRunner.query(`DROP INDEX "public"."person_affiliations_organisation_id_idx"`);
    await queryRunner.query(`DROP TABLE "person_affiliations"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_fiscal_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_name_key"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."password_resets_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."password_resets_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "password_resets"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
