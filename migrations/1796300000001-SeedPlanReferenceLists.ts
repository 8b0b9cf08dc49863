import { MigrationInterface, QueryRunner } from 'typeorm';

/** Lombardy's policy macro-areas for the Piano di Zona (DGR XII/2167 of 2024); administrators edit the list. */
const MACRO_AREAS: [string, string, string][] = [
  ['poverty_exclusion', 'Contrasto alla povertà e all’emarginazione sociale', 'Poverty and social exclusion'],
  ['housing', 'Politiche abitative', 'Housing'],
  ['active_inclusion', 'Promozione inclusione attiva', 'Active inclusion'],
  ['home_care', 'Domiciliarità', 'Home care'],
  ['older_people', 'Anziani', 'Older people'],
  ['digital_services', 'Digitalizzazione dei servizi', 'Digital services'],
  ['youth_minors', 'Politiche giovanili e per i minori', 'Young people and minors'],
  ['work', 'Interventi connessi alle politiche per il lavoro', 'Work'],
  ['families', 'Interventi per la famiglia', 'Families'],
  ['disability', 'Interventi a favore di persone con disabilità', 'Disability'],
];

/** Where a plan's money comes from. */
const FUNDING_SOURCES: [string, string, string][] = [
  ['fondo_poverta_servizi', 'Fondo Povertà – quota servizi', 'Poverty Fund – services share'],
  ['fondo_poverta_estrema', 'Fondo Povertà – quota povertà estrema', 'Poverty Fund – extreme poverty share'],
  ['fnps', 'Fondo nazionale politiche sociali (FNPS)', 'National social policy fund (FNPS)'],
  ['pnrr_m5c2', 'PNRR Missione 5 Componente 2', 'NRRP Mission 5 Component 2'],
  ['pn_inclusione_fse', 'PN Inclusione e lotta alla povertà (FSE+)', 'National programme Inclusion and fight against poverty (ESF+)'],
  ['fondi_regionali', 'Fondi regionali', 'Regional funds'],
  ['bilancio_comunale', 'Bilancio comunale', 'Municipal budget'],
  ['cofinanziamento_ets', 'Cofinanziamento del terzo settore', 'Third-sector co-financing'],
  ['altro', 'Altro', 'Other'],
];

/** Essential levels of social services against poverty (Piano nazionale povertà 2021-2023 and 2024-2026). */
const LEPS: [string, string, string][] = [
  [
    'servizio_sociale_professionale',
    'Servizio sociale professionale (1 assistente sociale ogni 5.000 abitanti)',
    'Professional social service (1 social worker per 5,000 residents)',
  ],
  ['pronto_intervento_sociale', 'Pronto intervento sociale', 'Social emergency service'],
  ['residenza_fittizia', 'Accesso alla residenza anagrafica e fermo posta per le persone senza dimora', 'Registered residence and mail for homeless people'],
  ['centri_servizi_poverta', 'Centri servizi per il contrasto alla povertà', 'Service centres against poverty'],
  ['servizi_adi', 'Servizi per i nuclei beneficiari dell’Assegno di Inclusione', 'Services for Assegno di Inclusione households'],
  ['valutazione_multidimensionale', 'Valutazione multidimensionale e progetto personalizzato', 'Multidimensional assessment and personal plan'],
  ['supervisione_personale', 'Supervisione del personale dei servizi sociali', 'Supervision of social services staff'],
  ['dimissioni_protette', 'Dimissioni protette', 'Protected hospital discharge'],
];

export class SeedPlanReferenceLists1796300000001 implements MigrationInterface {
  name = 'SeedPlanReferenceLists1796300000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const lists: [string, [string, string, string][]][] = [
      ['macro_area', MACRO_AREAS],
      ['funding_source', FUNDING_SOURCES],
      ['leps', LEPS],
    ];
    for (const [kind, entries] of lists) {
      for (const [i, [code, it, en]] of entries.entries()) {
        await queryRunner.query(
          `INSERT INTO "reference_items" ("kind", "code", "label_it", "label_en", "position") VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [kind, code, it, en, i],
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "reference_items" WHERE "kind" IN ('macro_area', 'funding_source', 'leps')`);
  }
}
