import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCollaboration1795552441786 implements MigrationInterface {
  name = 'AddCollaboration1795552441786';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "collab_documents" ("id" character varying(100) NOT NULL, "snapshot" bytea, "snapshot_seq" bigint NOT NULL DEFAULT '0', "last_seq" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c7149863c9ff72957f0d778f242" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "collab_updates" ("doc_id" character varying(100) NOT NULL, "seq" bigint NOT NULL, "msg_id" character varying(100) NOT NULL, "author" uuid, "update" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa7d1846dbba84303de36648737" PRIMARY KEY ("doc_id", "seq"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "collab_updates_doc_msg_key" ON "collab_updates"  ("doc_id", "msg_id") `);
    await queryRunner.query(
      `CREATE TABLE "collab_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "doc_id" character varying(100) NOT NULL, "seq" bigint NOT NULL, "kind" character varying(10) NOT NULL, "name" character varying(200), "snapshot" bytea NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "collab_versions_kind_check" CHECK ("kind" IN ('auto', 'named', 'restore')), CONSTRAINT "PK_21ed0a048a1e537bdc0e47174e9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "collab_versions_doc_idx" ON "collab_versions"  ("doc_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "space_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "kind" character varying(30) NOT NULL, "body_text" text NOT NULL DEFAULT '', "body_html" text NOT NULL DEFAULT '', "created_by" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "documents_kind_check" CHECK ("kind" IN ('working_note', 'proposal_draft', 'consultation_record', 'action_plan_draft')), CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "documents_space_id_idx" ON "documents"  ("space_id") `);
    await queryRunner.query(
      `CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "token_hash" character(64) NOT NULL, "prefix" character varying(12) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"  ("token_hash") `);
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "api_tokens_user_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_space_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."api_tokens_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."api_tokens_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "api_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."documents_space_id_idx"`);
    await queryRunner.query(`DROP TABLE "documents"`);
    await queryRunner.query(`DROP INDEX "public"."collab_versions_doc_idx"`);
    await queryRunner.query(`DROP TABLE "collab_versions"`);
    await queryRunner.query(`DROP INDEX "public"."collab_updates_doc_msg_key"`);
    await queryRunner.query(`DROP TABLE "collab_updates"`);
    await queryRunner.query(`DROP TABLE "collab_documents"`);
  }
}
