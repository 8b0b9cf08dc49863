import { MigrationInterface, QueryRunner } from 'typeorm';

export class FreezeCollabDocuments1795640000000 implements MigrationInterface {
  name = 'FreezeCollabDocuments1795640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collab_documents" ADD "frozen" boolean NOT NULL DEFAULT false`);
    // Minutes approved before this column existed are final already.
    await queryRunner.query(
      `UPDATE "collab_documents" d SET "frozen" = true FROM "meetings" m WHERE d."id" = 'minutes:' || m."id" AND m."minutes_status" = 'approved'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collab_documents" DROP COLUMN "frozen"`);
  }
}
