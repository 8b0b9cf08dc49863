import { MigrationInterface, QueryRunner } from 'typeorm';

/** The facilitator's explicit outcome of an agenda item (treated, not treated, postponed), apart from run mode's status. */
export class AddAgendaItemOutcome1795949400000 implements MigrationInterface {
  name = 'AddAgendaItemOutcome1795949400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "outcome" character varying(20)`);
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_outcome_check" CHECK ("outcome" IN ('discussed', 'not_discussed', 'postponed'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_outcome_check"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "outcome"`);
  }
}
