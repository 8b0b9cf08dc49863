import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A register row recorded present after an answer that announced a delegate is flagged; the facilitator who checked
 * that the representative really came in person clears the flag, and the row remembers it.
 */
export class AddAttendanceInPersonConfirmed1796800000000 implements MigrationInterface {
  name = 'AddAttendanceInPersonConfirmed1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_attendees" ADD "in_person_confirmed" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_attendees" DROP COLUMN "in_person_confirmed"`);
  }
}
