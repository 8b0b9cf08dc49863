import type { OrganisationType } from '@cantiere/domain';

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

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'comune',
    name: 'Comune di Cremona - Settore Politiche sociali',
    shortName: 'Comune di Cremona',
    type: 'comune',
    fiscalCode: '00297960197',
    thematicAreas: ['food_poverty', 'housing', 'work_inclusion', 'income_support', 'minors_families'],
    comuni: ['cremona'],
    address: 'Piazza del Comune 8, 26100 Cremona',
    email: 'politichesociali@comune.cremona.it',
    website: 'https://www.comune.cremona.it',
  },
  {
    key: 'castelverde',
    name: 'Comune di Castelverde',
    type: 'comune',
    fiscalCode: withCheckDigit('0030817019'),
    thematicAreas: ['income_support'],
    comuni: ['castelverde'],
    email: 'servizisociali@comune.castelverde.example',
  },
  {
    key: 'ats',
    name: 'ATS della Val Padana',
    shortName: 'ATS Val Padana',
    type: 'ats',
    fiscalCode: withCheckDigit('0245268020'),
    thematicAreas: ['health_fragility'],
    comuni: ['cremona'],
  },
  {
    key: 'asst',
    name: 'ASST di Cremona',
    shortName: 'ASST Cremona',
    type: 'asst',
    fiscalCode: withCheckDigit('0155595019'),
    thematicAreas: ['health_fragility', 'minors_families'],
    comuni: ['cremona'],
  },
  {
    key: 'cpia',
    name: 'CPIA di Cremona',
    shortName: 'CPIA',
    type: 'school',
    fiscalCode: withCheckDigit('9300411019'),
    thematicAreas: ['migrants', 'educational_poverty'],
    comuni: ['cremona'],
  },
  {
    key: 'cerchio',
    name: 'Cooperativa sociale Il Cerchio',
    shortName: 'Il Cerchio',
    type: 'cooperativa_sociale',
    fiscalCode: withCheckDigit('0112233019'),
    runtsNumber: '12345',
    thematicAreas: ['housing', 'homelessness'],
    comuni: ['cremona', 'sospiro'],
    address: 'Via Dante 12, 26100 Cremona',
    email: 'info@ilcerchio.example',
    website: 'https://ilcerchio.example',
    phone: '0372 123456',
  },
  {
    key: 'ponte',
    name: 'Cooperativa sociale Il Ponte Onlus',
    shortName: 'Il Ponte',
    type: 'cooperativa_sociale',
    fiscalCode: withCheckDigit('0122334019'),
    thematicAreas: ['work_inclusion'],
    comuni: ['cremona', 'castelverde'],
    email: 'segreteria@ilponte.example',
  },
  {
    key: 'caritas',
    name: 'Caritas Cremonese',
    shortName: 'Caritas',
    type: 'parish_caritas',
    fiscalCode: withCheckDigit('9301122019'),
    thematicAreas: ['food_poverty', 'homelessness', 'income_support'],
    comuni: ['cremona'],
    email: 'segreteria@caritascremonese.example',
  },
  {
    key: 'banco',
    name: 'Associazione Banco di Solidarietà Cremona ODV',
    shortName: 'Banco di Solidarietà',
    type: 'odv',
    fiscalCode: withCheckDigit('9302233019'),
    runtsNumber: '67890',
    thematicAreas: ['food_poverty'],
    comuni: ['cremona', 'vescovato'],
  },
  {
    key: 'aps',
    name: 'APS Quartieri Insieme',
    shortName: 'Quartieri Insieme',
    type: 'aps',
    fiscalCode: withCheckDigit('9303344019'),
    thematicAreas: ['educational_poverty', 'minors_families'],
    comuni: ['cremona'],
  },
  {
    key: 'fondazione',
    name: 'Fondazione Comunitaria della Provincia di Cremona',
    shortName: 'Fondazione Comunitaria',
    type: 'fondazione',
    fiscalCode: withCheckDigit('9304455019'),
    thematicAreas: ['income_support', 'energy_poverty'],
    comuni: ['cremona'],
  },
  {
    key: 'lavoro',
    name: 'Impresa sociale Lavoro e Dignità',
    shortName: 'Lavoro e Dignità',
    type: 'impresa_sociale',
    fiscalCode: withCheckDigit('0133445019'),
    thematicAreas: ['work_inclusion'],
    comuni: ['cremona', 'soresina'],
  },
  {
    key: 'cgil',
    name: 'CGIL Cremona - Camera del Lavoro',
    shortName: 'CGIL Cremona',
    type: 'union',
    fiscalCode: withCheckDigit('8000112019'),
    thematicAreas: ['work_inclusion', 'income_support'],
    comuni: ['cremona'],
  },
  {
    key: 'confcommercio',
    name: 'Confcommercio Cremona',
    type: 'trade_association',
    fiscalCode: withCheckDigit('8000223019'),
    thematicAreas: ['work_inclusion'],
    comuni: ['cremona'],
  },
];
