import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPersonContactsPublic1795945896766 implements MigrationInterface {
  name = 'AddPersonContactsPublic1795945896766';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Off for everyone: nobody chose to show their contacts to the whole network before the choice existed.
    await queryRunner.query(`ALTER TABLE "people" ADD "contacts_public" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "contacts_public"`);
  }
}
