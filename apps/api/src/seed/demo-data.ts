import type { GlobalRole, OrganisationType } from '@cantiere/domain';

/** Every demo account logs in with this password (shown in the README; demo data never reaches production). */
export const DEMO_PASSWORD = 'cantiere-demo-2026';

export interface DemoOrganisation {
  key: string;
  name: string;
  shortName?: string;
  type: OrganisationType;
  comune: string;
  email?: string;
  website?: string;
}

export interface DemoPerson {
  fullName: string;
  email: string;
  phone?: string;
  organisation: string;
  roleTitle: string;
  /** People with an account can log in; the others are contacts only. */
  account?: GlobalRole;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'comune', name: 'Comune di Cremona - Settore Politiche sociali', shortName: 'Comune di Cremona', type: 'comune', comune: 'Cremona', email: 'politichesociali@comune.cremona.it', website: 'https://www.comune.cremona.it' },
  { key: 'castelverde', name: 'Comune di Castelverde', type: 'comune', comune: 'Castelverde', email: 'servizisociali@comune.castelverde.example' },
  { key: 'ats', name: 'ATS della Val Padana', shortName: 'ATS Val Padana', type: 'ats', comune: 'Cremona' },
  { key: 'asst', name: 'ASST di Cremona', shortName: 'ASST Cremona', type: 'asst', comune: 'Cremona' },
  { key: 'cpia', name: 'CPIA di Cremona', shortName: 'CPIA', type: 'school', comune: 'Cremona' },
  { key: 'cerchio', name: 'Cooperativa sociale Il Cerchio', shortName: 'Il Cerchio', type: 'cooperativa_sociale', comune: 'Cremona', email: 'info@ilcerchio.example', website: 'https://ilcerchio.example' },
  { key: 'ponte', name: 'Cooperativa sociale Il Ponte Onlus', shortName: 'Il Ponte', type: 'cooperativa_sociale', comune: 'Cremona', email: 'segreteria@ilponte.example' },
  { key: 'caritas', name: 'Caritas Cremonese', shortName: 'Caritas', type: 'parish_caritas', comune: 'Cremona', email: 'segreteria@caritascremonese.example' },
  { key: 'banco', name: 'Associazione Banco di Solidarietà Cremona ODV', shortName: 'Banco di Solidarietà', type: 'odv', comune: 'Cremona' },
  { key: 'aps', name: 'APS Quartieri Insieme', shortName: 'Quartieri Insieme', type: 'aps', comune: 'Cremona' },
  { key: 'fondazione', name: 'Fondazione Comunitaria della Provincia di Cremona', shortName: 'Fondazione Comunitaria', type: 'fondazione', comune: 'Cremona' },
  { key: 'lavoro', name: 'Impresa sociale Lavoro e Dignità', shortName: 'Lavoro e Dignità', type: 'impresa_sociale', comune: 'Cremona' },
  { key: 'cgil', name: 'CGIL Cremona - Camera del Lavoro', shortName: 'CGIL Cremona', type: 'union', comune: 'Cremona' },
  { key: 'confcommercio', name: 'Confcommercio Cremona', type: 'trade_association', comune: 'Cremona' },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  { fullName: 'Laura Ferrari', email: 'laura.ferrari@comune.cremona.it', organisation: 'comune', roleTitle: 'Responsabile Ufficio di Piano', account: 'admin' },
  { fullName: 'Marco Bianchi', email: 'marco.bianchi@comune.cremona.it', organisation: 'comune', roleTitle: 'Assistente sociale, facilitatore del Cantiere', account: 'user' },
  { fullName: 'Chiara Galli', email: 'chiara.galli@comune.cremona.it', organisation: 'comune', roleTitle: 'Istruttrice amministrativa', account: 'user' },
  { fullName: 'Paolo Sartori', email: 'paolo.sartori@comune.castelverde.example', organisation: 'castelverde', roleTitle: 'Responsabile servizi sociali' },
  { fullName: 'Elena Conti', email: 'elena.conti@ats.example', organisation: 'ats', roleTitle: 'Referente area fragilità' },
  { fullName: 'Davide Moretti', email: 'davide.moretti@asst.example', organisation: 'asst', roleTitle: 'Coordinatore consultori' },
  { fullName: 'Sara Lombardi', email: 'sara.lombardi@cpia.example', organisation: 'cpia', roleTitle: 'Docente referente inclusione' },
  { fullName: 'Giulia Rossi', email: 'giulia.rossi@ilcerchio.example', organisation: 'cerchio', roleTitle: 'Legale rappresentante', account: 'user' },
  { fullName: 'Andrea Villa', email: 'andrea.villa@ilcerchio.example', organisation: 'cerchio', roleTitle: 'Coordinatore servizi abitativi' },
  { fullName: 'Francesca Greco', email: 'francesca.greco@ilponte.example', organisation: 'ponte', roleTitle: 'Presidente', account: 'user' },
  { fullName: 'don Luca Fontana', email: 'luca.fontana@caritascremonese.example', organisation: 'caritas', roleTitle: 'Direttore', account: 'user' },
  { fullName: 'Anna Ricci', email: 'anna.ricci@caritascremonese.example', organisation: 'caritas', roleTitle: 'Operatrice centro di ascolto' },
  { fullName: 'Giorgio Marini', email: 'giorgio.marini@bancosolidarieta.example', organisation: 'banco', roleTitle: 'Volontario referente distribuzione' },
  { fullName: 'Marta Colombo', email: 'marta.colombo@quartieriinsieme.example', organisation: 'aps', roleTitle: 'Presidente', account: 'user' },
  { fullName: 'Roberto Barbieri', email: 'roberto.barbieri@fondazionecremona.example', organisation: 'fondazione', roleTitle: 'Segretario generale' },
  { fullName: 'Valentina Costa', email: 'valentina.costa@lavoroedignita.example', organisation: 'lavoro', roleTitle: 'Responsabile inserimenti lavorativi' },
  { fullName: 'Stefano Gatti', email: 'stefano.gatti@cgilcremona.example', organisation: 'cgil', roleTitle: 'Segretario politiche sociali' },
  { fullName: 'Alessandra Fabbri', email: 'alessandra.fabbri@confcommercio.example', organisation: 'confcommercio', roleTitle: 'Funzionaria area welfare' },
];
