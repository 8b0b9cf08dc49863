import type { Verbale } from '@cantiere/domain';
import { docxText, pdfText } from '../../../test/support/document-text';
import { renderVerbaleDocx } from './verbale-docx';
import { renderVerbalePdf } from './verbale-pdf';

type Decision = Verbale['agenda'][number]['decisions'][number];

const vote = (text: string, outcome: Decision['outcome'], votesFor: number | null, votesAgainst: number | null, votesAbstained: number | null): Decision => ({
  text,
  outcome,
  votingMethod: 'votes',
  votesFor,
  votesAgainst,
  votesAbstained,
});

/** One item per wording case, so each line of the rendered verbale can be read back and checked. */
function verbaleWith(decisions: Decision[]): Verbale {
  return {
    body: 'Comune di Cremona',
    spaceName: 'Tavolo povertà alimentare',
    meeting: {
      id: '0b8f5e0e-8a55-4a43-9d63-0c2f1f9a4b11',
      number: 7,
      year: 2026,
      title: 'Seduta di novembre',
      kind: 'thematic_table',
      status: 'closed',
      scheduledStart: '2026-11-05T15:00:00Z',
      scheduledEnd: '2026-11-05T17:00:00Z',
      actualStart: null,
      actualEnd: null,
      place: 'Sala Zanoni',
      onlineUrl: null,
      convocation: 'Convocata per posta elettronica.',
      chair: 'Laura Bianchi',
      minuteTaker: 'Marco Ferrari',
    },
    attendance: [],
    quorum: { rule: null, required: null, organisationsPresent: 0, organisationsTotal: 0, reached: null },
    agenda: [
      {
        position: 1,
        title: 'Criteri del nuovo avviso',
        kind: 'decision',
        presenter: null,
        status: 'discussed',
        discussion: 'Discussione.',
        decisions,
        actions: [],
      },
    ],
    otherBusiness: '',
    otherDecisions: [],
    otherActions: [],
    approval: { status: 'draft', approvedAt: null, approvedAtMeeting: null, sha256: null, sealed: false },
    generatedAt: '2026-11-06T09:00:00Z',
  };
}

const CASES: [Decision, string][] = [
  [vote('Tre a zero.', 'approved', 3, 0, 0), "Tre a zero. – Esito: approvata, all'unanimità."],
  [vote('Con astenuti.', 'approved', 5, 0, 2), "Con astenuti. – Esito: approvata, all'unanimità dei votanti (astenuti 2)."],
  [vote('Con contrari.', 'approved', 12, 1, 2), 'Con contrari. – Esito: approvata, a maggioranza (favorevoli 12, contrari 1, astenuti 2).'],
  [vote('Nessun voto espresso.', 'approved', 0, 0, 3), 'Nessun voto espresso. – Esito: approvata, con votazione (favorevoli 0, contrari 0, astenuti 3).'],
  [vote('Contrari senza astenuti.', 'approved', 6, 2, 0), 'Contrari senza astenuti. – Esito: approvata, a maggioranza (favorevoli 6, contrari 2, astenuti 0).'],
  // For a motion turned down, the losing side is those in favour.
  [vote('Respinta da tutti.', 'rejected', 0, 7, 0), "Respinta da tutti. – Esito: respinta, all'unanimità."],
  [vote('Respinta a maggioranza.', 'rejected', 2, 7, 1), 'Respinta a maggioranza. – Esito: respinta, a maggioranza (favorevoli 2, contrari 7, astenuti 1).'],
  [
    { text: 'Per consenso.', outcome: 'approved', votingMethod: 'consensus', votesFor: null, votesAgainst: null, votesAbstained: null },
    'Per consenso. – Esito: approvata, per consenso.',
  ],
  [
    { text: 'Dichiarata unanime.', outcome: 'approved', votingMethod: 'unanimous', votesFor: null, votesAgainst: null, votesAbstained: null },
    "Dichiarata unanime. – Esito: approvata, all'unanimità.",
  ],
  // A count nobody recorded is not a zero: no unanimity is claimed.
  [
    vote('Conteggio incompleto.', 'approved', 4, null, null),
    'Conteggio incompleto. – Esito: approvata, con votazione (favorevoli 4, contrari n.d., astenuti n.d.).',
  ],
];

describe.each([
  ['DOCX', async (v: Verbale) => docxText(await renderVerbaleDocx(v)).replace(/\s+/g, ' ')],
  ['PDF', async (v: Verbale) => pdfText(await renderVerbalePdf(v))],
] as const)('%s: the outcome of each decision, worded from its counts', (_format, textOf) => {
  it('reads unanimity, unanimity of voters, majority and consensus as the counts say', async () => {
    const text = await textOf(verbaleWith(CASES.map(([d]) => d)));
    for (const [, line] of CASES) expect(text).toContain(line);
    expect(text).not.toContain('Tre a zero. – Esito: approvata, a maggioranza');
  });
});
