import { DECISION_ATTRS, MINUTES_NODES } from '@cantiere/collab';
import { docxText, pdfText } from '../support/document-text';
import { type Json } from '../support/meeting-fixture';
import { meetingSuite, MINUTES_EXPORTS } from '../support/live-suite';
import { addBlock, paragraph, sectionOf } from '../support/minutes-doc';

describe("meetings: the facilitator's explicit outcome of an agenda item", () => {
  const f = meetingSuite();
  let written = 0;

  const download = async (meetingId: string, file: string) => (await f.download(meetingId, file)).bytes;
  const itemPath = (meetingId: string, itemId: string) => `/api/meetings/${meetingId}/agenda-items/${itemId}`;
  const backlogOf = async (title: string) => {
    const { meeting } = await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title }));
    return (await f.ok('GET', `/api/meetings/${meeting.id}/agenda-backlog`, f.cookies.member)).items as { type: string; id: string; title: string }[];
  };

  /** A started meeting whose second item holds discussion and a 3-0-0 vote, written in the live minutes. */
  async function startedMeetingWithMinutes(title: string) {
    const { meeting, items } = await f.startedMeeting(title);
    const o = await f.openMinutes(f.cookies.facilitator, meeting.id);
    const section = sectionOf(o.ydoc, items[1].id);
    paragraph(section, 'Il tavolo avvia la discussione sui criteri ISEE.');
    addBlock(
      section,
      MINUTES_NODES.decision,
      {
        [DECISION_ATTRS.blockId]: `dec-outcome-${++written}`,
        [DECISION_ATTRS.outcome]: 'approved',
        [DECISION_ATTRS.votingMethod]: 'votes',
        [DECISION_ATTRS.votesFor]: 3,
        [DECISION_ATTRS.votesAgainst]: 0,
        [DECISION_ATTRS.votesAbstained]: 0,
      },
      'Si approva il metodo di lavoro.',
    );
    await o.session.whenSaved();
    return { meeting, items: items as Json[] };
  }

  it('prints an item with text marked postponed as rinviato in PDF and DOCX, and offers it to the next meeting once closed', async () => {
    const { meeting, items } = await startedMeetingWithMinutes('Seduta con un punto rinviato');
    const marked = (await f.ok('PATCH', itemPath(meeting.id, items[1].id), f.cookies.facilitator, { outcome: 'postponed' })).agenda;
    expect(marked.items[1]).toMatchObject({ id: items[1].id, outcome: 'postponed', status: 'pending' });
    // While the meeting runs the choice may still change, so nothing is offered yet.
    expect((await backlogOf('Seduta preparata durante la precedente')).some((e) => e.id === items[1].id)).toBe(false);
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });

    const record = JSON.parse((await download(meeting.id, 'minutes.json')).toString('utf8'));
    expect(record.agenda[1]).toMatchObject({
      status: 'postponed',
      discussion: expect.stringContaining('criteri ISEE'),
      decisions: [{ text: 'Si approva il metodo di lavoro.' }],
    });
    const pdf = await pdfText(await download(meeting.id, 'minutes.pdf'));
    const docx = docxText(await download(meeting.id, 'minutes.docx')).replace(/\s+/g, ' ');
    for (const text of [pdf, docx]) {
      expect(text).toMatch(/2\. Criteri di accesso ai buoni spesa Stato: rinviato\. Il tavolo avvia la discussione sui criteri ISEE/);
      expect(text).toMatch(/1\. Approvazione del verbale precedente Stato: non trattato\./);
    }
    const offered = (await backlogOf('Seduta dopo il rinvio')).filter((e) => e.id === items[1].id);
    expect(offered).toEqual([expect.objectContaining({ type: 'agenda_item', title: 'Criteri di accesso ai buoni spesa' })]);
  });

  it('goes back to what the minutes imply when the explicit outcome is cleared, and can mark an empty item as treated', async () => {
    const { meeting, items } = await startedMeetingWithMinutes('Seduta con esito corretto');
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    await f.ok('PATCH', itemPath(meeting.id, items[1].id), f.cookies.facilitator, { outcome: 'postponed' });
    const cleared = (await f.ok('PATCH', itemPath(meeting.id, items[1].id), f.cookies.facilitator, { outcome: null })).agenda;
    expect(cleared.items[1].outcome).toBeNull();
    await f.ok('PATCH', itemPath(meeting.id, items[0].id), f.cookies.facilitator, { outcome: 'discussed' });
    const record = JSON.parse((await download(meeting.id, 'minutes.json')).toString('utf8'));
    expect(record.agenda.map((i: { status: string }) => i.status)).toEqual(['discussed', 'discussed']);
    const backlog = await backlogOf('Seduta dopo la correzione');
    expect(backlog.filter((e) => e.id === items[0].id || e.id === items[1].id)).toEqual([]);
  });

  it('lets only those who run the meeting set an outcome, between the start and the approval of the minutes', async () => {
    const { meeting, items } = await f.convenedMeeting({ title: 'Seduta non ancora iniziata' });
    const path = itemPath(meeting.id, items[1].id);
    const early = await f.call('PATCH', path, f.cookies.facilitator, { outcome: 'postponed' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('conflict');
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
    const bad = await f.call('PATCH', path, f.cookies.facilitator, { outcome: 'forgotten' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'outcome', message: 'unknown_value' }]);
    const member = await f.call('PATCH', path, f.cookies.member, { outcome: 'postponed' });
    expect(member.status).toBe(403);
    expect(member.body.error.code).toBe('forbidden');
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    // After closing the outcome can still be corrected, though the rest of the item can no longer change.
    expect((await f.ok('PATCH', path, f.cookies.facilitator, { outcome: 'not_discussed' })).agenda.items[1].outcome).toBe('not_discussed');
    expect((await f.call('PATCH', path, f.cookies.facilitator, { outcome: 'postponed', title: 'Titolo cambiato' })).status).toBe(409);
    const [row] = await f.t.dataSource.query('SELECT outcome, title FROM agenda_items WHERE id = $1', [items[1].id]);
    expect(row).toEqual({ outcome: 'not_discussed', title: 'Criteri di accesso ai buoni spesa' });
  });

  it('refuses a change once the minutes are approved, and the sealed verbale keeps the outcome it was approved with', async () => {
    const { meeting, items } = await startedMeetingWithMinutes('Seduta approvata con un rinvio');
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    await f.ok('PATCH', itemPath(meeting.id, items[1].id), f.cookies.facilitator, { outcome: 'postponed' });
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, {});
    const before = Object.fromEntries(await Promise.all(MINUTES_EXPORTS.map(async (e) => [e, await download(meeting.id, e)])));
    expect(JSON.parse(before['minutes.json'].toString('utf8')).agenda[1].status).toBe('postponed');

    const late = await f.call('PATCH', itemPath(meeting.id, items[1].id), f.cookies.facilitator, { outcome: 'discussed' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('conflict');
    expect((await f.ok('GET', `/api/meetings/${meeting.id}/agenda-items`, f.cookies.member)).agenda.items[1].outcome).toBe('postponed');
    // Even a change the API would refuse, made in the rows, does not reach the sealed record.
    await f.t.dataSource.query(`UPDATE agenda_items SET outcome = 'discussed' WHERE id = $1`, [items[1].id]);
    for (const e of MINUTES_EXPORTS) expect({ file: e, same: (await download(meeting.id, e)).equals(before[e]) }).toEqual({ file: e, same: true });
    expect(await pdfText(before['minutes.pdf'])).toMatch(/Stato: rinviato\. Il tavolo avvia la discussione/);
  });
});
