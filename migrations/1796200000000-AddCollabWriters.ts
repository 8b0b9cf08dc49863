import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which account writes as which Yjs client in each shared document: who wrote a passage, who typed a mention. */
export class AddCollabWriters1796200000000 implements MigrationInterface {
  name = 'AddCollabWriters1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "collab_writers" (
        "doc_id" character varying(100) NOT NULL,
        "client_id" bigint NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "collab_writers_pkey" PRIMARY KEY ("doc_id", "client_id")
      )`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "collab_writers"`);
  }
}
