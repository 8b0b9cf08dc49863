import type { QuorumRule, SpaceKind, SpaceRole, SpaceVisibility } from '@cantiere/domain';

export { DEMO_ORGANISATIONS, withCheckDigit } from './demo-organisations';
export type { DemoOrganisation } from './demo-organisations';
export { DEMO_PEOPLE } from './demo-people';
export type { DemoPerson } from './demo-people';

/** Every demo account logs in with this password (shown in the README; demo data never reaches production). */
export const DEMO_PASSWORD = 'cantiere-demo-2026';

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

const FACILITATOR = 'marco.bianchi@comune.cremona.it';

export const DEMO_SPACES: DemoSpace[] = [
  {
    key: 'cantiere',
    name: 'Cantiere Welfare Inclusione sociale',
    kind: 'cantiere',
    visibility: 'network',
    quorum: { kind: 'majority' },
    description: 'Tavolo permanente di coprogrammazione e coprogettazione del Comune con la rete contro la povertà (artt. 55-56 D.Lgs. 117/2017).',
    members: [
      [FACILITATOR, 'facilitator'],
      ['laura.ferrari@comune.cremona.it', 'member'],
      ['paolo.sartori@comune.castelverde.example', 'member'],
      ['elena.conti@ats.example', 'member'],
      ['davide.moretti@asst.example', 'member'],
      ['giulia.rossi@ilcerchio.example', 'member'],
      ['francesca.greco@ilponte.example', 'member'],
      ['luca.fontana@caritascremonese.example', 'member'],
      ['giorgio.marini@bancosolidarieta.example', 'member'],
      ['marta.colombo@quartieriinsieme.example', 'member'],
      ['roberto.barbieri@fondazionecremona.example', 'observer'],
      ['valentina.costa@lavoroedignita.example', 'member'],
      ['stefano.gatti@cgilcremona.example', 'member'],
      ['alessandra.fabbri@confcommercio.example', 'observer'],
    ],
  },
  {
    key: 'food',
    name: 'Tavolo Povertà alimentare',
    kind: 'thematic_table',
    parent: 'cantiere',
    visibility: 'network',
    quorum: { kind: 'count', value: 3 },
    description: 'Empori solidali, buoni spesa, recupero delle eccedenze e distribuzione degli aiuti alimentari.',
    members: [
      [FACILITATOR, 'facilitator'],
      ['anna.ricci@caritascremonese.example', 'member'],
      ['giorgio.marini@bancosolidarieta.example', 'member'],
      ['marta.colombo@quartieriinsieme.example', 'member'],
    ],
  },
  {
    key: 'housing',
    name: 'Tavolo Abitare',
    kind: 'thematic_table',
    parent: 'cantiere',
    visibility: 'network',
    description: "Emergenza abitativa, housing sociale e accompagnamento all'autonomia abitativa.",
    members: [
      [FACILITATOR, 'facilitator'],
      ['andrea.villa@ilcerchio.example', 'member'],
      ['luca.fontana@caritascremonese.example', 'member'],
      ['paolo.sartori@comune.castelverde.example', 'member'],
    ],
  },
  {
    key: 'work',
    name: 'Tavolo Lavoro e inclusione',
    kind: 'thematic_table',
    parent: 'cantiere',
    visibility: 'network',
    description: 'Tirocini di inclusione, inserimenti lavorativi e formazione per le persone in condizione di povertà.',
    members: [
      ['chiara.galli@comune.cremona.it', 'facilitator'],
      ['francesca.greco@ilponte.example', 'member'],
      ['valentina.costa@lavoroedignita.example', 'member'],
      ['stefano.gatti@cgilcremona.example', 'member'],
      ['alessandra.fabbri@confcommercio.example', 'member'],
      ['sara.lombardi@cpia.example', 'member'],
    ],
  },
  {
    key: 'income',
    name: 'Tavolo Sostegno al reddito',
    kind: 'thematic_table',
    parent: 'cantiere',
    visibility: 'network',
    description: 'Assegno di inclusione, contributi economici comunali e fondi della rete.',
    members: [
      ['chiara.galli@comune.cremona.it', 'facilitator'],
      ['roberto.barbieri@fondazionecremona.example', 'member'],
      ['luca.fontana@caritascremonese.example', 'member'],
      ['stefano.gatti@cgilcremona.example', 'member'],
    ],
  },
  {
    key: 'coordination',
    name: 'Coordinamento tecnico',
    kind: 'technical_group',
    parent: 'cantiere',
    visibility: 'members',
    description: "Gruppo tecnico dell'Ufficio di Piano con ATS e ASST per la preparazione delle sedute.",
    members: [
      ['laura.ferrari@comune.cremona.it', 'facilitator'],
      [FACILITATOR, 'member'],
      ['elena.conti@ats.example', 'member'],
      ['davide.moretti@asst.example', 'member'],
    ],
  },
];
