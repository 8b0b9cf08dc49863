import type { AffiliationRole, GlobalRole, OrganisationType, QuorumRule, SpaceKind, SpaceRole, SpaceVisibility } from '@cantiere/domain';

/** Every demo account logs in with this password (shown in the README; demo data never reaches production). */
export const DEMO_PASSWORD = 'cantiere-demo-2026';

/** Fictitious but well-formed numeric codici fiscali: ten digits plus the right check digit. */
export function withCheckDigit(tenDigits: string): string {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return `${tenDigits}${(10 - (sum % 10)) % 10}`;
}

export interface DemoOrganisation {
  key: string;
  name: string;
  shortName?: string;
  type: OrganisationType;
  fiscalCode: string;
  runtsNumber?: string;
  thematicAreas: string[];
  comuni: string[];
  address?: string;
  email?: string;
  website?: string;
  phone?: string;
}

export interface DemoPerson {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  organisation: string;
  role: AffiliationRole;
  title: string;
  /** People with an account can log in; the others are contacts only. */
  account?: GlobalRole;
}

export interface DemoSpace {
  key: string;
  name: string;
  description: string;
  kind: SpaceKind;
  parent?: string;
  quorum?: QuorumRule;
  visibility: SpaceVisibility;
  /** email of the representative -> role in the space */
  members: [string, SpaceRole][];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'comune', name: 'Comune di Cremona - Settore Politiche sociali', shortName: 'Comune di Cremona', type: 'comune', fiscalCode: '00297960197', thematicAreas: ['food_poverty', 'housing', 'work_inclusion', 'income_support', 'minors_families'], comuni: ['cremona'], address: 'Piazza del Comune 8, 26100 Cremona', email: 'politichesociali@comune.cremona.it', website: 'https://www.comune.cremona.it' },
  { key: 'castelverde', name: 'Comune di Castelverde', type: 'comune', fiscalCode: withCheckDigit('0030817019'), thematicAreas: ['income_support'], comuni: ['castelverde'], email: 'servizisociali@comune.castelverde.example' },
  { key: 'ats', name: 'ATS della Val Padana', shortName: 'ATS Val Padana', type: 'ats', fiscalCode: withCheckDigit('0245268020'), thematicAreas: ['health_fragility'], comuni: ['cremona'] },
  { key: 'asst', name: 'ASST di Cremona', shortName: 'ASST Cremona', type: 'asst', fiscalCode: withCheckDigit('0155595019'), thematicAreas: ['health_fragility', 'minors_families'], comuni: ['cremona'] },
  { key: 'cpia', name: 'CPIA di Cremona', shortName: 'CPIA', type: 'school', fiscalCode: withCheckDigit('9300411019'), thematicAreas: ['migrants', 'educational_poverty'], comuni: ['cremona'] },
  { key: 'cerchio', name: 'Cooperativa sociale Il Cerchio', shortName: 'Il Cerchio', type: 'cooperativa_sociale', fiscalCode: withCheckDigit('0112233019'), runtsNumber: '12345', thematicAreas: ['housing', 'homelessness'], comuni: ['cremona', 'sospiro'], address: 'Via Dante 12, 26100 Cremona', email: 'info@ilcerchio.example', website: 'https://ilcerchio.example', phone: '0372 123456' },
  { key: 'ponte', name: 'Cooperativa sociale Il Ponte Onlus', shortName: 'Il Ponte', type: 'cooperativa_sociale', fiscalCode: withCheckDigit('0122334019'), thematicAreas: ['work_inclusion'], comuni: ['cremona', 'castelverde'], email: 'segreteria@ilponte.example' },
  { key: 'caritas', name: 'Caritas Cremonese', shortName: 'Caritas', type: 'parish_caritas', fiscalCode: withCheckDigit('9301122019'), thematicAreas: ['food_poverty', 'homelessness', 'income_support'], comuni: ['cremona'], email: 'segreteria@caritascremonese.example' },
  { key: 'banco', name: 'Associazione Banco di Solidarietà Cremona ODV', shortName: 'Banco di Solidarietà', type: 'odv', fiscalCode: withCheckDigit('9302233019'), runtsNumber: '67890', thematicAreas: ['food_poverty'], comuni: ['cremona', 'vescovato'] },
  { key: 'aps', name: 'APS Quartieri Insieme', shortName: 'Quartieri Insieme', type: 'aps', fiscalCode: withCheckDigit('9303344019'), thematicAreas: ['educational_poverty', 'minors_families'], comuni: ['cremona'] },
  { key: 'fondazione', name: 'Fondazione Comunitaria della Provincia di Cremona', shortName: 'Fondazione Comunitaria', type: 'fondazione', fiscalCode: withCheckDigit('9304455019'), thematicAreas: ['income_support', 'energy_poverty'], comuni: ['cremona'] },
  { key: 'lavoro', name: 'Impresa sociale Lavoro e Dignità', shortName: 'Lavoro e Dignità', type: 'impresa_sociale', fiscalCode: withCheckDigit('0133445019'), thematicAreas: ['work_inclusion'], comuni: ['cremona', 'soresina'] },
  { key: 'cgil', name: 'CGIL Cremona - Camera del Lavoro', shortName: 'CGIL Cremona', type: 'union', fiscalCode: withCheckDigit('8000112019'), thematicAreas: ['work_inclusion', 'income_support'], comuni: ['cremona'] },
  { key: 'confcommercio', name: 'Confcommercio Cremona', type: 'trade_association', fiscalCode: withCheckDigit('8000223019'), thematicAreas: ['work_inclusion'], comuni: ['cremona'] },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  { firstName: 'Laura', lastName: 'Ferrari', email: 'laura.ferrari@comune.cremona.it', organisation: 'comune', role: 'staff', title: 'Responsabile Ufficio di Piano', account: 'admin' },
  { firstName: 'Marco', lastName: 'Bianchi', email: 'marco.bianchi@comune.cremona.it', organisation: 'comune', role: 'staff', title: 'Assistente sociale, facilitatore del Cantiere', account: 'user' },
  { firstName: 'Chiara', lastName: 'Galli', email: 'chiara.galli@comune.cremona.it', organisation: 'comune', role: 'staff', title: 'Istruttrice amministrativa', account: 'user' },
  { firstName: 'Paolo', lastName: 'Sartori', email: 'paolo.sartori@comune.castelverde.example', organisation: 'castelverde', role: 'staff', title: 'Responsabile servizi sociali' },
  { firstName: 'Elena', lastName: 'Conti', email: 'elena.conti@ats.example', organisation: 'ats', role: 'delegate', title: 'Referente area fragilità' },
  { firstName: 'Davide', lastName: 'Moretti', email: 'davide.moretti@asst.example', organisation: 'asst', role: 'delegate', title: 'Coordinatore consultori' },
  { firstName: 'Sara', lastName: 'Lombardi', email: 'sara.lombardi@cpia.example', organisation: 'cpia', role: 'delegate', title: 'Docente referente inclusione' },
  { firstName: 'Giulia', lastName: 'Rossi', email: 'giulia.rossi@ilcerchio.example', phone: '+39 333 1234567', organisation: 'cerchio', role: 'legal_representative', title: 'Presidente', account: 'user' },
  { firstName: 'Andrea', lastName: 'Villa', email: 'andrea.villa@ilcerchio.example', organisation: 'cerchio', role: 'operator', title: 'Coordinatore servizi abitativi' },
  { firstName: 'Francesca', lastName: 'Greco', email: 'francesca.greco@ilponte.example', organisation: 'ponte', role: 'legal_representative', title: 'Presidente', account: 'user' },
  { firstName: 'Luca', lastName: 'Fontana', email: 'luca.fontana@caritascremonese.example', organisation: 'caritas', role: 'legal_representative', title: 'Direttore', account: 'user' },
  { firstName: 'Anna', lastName: 'Ricci', email: 'anna.ricci@caritascremonese.example', organisation: 'caritas', role: 'operator', title: 'Operatrice centro di ascolto' },
  { firstName: 'Giorgio', lastName: 'Marini', email: 'giorgio.marini@bancosolidarieta.example', organisation: 'banco', role: 'volunteer', title: 'Referente distribuzione' },
  { firstName: 'Marta', lastName: 'Colombo', email: 'marta.colombo@quartieriinsieme.example', organisation: 'aps', role: 'legal_representative', title: 'Presidente', account: 'user' },
  { firstName: 'Roberto', lastName: 'Barbieri', email: 'roberto.barbieri@fondazionecremona.example', organisation: 'fondazione', role: 'staff', title: 'Segretario generale' },
  { firstName: 'Valentina', lastName: 'Costa', email: 'valentina.costa@lavoroedignita.example', organisation: 'lavoro', role: 'operator', title: 'Responsabile inserimenti lavorativi' },
  { firstName: 'Stefano', lastName: 'Gatti', email: 'stefano.gatti@cgilcremona.example', organisation: 'cgil', role: 'delegate', title: 'Segretario politiche sociali' },
  { firstName: 'Alessandra', lastName: 'Fabbri', email: 'alessandra.fabbri@confcommercio.example', organisation: 'confcommercio', role: 'delegate', title: 'Funzionaria area welfare' },
];

const FACILITATOR = 'marco.bianchi@comune.cremona.it';

export const DEMO_SPACES: DemoSpace[] = [
  {
    key: 'cantiere', name: 'Cantiere Welfare Inclusione sociale', kind: 'cantiere', visibility: 'network', quorum: { kind: 'majority' },
    description: 'Tavolo permanente di coprogrammazione e coprogettazione del Comune con la rete contro la povertà (artt. 55-56 D.Lgs. 117/2017).',
    members: [[FACILITATOR, 'facilitator'], ['laura.ferrari@comune.cremona.it', 'member'], ['paolo.sartori@comune.castelverde.example', 'member'], ['elena.conti@ats.example', 'member'], ['davide.moretti@asst.example', 'member'], ['giulia.rossi@ilcerchio.example', 'member'], ['francesca.greco@ilponte.example', 'member'], ['luca.fontana@caritascremonese.example', 'member'], ['giorgio.marini@bancosolidarieta.example', 'member'], ['marta.colombo@quartieriinsieme.example', 'member'], ['roberto.barbieri@fondazionecremona.example', 'observer'], ['valentina.costa@lavoroedignita.example', 'member'], ['stefano.gatti@cgilcremona.example', 'member'], ['alessandra.fabbri@confcommercio.example', 'observer']],
  },
  {
    key: 'food', name: 'Tavolo Povertà alimentare', kind: 'thematic_table', parent: 'cantiere', visibility: 'network', quorum: { kind: 'count', value: 3 },
    description: 'Empori solidali, buoni spesa, recupero delle eccedenze e distribuzione degli aiuti alimentari.',
    members: [[FACILITATOR, 'facilitator'], ['anna.ricci@caritascremonese.example', 'member'], ['giorgio.marini@bancosolidarieta.example', 'member'], ['marta.colombo@quartieriinsieme.example', 'member']],
  },
  {
    key: 'housing', name: 'Tavolo Abitare', kind: 'thematic_table', parent: 'cantiere', visibility: 'network',
    description: 'Emergenza abitativa, housing sociale e accompagnamento all\'autonomia abitativa.',
    members: [[FACILITATOR, 'facilitator'], ['andrea.villa@ilcerchio.example', 'member'], ['luca.fontana@caritascremonese.example', 'member'], ['paolo.sartori@comune.castelverde.example', 'member']],
  },
  {
    key: 'work', name: 'Tavolo Lavoro e inclusione', kind: 'thematic_table', parent: 'cantiere', visibility: 'network',
    description: 'Tirocini di inclusione, inserimenti lavorativi e formazione per le persone in condizione di povertà.',
    members: [['chiara.galli@comune.cremona.it', 'facilitator'], ['francesca.greco@ilponte.example', 'member'], ['valentina.costa@lavoroedignita.example', 'member'], ['stefano.gatti@cgilcremona.example', 'member'], ['alessandra.fabbri@confcommercio.example', 'member'], ['sara.lombardi@cpia.example', 'member']],
  },
  {
    key: 'income', name: 'Tavolo Sostegno al reddito', kind: 'thematic_table', parent: 'cantiere', visibility: 'network',
    description: 'Assegno di inclusione, contributi economici comunali e fondi della rete.',
    members: [['chiara.galli@comune.cremona.it', 'facilitator'], ['roberto.barbieri@fondazionecremona.example', 'member'], ['luca.fontana@caritascremonese.example', 'member'], ['stefano.gatti@cgilcremona.example', 'member']],
  },
  {
    key: 'coordination', name: 'Coordinamento tecnico', kind: 'technical_group', parent: 'cantiere', visibility: 'members',
    description: 'Gruppo tecnico dell\'Ufficio di Piano con ATS e ASST per la preparazione delle sedute.',
    members: [['laura.ferrari@comune.cremona.it', 'facilitator'], [FACILITATOR, 'member'], ['elena.conti@ats.example', 'member'], ['davide.moretti@asst.example', 'member']],
  },
];
