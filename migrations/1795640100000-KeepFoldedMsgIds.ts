import { MigrationInterface, QueryRunner } from 'typeorm';

export class KeepFoldedMsgIds1795640100000 implements MigrationInterface {
  name = 'KeepFoldedMsgIds1795640100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collab_updates" ALTER COLUMN "update" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "collab_updates" WHERE "update" IS NULL`);
    await queryRunner.query(`ALTER TABLE "collab_updates" ALTER COLUMN "update" SET NOT NULL`);
  }
}
