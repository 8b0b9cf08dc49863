import type { Verbale } from '@cantiere/domain';
import { docxText, pdfText, unzip } from '../../../test/support/document-text';
import { renderVerbaleDocx } from './verbale-docx';
import { renderVerbalePdf } from './verbale-pdf';

const SHA = 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00';

function fixture(): Verbale {
  return {
    body: 'Comune di Cremona – Settore Politiche sociali',
    spaceName: 'Cantiere Welfare di comunità',
    meeting: {
      id: '6f1c9a52-3b7e-4d21-9a0f-2c8e5b7d4a10',
      number: 3,
      year: 2026,
      title: 'Assemblea plenaria di dicembre',
      kind: 'plenary',
      status: 'minutes_approved',
      scheduledStart: '2026-12-03T17:30:00+01:00',
      scheduledEnd: '2026-12-03T19:30:00+01:00',
      actualStart: '2026-12-03T16:40:00Z',
      actualEnd: '2026-12-03T19:15:00+01:00',
      place: 'Sala Quadri, Palazzo Comunale, piazza del Comune 8',
      onlineUrl: 'https://meet.example.it/cantiere-welfare',
      convocation: 'Convocata con PEC del 20/11/2026, prot. n. 81234.',
      chair: 'Laura Bianchi',
      minuteTaker: 'Marco Ferrari',
    },
    attendance: [
      {
        organisation: 'Cooperativa sociale Il Cerchio',
        representatives: [
          { name: 'Giulia Rossi', status: 'present', delegatedTo: null, arrivedAt: '17:35', leftAt: null },
          { name: 'Paolo Conti', status: 'delegated', delegatedTo: 'Giulia Rossi', arrivedAt: null, leftAt: null },
        ],
      },
      {
        organisation: 'Associazione Genitori Insieme',
        representatives: [{ name: 'Elena Galli', status: 'present', delegatedTo: null, arrivedAt: null, leftAt: '2026-12-03T18:50:00+01:00' }],
      },
    ],
    quorum: { rule: 'majority', required: 2, organisationsPresent: 2, organisationsTotal: 2, reached: true },
    agenda: [
      {
        position: 2,
        title: 'Calendario delle attività 2027',
        kind: 'discussion',
        presenter: null,
        status: 'discussed',
        discussion: 'Si propone di concentrare le attività nel primo semestre.\n\nLa proposta è condivisa.',
        decisions: [],
        actions: [],
      },
      {
        position: 1,
        title: 'Approvazione del regolamento del tavolo',
        kind: 'decision',
        presenter: 'Laura Bianchi',
        status: 'discussed',
        discussion: 'La presidente illustra il regolamento, perché è stato rivisto dopo la consultazione.\nSeguono interventi.',
        decisions: [
          {
            text: 'Il tavolo approva il regolamento nella versione rivista.',
            outcome: 'approved',
            votingMethod: 'votes',
            votesFor: 12,
            votesAgainst: 1,
            votesAbstained: 2,
          },
        ],
        actions: [
          {
            what: 'Pubblicare il regolamento sul sito del Comune',
            responsibleOrganisation: 'Cooperativa sociale Il Cerchio',
            responsiblePerson: 'Giulia Rossi',
            dueDate: '2026-12-20',
            status: 'open',
          },
        ],
      },
    ],
    otherBusiness: 'Nessun intervento ulteriore è stato richiesto.',
    otherDecisions: [],
    otherActions: [],
    approval: { status: 'approved', approvedAt: '2026-12-17T18:00:00+01:00', approvedAtMeeting: 'n. 4/2026', sha256: SHA, sealed: true },
    generatedAt: '2026-12-18T09:00:00+01:00',
  };
}

function emptyFixture(): Verbale {
  const v = fixture();
  return {
    ...v,
    meeting: { ...v.meeting, chair: null, minuteTaker: null, actualStart: null, actualEnd: null, place: null, onlineUrl: null, convocation: '' },
    attendance: [],
    quorum: { rule: null, required: null, organisationsPresent: 0, organisationsTotal: 0, reached: null },
    agenda: [],
    otherBusiness: '',
    approval: { status: 'draft', approvedAt: null, approvedAtMeeting: null, sha256: null, sealed: false },
  };
}

const EXPECTED = [
  'Comune di Cremona – Settore Politiche sociali',
  'Cantiere Welfare di comunità',
  'Verbale n. 3/2026',
  'Assemblea plenaria di dicembre',
  'Seduta plenaria',
  'giovedì 3 dicembre 2026',
  'Orario previsto: 17:30 – 19:30',
  'Orario effettivo: 17:40 – 19:15',
  'Presidente: Laura Bianchi',
  'Segretario verbalizzante: Marco Ferrari',
  'Cooperativa sociale Il Cerchio',
  'Giulia Rossi',
  'Paolo Conti',
  'delegato a Giulia Rossi',
  'Associazione Genitori Insieme',
  'Elena Galli',
  'Quorum: richiesto 2 organizzazioni, presenti 2 – raggiunto',
  'Ordine del giorno',
  '1. Approvazione del regolamento del tavolo',
  '2. Calendario delle attività 2027',
  // The sections follow the agenda's positions, not the order the items arrive in.
  '1. Approvazione del regolamento del tavolo',
  'Relatore: Laura Bianchi',
  'perché è stato rivisto dopo la consultazione.',
  'Seguono interventi.',
  'Il tavolo approva il regolamento nella versione rivista.',
  'Esito: approvata, a maggioranza (favorevoli 12, contrari 1, astenuti 2).',
  'Pubblicare il regolamento sul sito del Comune',
  'Giulia Rossi',
  '20/12/2026',
  'aperta',
  '2. Calendario delle attività 2027',
  'Si propone di concentrare le attività nel primo semestre.',
  'La proposta è condivisa.',
  'Nessuna decisione registrata.',
  'Nessuna azione registrata.',
  'Varie ed eventuali',
  'Nessun intervento ulteriore è stato richiesto.',
  'La seduta si chiude alle ore 19:15.',
  'Il Presidente',
  'Il Segretario verbalizzante',
  'Stato del verbale: Approvato',
  'Approvato il 17/12/2026 nella seduta n. 4/2026.',
  `Impronta SHA-256: ${SHA}`,
];

function expectInOrder(text: string, parts: string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) throw new Error(`"${part}" not found after position ${from} in:\n${text}`);
    from = at + part.length;
  }
}

// Every value the schema allows to be missing, at once: the export must still say something sensible.
function nullsFixture(): Verbale {
  const v = emptyFixture();
  return {
    ...v,
    meeting: { ...v.meeting, kind: 'thematic_table' },
    attendance: [
      {
        organisation: 'Cooperativa sociale Il Cerchio',
        representatives: [{ name: 'Giulia Rossi', status: null, delegatedTo: null, arrivedAt: null, leftAt: null }],
      },
      { organisation: 'Associazione Genitori Insieme', representatives: [] },
    ],
    agenda: [
      {
        position: 1,
        title: 'Punto senza esito',
        kind: 'decision',
        presenter: null,
        status: 'not_discussed',
        discussion: '',
        decisions: [{ text: 'Proposta di calendario.', outcome: null, votingMethod: 'votes', votesFor: null, votesAgainst: null, votesAbstained: null }],
        actions: [{ what: 'Verificare le sale', responsibleOrganisation: null, responsiblePerson: null, dueDate: null, status: 'in_progress' }],
      },
    ],
  };
}

const FORMATS = [
  ['DOCX', async (v: Verbale) => docxText(await renderVerbaleDocx(v))],
  ['PDF', async (v: Verbale) => pdfText(await renderVerbalePdf(v))],
] as const;

describe('verbale rendering', () => {
  it('DOCX: a Word package with the whole verbale in Italian, in order', async () => {
    const docx = await renderVerbaleDocx(fixture());
    expect(unzip(docx).has('[Content_Types].xml')).toBe(true);
    const text = docxText(docx);
    expectInOrder(text, EXPECTED);
    // One Word paragraph per line of the secretary's text.
    expect(text).toContain('consultazione.\nSeguono interventi.');
    expect(text).toContain('17:35');
    expect(text).toContain('18:50');
  });

  it('PDF: the whole verbale in Italian, in order, on numbered pages', async () => {
    const pdf = await renderVerbalePdf(fixture());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    expectInOrder(text, EXPECTED);
    expect(text).toContain('17:35');
    expect(text).toMatch(/Pagina 1 di (\d+).*Pagina \1 di \1/);
  });

  describe.each(FORMATS)('%s', (_format, textOf) => {
    it('renders an empty verbale with a null chair', async () => {
      const text = await textOf(emptyFixture());
      expectInOrder(text, [
        'Nessuna presenza registrata.',
        "Nessun punto all'ordine del giorno.",
        'Varie ed eventuali',
        'Nessuna.',
        'La seduta si chiude alle ore 19:30.',
      ]);
      expectInOrder(text, ['Presidente: non indicato', 'Il Presidente', 'Il Segretario verbalizzante', 'Stato del verbale: Bozza']);
      for (const absent of ['Quorum', 'Impronta', 'Approvato il', 'Collegamento online']) expect(text).not.toContain(absent);
    });

    it('says what is missing instead of failing on nulls', async () => {
      const text = await textOf(nullsFixture());
      expectInOrder(text, [
        'Tavolo tematico',
        'Luogo: non indicato',
        'Convocazione: non indicata',
        'Giulia Rossi',
        'non rilevato',
        'Nessun rappresentante registrato.',
        '1. Punto senza esito',
        'Stato: non trattato.',
        'Nessuna discussione registrata.',
        'Proposta di calendario. – Esito non registrato, con votazione (favorevoli n.d., contrari n.d., astenuti n.d.).',
        'Verificare le sale',
        'non indicato',
        'nessuna',
        'in corso',
      ]);
    });
  });
});
