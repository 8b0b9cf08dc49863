import { MigrationInterface, QueryRunner } from 'typeorm';

const THEMATIC_AREAS: [string, string, string][] = [
  ['food_poverty', 'Povertà alimentare', 'Food poverty'],
  ['housing', 'Abitare e housing sociale', 'Housing'],
  ['work_inclusion', 'Lavoro e inclusione', 'Work and inclusion'],
  ['income_support', 'Sostegno al reddito', 'Income support'],
  ['minors_families', 'Minori e famiglie', 'Minors and families'],
  ['educational_poverty', 'Povertà educativa', 'Educational poverty'],
  ['health_fragility', 'Salute e fragilità', 'Health and frailty'],
  ['migrants', 'Persone migranti', 'Migrants'],
  ['homelessness', 'Grave emarginazione adulta', 'Homelessness'],
  ['energy_poverty', 'Povertà energetica', 'Energy poverty'],
  ['elderly', 'Anziani', 'Older people'],
  ['disability', 'Disabilità', 'Disability'],
];

/** The Comuni of the Ambito distrettuale di Cremona (the reference district); admins can add more. */
const COMUNI = [
  'Cremona',
  'Acquanegra Cremonese',
  'Annicco',
  'Azzanello',
  'Bonemerse',
  'Bordolano',
  "Ca' d'Andrea",
  'Cappella Cantone',
  'Casalbuttano ed Uniti',
  'Castelverde',
  'Castelvisconti',
  'Cella Dati',
  'Cicognolo',
  "Corte de' Cortesi con Cignone",
  "Corte de' Frati",
  "Crotta d'Adda",
  'Derovere',
  'Formigara',
  'Gabbioneta-Binanuova',
  'Gadesco-Pieve Delmona',
  "Gerre de' Caprioli",
  'Gombito',
  'Grontardo',
  'Grumello Cremonese ed Uniti',
  'Isola Dovarese',
  'Malagnino',
  'Olmeneta',
  'Ostiano',
  'Paderno Ponchielli',
  'Persico Dosimo',
  'Pescarolo ed Uniti',
  'Pessina Cremonese',
  "Pieve d'Olmi",
  'Pieve San Giacomo',
  'Pizzighettone',
  'Pozzaglio ed Uniti',
  "Robecco d'Oglio",
  'San Bassano',
  'San Daniele Po',
  'Sesto ed Uniti',
  'Soresina',
  'Sospiro',
  'Spinadesco',
  'Stagno Lombardo',
  'Vescovato',
  'Volongo',
];

const comuneCode = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

export class SeedReferenceLists1795551672306 implements MigrationInterface {
  name = 'SeedReferenceLists1795551672306';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [i, [code, it, en]] of THEMATIC_AREAS.entries()) {
      await queryRunner.query(
        `INSERT INTO "reference_items" ("kind", "code", "label_it", "label_en", "position") VALUES ('thematic_area', $1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [code, it, en, i],
      );
    }
    for (const [i, name] of COMUNI.entries()) {
      await queryRunner.query(
        `INSERT INTO "reference_items" ("kind", "code", "label_it", "label_en", "position") VALUES ('comune', $1, $2, $2, $3) ON CONFLICT DO NOTHING`,
        [comuneCode(name), name, i],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "reference_items" WHERE "kind" IN ('thematic_area', 'comune')`);
  }
}
