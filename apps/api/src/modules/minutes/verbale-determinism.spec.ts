import type { Verbale } from '@cantiere/domain';
import { unzip } from '../../../test/support/document-text';
import { renderVerbaleDocx } from './verbale-docx';
import { renderVerbalePdf } from './verbale-pdf';

const SEALED_AT = '2026-12-17T17:00:00.000Z';

function sealedVerbale(): Verbale {
  return {
    body: 'Comune di Cremona',
    spaceName: 'Cantiere Welfare',
    meeting: {
      id: '2d0e7a57-7c1b-4a5e-8f53-1e9c5b0d6a21',
      number: 3,
      year: 2026,
      title: 'Assemblea plenaria',
      kind: 'plenary',
      status: 'minutes_approved',
      scheduledStart: '2026-12-03T16:30:00Z',
      scheduledEnd: '2026-12-03T18:30:00Z',
      actualStart: null,
      actualEnd: null,
      place: 'Sala Quadri',
      onlineUrl: null,
      convocation: 'Convocata per posta elettronica.',
      chair: 'Laura Bianchi',
      minuteTaker: 'Marco Ferrari',
    },
    attendance: [{ organisation: 'Caritas', representatives: [{ name: 'Giulia Rossi', status: 'present', delegatedTo: null, arrivedAt: null, leftAt: null }] }],
    quorum: { rule: null, required: null, organisationsPresent: 1, organisationsTotal: 1, reached: null },
    agenda: [
      { position: 1, title: 'Regolamento', kind: 'decision', presenter: null, status: 'discussed', discussion: 'Discussione.', decisions: [], actions: [] },
    ],
    otherBusiness: '',
    otherDecisions: [],
    otherActions: [],
    approval: { status: 'approved', approvedAt: SEALED_AT, approvedAtMeeting: 'n. 4/2026', sha256: 'ab'.repeat(32), sealed: true },
    generatedAt: SEALED_AT,
  };
}

// Long enough for every clock the libraries read (seconds in DOCX properties, two seconds in zip entries) to move on.
const tick = () => new Promise((r) => setTimeout(r, 2_100));

describe('a verbale renders to the same bytes every time', () => {
  it('DOCX: identical files, dated by the verbale and not by the clock', async () => {
    const first = await renderVerbaleDocx(sealedVerbale());
    await tick();
    const second = await renderVerbaleDocx(sealedVerbale());
    expect(second.equals(first)).toBe(true);
    const core = unzip(first).get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-17T17:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-17T17:00:00Z</dcterms:modified>');
    expect(core).toContain('<dc:title>Verbale n. 3/2026 – Assemblea plenaria</dc:title>');
  });

  it('PDF: identical files, with creation and modification dates taken from the verbale', async () => {
    const first = await renderVerbalePdf(sealedVerbale());
    await tick();
    const second = await renderVerbalePdf(sealedVerbale());
    expect(second.equals(first)).toBe(true);
    const raw = first.toString('latin1');
    // pdfkit writes each info date as an indirect string object: both are the sealing instant.
    const dateOf = (key: string) => {
      const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(raw)?.[1];
      return new RegExp(`\\n${ref} 0 obj\\s*\\((D:[0-9Z]+)\\)`).exec(raw)?.[1];
    };
    expect([dateOf('CreationDate'), dateOf('ModDate')]).toEqual(['D:20261217170000Z', 'D:20261217170000Z']);
  });
});
