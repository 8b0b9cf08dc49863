import type { AffiliationRole, GlobalRole } from '@cantiere/domain';

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

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    firstName: 'Laura',
    lastName: 'Ferrari',
    email: 'laura.ferrari@comune.cremona.it',
    organisation: 'comune',
    role: 'staff',
    title: 'Responsabile Ufficio di Piano',
    account: 'admin',
  },
  {
    firstName: 'Marco',
    lastName: 'Bianchi',
    email: 'marco.bianchi@comune.cremona.it',
    organisation: 'comune',
    role: 'staff',
    title: 'Assistente sociale, facilitatore del Cantiere',
    account: 'user',
  },
  {
    firstName: 'Chiara',
    lastName: 'Galli',
    email: 'chiara.galli@comune.cremona.it',
    organisation: 'comune',
    role: 'staff',
    title: 'Istruttrice amministrativa',
    account: 'user',
  },
  {
    firstName: 'Paolo',
    lastName: 'Sartori',
    email: 'paolo.sartori@comune.castelverde.example',
    organisation: 'castelverde',
    role: 'staff',
    title: 'Responsabile servizi sociali',
  },
  { firstName: 'Elena', lastName: 'Conti', email: 'elena.conti@ats.example', organisation: 'ats', role: 'delegate', title: 'Referente area fragilità' },
  { firstName: 'Davide', lastName: 'Moretti', email: 'davide.moretti@asst.example', organisation: 'asst', role: 'delegate', title: 'Coordinatore consultori' },
  {
    firstName: 'Sara',
    lastName: 'Lombardi',
    email: 'sara.lombardi@cpia.example',
    organisation: 'cpia',
    role: 'delegate',
    title: 'Docente referente inclusione',
  },
  {
    firstName: 'Giulia',
    lastName: 'Rossi',
    email: 'giulia.rossi@ilcerchio.example',
    phone: '+39 333 1234567',
    organisation: 'cerchio',
    role: 'legal_representative',
    title: 'Presidente',
    account: 'user',
  },
  {
    firstName: 'Andrea',
    lastName: 'Villa',
    email: 'andrea.villa@ilcerchio.example',
    organisation: 'cerchio',
    role: 'operator',
    title: 'Coordinatore servizi abitativi',
  },
  {
    firstName: 'Francesca',
    lastName: 'Greco',
    email: 'francesca.greco@ilponte.example',
    organisation: 'ponte',
    role: 'legal_representative',
    title: 'Presidente',
    account: 'user',
  },
  {
    firstName: 'Luca',
    lastName: 'Fontana',
    email: 'luca.fontana@caritascremonese.example',
    organisation: 'caritas',
    role: 'legal_representative',
    title: 'Direttore',
    account: 'user',
  },
  {
    firstName: 'Anna',
    lastName: 'Ricci',
    email: 'anna.ricci@caritascremonese.example',
    organisation: 'caritas',
    role: 'operator',
    title: 'Operatrice centro di ascolto',
  },
  {
    firstName: 'Giorgio',
    lastName: 'Marini',
    email: 'giorgio.marini@bancosolidarieta.example',
    organisation: 'banco',
    role: 'volunteer',
    title: 'Referente distribuzione',
  },
  {
    firstName: 'Marta',
    lastName: 'Colombo',
    email: 'marta.colombo@quartieriinsieme.example',
    organisation: 'aps',
    role: 'legal_representative',
    title: 'Presidente',
    account: 'user',
  },
  {
    firstName: 'Roberto',
    lastName: 'Barbieri',
    email: 'roberto.barbieri@fondazionecremona.example',
    organisation: 'fondazione',
    role: 'staff',
    title: 'Segretario generale',
  },
  {
    firstName: 'Valentina',
    lastName: 'Costa',
    email: 'valentina.costa@lavoroedignita.example',
    organisation: 'lavoro',
    role: 'operator',
    title: 'Responsabile inserimenti lavorativi',
  },
  {
    firstName: 'Stefano',
    lastName: 'Gatti',
    email: 'stefano.gatti@cgilcremona.example',
    organisation: 'cgil',
    role: 'delegate',
    title: 'Segretario politiche sociali',
  },
  {
    firstName: 'Alessandra',
    lastName: 'Fabbri',
    email: 'alessandra.fabbri@confcommercio.example',
    organisation: 'confcommercio',
    role: 'delegate',
    title: 'Funzionaria area welfare',
  },
];
