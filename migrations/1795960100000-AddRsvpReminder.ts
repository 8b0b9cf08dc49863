import { MigrationInterface, QueryRunner } from 'typeorm';

/** When the people who have not answered a convocation were reminded to (once per schedule of the meeting). */
export class AddRsvpReminder1795960100000 implements MigrationInterface {
  name = 'AddRsvpReminder1795960100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" ADD "rsvp_reminder_sent_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "rsvp_reminder_sent_at"`);
  }
}
