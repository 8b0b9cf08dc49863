import crypto from 'node:crypto';
import * as Y from 'yjs';
import { ACTION_ATTRS, DECISION_ATTRS, MINUTES_NODES, SECTION_ATTRS, docIdOf } from '@cantiere/collab';
import { type OpenDoc, waitFor } from '../support/collab-harness';
import { docxText, pdfText } from '../support/document-text';
import { meetingSuite } from '../support/live-suite';
import { type Json } from '../support/meeting-fixture';
import { addBlock, paragraph, sectionOf } from '../support/minutes-doc';

const sections = (doc: Y.Doc) =>
  doc
    .getXmlFragment('default')
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === MINUTES_NODES.section);

describe('live minutes: sections, projected decisions and actions, review, approval and the verbale', () => {
  const f = meetingSuite();
  const { openMinutes: open, startedMeeting } = f;
  const settle = async (o: OpenDoc) => {
    await o.session.whenSaved();
    await new Promise((r) => setTimeout(r, 1_200)); // the projection is debounced
  };

  it('is read-only before the meeting starts, then lays out one section per agenda item', async () => {
    const { meeting, items } = await f.convenedMeeting({ title: 'Seduta con verbale' });
    const early = await open(f.cookies.member, meeting.id);
    expect(early.session.access).toBe('read');
    expect(sections(early.ydoc)).toHaveLength(0);
    early.client.close();
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
    const o = await open(f.cookies.member, meeting.id);
    expect(o.session.access).toBe('write');
    expect(sections(o.ydoc).map((s) => [s.getAttribute(SECTION_ATTRS.itemId), s.getAttribute(SECTION_ATTRS.title)])).toEqual(
      items.map((i: Json) => [i.id, i.title]),
    );
    // An item added while the meeting runs gets its section too, live.
    const agenda = (
      await f.ok('POST', `/api/meetings/${meeting.id}/agenda-items`, f.cookies.facilitator, {
        title: 'Varie ed eventuali',
        kind: 'information',
        plannedMinutes: 5,
      })
    ).agenda;
    await waitFor(() => sections(o.ydoc).length === 3, 5_000, 'new section');
    expect(sectionOf(o.ydoc, agenda.items[2].id).getAttribute(SECTION_ATTRS.title)).toBe('Varie ed eventuali');
    expect((await open(f.cookies.outsider, meeting.id)).session.lastError?.code).toBe('not_found');
  });

  it('projects decision and action blocks into rows, and follows their edits and removal', async () => {
    const { meeting, items } = await startedMeeting('Seduta con decisioni');
    const o = await open(f.cookies.member, meeting.id);
    const section = sectionOf(o.ydoc, items[1].id);
    paragraph(section, 'Il tavolo discute i criteri di accesso ai buoni spesa.');
    const decision = addBlock(
      section,
      MINUTES_NODES.decision,
      {
        [DECISION_ATTRS.blockId]: 'dec-criteri-1',
        [DECISION_ATTRS.outcome]: 'approved',
        [DECISION_ATTRS.votingMethod]: 'votes',
        [DECISION_ATTRS.votesFor]: 12,
        [DECISION_ATTRS.votesAgainst]: '1',
        [DECISION_ATTRS.votesAbstained]: 2,
      },
      'Si approvano i criteri ISEE fino a 9.360 euro.',
    );
    const action = addBlock(
      section,
      MINUTES_NODES.action,
      {
        [ACTION_ATTRS.blockId]: 'act-mappa-1',
        [ACTION_ATTRS.responsibleOrganisationId]: f.orgs[1].id,
        [ACTION_ATTRS.responsiblePersonId]: f.member.person.id,
        [ACTION_ATTRS.dueDate]: '2027-01-31',
      },
      'Mappare gli empori solidali del distretto.',
    );
    // Whatever a client writes into attributes, the projection keeps only well-formed values.
    addBlock(
      section,
      MINUTES_NODES.action,
      {
        [ACTION_ATTRS.blockId]: 'act-rotta-1',
        [ACTION_ATTRS.responsibleOrganisationId]: 'not-a-uuid',
        [ACTION_ATTRS.responsiblePersonId]: '7b0d3c1e-59f4-4c5a-9d1e-0a6f2e1b9c77',
        [ACTION_ATTRS.dueDate]: '2027-02-30',
      },
      'Azione con dati sbagliati.',
    );
    addBlock(section, MINUTES_NODES.decision, { [DECISION_ATTRS.blockId]: 'dec-criteri-1' }, 'Copia incollata con lo stesso identificativo.');
    addBlock(
      section,
      MINUTES_NODES.decision,
      {
        [DECISION_ATTRS.blockId]: 'dec-rinvio-1',
        [DECISION_ATTRS.outcome]: 'maybe',
        [DECISION_ATTRS.votingMethod]: 'consensus',
        [DECISION_ATTRS.votesFor]: 40,
      },
      'Rinviata la scelta del gestore.',
    );
    paragraph(o.ydoc.getXmlFragment('default'), 'Varie: prossima seduta a gennaio.');
    await settle(o);

    const decisions = (await f.ok('GET', `/api/decisions?meetingId=${meeting.id}`, f.cookies.third)).items;
    expect(decisions.map((d: Json) => [d.text, d.outcome, d.votingMethod, d.votesFor, d.votesAgainst, d.votesAbstained, d.agendaItemId]).sort()).toEqual([
      ['Rinviata la scelta del gestore.', null, 'consensus', null, null, null, items[1].id],
      ['Si approvano i criteri ISEE fino a 9.360 euro.', 'approved', 'votes', 12, 1, 2, items[1].id],
    ]);
    const actions = (await f.ok('GET', `/api/actions?meetingId=${meeting.id}`, f.cookies.third)).items;
    const good = actions.find((a: Json) => a.what.startsWith('Mappare'));
    expect(good).toMatchObject({
      responsibleOrganisationName: f.orgs[1].name,
      responsiblePersonId: f.member.person.id,
      dueDate: '2027-01-31',
      status: 'open',
      overdue: false,
      agendaItemTitle: items[1].title,
      spaceId: f.space.id,
    });
    expect(actions.find((a: Json) => a.what.startsWith('Azione con'))).toMatchObject({
      responsibleOrganisationId: null,
      responsiblePersonId: null,
      dueDate: null,
    });
    const agenda = (await f.ok('GET', `/api/meetings/${meeting.id}/agenda-items`, f.cookies.third)).agenda;
    expect(agenda.items[1]).not.toHaveProperty('minutesText');
    const row = (await f.t.dataSource.query('SELECT minutes_text FROM agenda_items WHERE id = $1', [items[1].id]))[0];
    expect(row.minutes_text).toBe('Il tavolo discute i criteri di accesso ai buoni spesa.');

    // The responsible organisation updates the status; the projection never overwrites it.
    // Each list tells whether the caller may update: the responsible organisation and the facilitators, not the others.
    const canUpdate = async (cookie: string) =>
      ((await f.ok('GET', `/api/actions?meetingId=${meeting.id}`, cookie)).items as Json[]).find((a) => a.id === good.id)!.can['action.update'];
    expect([await canUpdate(f.cookies.member), await canUpdate(f.cookies.facilitator), await canUpdate(f.cookies.third)]).toEqual([true, true, false]);
    expect((await f.call('PATCH', `/api/actions/${good.id}`, f.cookies.third, { status: 'done' })).status).toBe(403);
    expect((await f.ok('PATCH', `/api/actions/${good.id}`, f.cookies.member, { status: 'in_progress' })).action.status).toBe('in_progress');
    o.ydoc.transact(() => {
      decision.setAttribute(DECISION_ATTRS.outcome, 'rejected');
      (action.get(0) as Y.XmlText).insert(0, 'Entro gennaio: ');
      section.delete(
        section.toArray().findIndex((n) => n instanceof Y.XmlElement && n.getAttribute(ACTION_ATTRS.blockId) === 'act-rotta-1'),
        1,
      );
    });
    await settle(o);
    const after = (await f.ok('GET', `/api/decisions?meetingId=${meeting.id}`, f.cookies.third)).items;
    expect(after.find((d: Json) => d.text.startsWith('Si approvano')).outcome).toBe('rejected');
    const actionsAfter = (await f.ok('GET', `/api/actions?meetingId=${meeting.id}`, f.cookies.third)).items;
    expect(actionsAfter.map((a: Json) => [a.what, a.status])).toEqual([['Entro gennaio: Mappare gli empori solidali del distretto.', 'in_progress']]);
    expect((await f.ok('GET', `/api/decisions?spaceId=${f.space.id}`, f.cookies.member)).items.length).toBeGreaterThanOrEqual(2);
    expect((await f.call('GET', `/api/decisions?spaceId=${f.space.id}`, f.cookies.outsider)).status).toBe(404);
  });

  it('goes through review with signed remarks, then approval freezes, hashes and locks the text', async () => {
    const { meeting, items } = await startedMeeting('Seduta da approvare');
    const o = await open(f.cookies.member, meeting.id);
    paragraph(sectionOf(o.ydoc, items[0].id), 'Il verbale della seduta precedente è letto e commentato.');
    addBlock(
      sectionOf(o.ydoc, items[0].id),
      MINUTES_NODES.decision,
      { [DECISION_ATTRS.blockId]: 'dec-approva-1', [DECISION_ATTRS.outcome]: 'approved', [DECISION_ATTRS.votingMethod]: 'unanimous' },
      'Il verbale precedente è approvato.',
    );
    await o.session.whenSaved();
    await f.ok('POST', `/api/meetings/${meeting.id}/attendance/check-in`, f.cookies.member);
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });

    expect((await f.call('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.member, { kind: 'comment', text: 'Troppo presto' })).status).toBe(
      409,
    );
    expect((await f.call('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.member, { days: 5 })).status).toBe(403);
    expect((await f.call('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.facilitator, { days: 0 })).status).toBe(400);
    const review = await f.ok('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.facilitator, { days: 5 });
    expect(review.meeting.minutesStatus).toBe('in_review');
    expect(Date.parse(review.meeting.reviewUntil) - Date.now()).toBeGreaterThan(4.9 * 86_400_000);
    // In review, members comment but no longer edit: the open session is downgraded at once.
    paragraph(sectionOf(o.ydoc, items[0].id), 'Scritto da un membro durante la revisione.');
    const reopened = await open(f.cookies.member, meeting.id);
    expect(reopened.session.access).toBe('read');

    const noQuote = await f.call('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.member, {
      kind: 'suggestion',
      text: 'Scrivere "letto e approvato"',
    });
    expect(noQuote.status).toBe(400);
    expect(noQuote.body.error.details).toEqual([{ path: 'quote', message: 'required' }]);
    const suggestion = (
      await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.member, {
        kind: 'suggestion',
        agendaItemId: items[0].id,
        quote: 'letto e commentato',
        text: 'letto e approvato all’unanimità',
      })
    ).remark;
    expect(suggestion).toMatchObject({ authorName: f.member.user.name, organisationName: f.orgs[1].name, kind: 'suggestion', resolution: null });
    expect((await f.call('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.outsider, { kind: 'comment', text: 'Non dovrei' })).status).toBe(404);
    expect(
      (await f.call('POST', `/api/meetings/${meeting.id}/minutes/remarks/${suggestion.id}/resolution`, f.cookies.member, { resolution: 'accepted' })).status,
    ).toBe(403);
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks/${suggestion.id}/resolution`, f.cookies.facilitator, { resolution: 'accepted' });
    const remarks = (await f.ok('GET', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.third)).items;
    expect(remarks.map((r: Json) => [r.authorName, r.quote, r.resolution, r.application])).toEqual([
      [f.member.user.name, 'letto e commentato', 'accepted', 'applied'],
    ]);

    // Accepting applied the suggestion; the minute-taker still writes during the review, then the next meeting approves.
    const officer = await open(f.cookies.facilitator, meeting.id);
    expect(officer.session.access).toBe('write');
    await waitFor(() => sectionOf(officer.ydoc, items[0].id).toString().includes('letto e approvato all’unanimità'), 5_000, 'applied suggestion');
    await officer.session.whenSaved();
    const { meeting: next } = await f.ok(
      'POST',
      '/api/meetings',
      f.cookies.facilitator,
      f.meetingInput({
        title: 'Seduta successiva',
        startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 30 * 86_400_000 + 3_600_000).toISOString(),
      }),
    );
    const notYet = await f.call('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, { approvedAtMeetingId: next.id });
    expect(notYet.status).toBe(400);
    expect(notYet.body.error.details).toEqual([{ path: 'approvedAtMeetingId', message: 'not_a_later_meeting' }]);
    // The review window is still open: approving now is acknowledged explicitly.
    const approved = (await f.ok('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, { confirm: ['review_open'] })).meeting;
    expect(approved).toMatchObject({ status: 'minutes_approved', minutesStatus: 'approved' });
    expect(approved.minutesHash).toMatch(/^[0-9a-f]{64}$/);
    expect(approved.transitions.at(-1)).toMatchObject({ transition: 'approve_minutes', by: f.facilitator.user.id });

    // The hash is the SHA-256 of the sealed record (minutes.json, byte for byte), which anyone can fetch and check.
    const record = await f.call('GET', `/api/meetings/${meeting.id}/minutes.json`, f.cookies.third);
    expect(crypto.createHash('sha256').update(record.text, 'utf8').digest('hex')).toBe(approved.minutesHash);
    const frozen = await f.call('GET', `/api/meetings/${meeting.id}/minutes.txt`, f.cookies.third);
    expect(frozen.text).toContain('approvato all’unanimità');
    expect(frozen.text).not.toContain('Scritto da un membro durante la revisione.');
    expect(frozen.text).toContain("Decisione: Il verbale precedente è approvato. – approvata (all'unanimità)");
    // Nobody writes any more: the officer's open session is refused, and a new one is read-only.
    paragraph(sectionOf(officer.ydoc, items[0].id), 'Aggiunta dopo l’approvazione.');
    await new Promise((r) => setTimeout(r, 500));
    expect((await open(f.cookies.facilitator, meeting.id)).session.access).toBe('read');
    const again = await f.call('GET', `/api/meetings/${meeting.id}/minutes.txt`, f.cookies.third);
    expect(again.text).toBe(frozen.text);
    const versions = await f.t.dataSource.query(`SELECT name FROM collab_versions WHERE doc_id = $1 AND kind = 'named'`, [docIdOf('minutes', meeting.id)]);
    expect(versions.map((v: { name: string }) => v.name)).toEqual([expect.stringContaining('Verbale approvato')]);
    expect((await f.call('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, { confirm: ['review_open'] })).status).toBe(409);
    // What the officers did with each remark is sealed with the text.
    const lateResolution = await f.call('POST', `/api/meetings/${meeting.id}/minutes/remarks/${suggestion.id}/resolution`, f.cookies.facilitator, {
      resolution: 'rejected',
    });
    expect(lateResolution.status).toBe(409);
    expect(lateResolution.body.error.code).toBe('conflict');
    expect((await f.ok('GET', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.third)).items.map((r: Json) => r.resolution)).toEqual(['accepted']);
  });

  it('exports the verbale as open data, DOCX and PDF that carry the same content', async () => {
    const { meeting, items } = await startedMeeting('Seduta esportata');
    expect(
      (await f.call('GET', `/api/meetings/${(await f.convenedMeeting({ title: 'Ancora convocata' })).meeting.id}/minutes.pdf`, f.cookies.member)).status,
    ).toBe(409);
    const o = await open(f.cookies.member, meeting.id);
    paragraph(sectionOf(o.ydoc, items[1].id), 'Discussione sui criteri: perché serve più attività di rete.');
    addBlock(
      sectionOf(o.ydoc, items[1].id),
      MINUTES_NODES.decision,
      {
        [DECISION_ATTRS.blockId]: 'dec-export-1',
        [DECISION_ATTRS.outcome]: 'approved',
        [DECISION_ATTRS.votingMethod]: 'votes',
        [DECISION_ATTRS.votesFor]: 9,
        [DECISION_ATTRS.votesAgainst]: 0,
        [DECISION_ATTRS.votesAbstained]: 1,
      },
      'Approvato il nuovo avviso.',
    );
    addBlock(
      sectionOf(o.ydoc, items[1].id),
      MINUTES_NODES.action,
      { [ACTION_ATTRS.blockId]: 'act-export-1', [ACTION_ATTRS.responsibleOrganisationId]: f.orgs[0].id, [ACTION_ATTRS.dueDate]: '2027-03-15' },
      'Pubblicare l’avviso sul sito.',
    );
    await o.session.whenSaved();
    await f.ok('POST', `/api/meetings/${meeting.id}/attendance/check-in`, f.cookies.member);

    // No wait for the debounce: exports project pending edits first.
    const json = (await f.ok('GET', `/api/meetings/${meeting.id}/minutes.json`, f.cookies.third)) as Json;
    expect(json.meeting).toMatchObject({ title: 'Seduta esportata', chair: `Membro ${f.facilitator.user.name}`, status: 'in_progress' });
    expect(json.agenda[1].discussion).toBe('Discussione sui criteri: perché serve più attività di rete.');
    expect(json.agenda[1].decisions).toEqual([
      { text: 'Approvato il nuovo avviso.', outcome: 'approved', votingMethod: 'votes', votesFor: 9, votesAgainst: 0, votesAbstained: 1 },
    ]);
    expect(json.agenda[1].actions).toEqual([
      { what: 'Pubblicare l’avviso sul sito.', responsibleOrganisation: f.orgs[0].name, responsiblePerson: null, dueDate: '2027-03-15', status: 'open' },
    ]);
    expect(json.attendance.find((a: Json) => a.organisation === f.orgs[1].name).representatives[0].status).toBe('present');
    expect(json.quorum).toMatchObject({ rule: 'majority', organisationsPresent: 1, organisationsTotal: 3, reached: false });

    const docx = await fetch(`${f.baseUrl}/api/meetings/${meeting.id}/minutes.docx`, { headers: { cookie: f.cookies.third } });
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const docxContent = docxText(Buffer.from(await docx.arrayBuffer()));
    for (const expected of [
      'Verbale n. ',
      'Seduta esportata',
      'Approvato il nuovo avviso.',
      'unanimità dei votanti (astenuti 1)',
      'Pubblicare l’avviso sul sito.',
      f.orgs[1].name,
      'Il Segretario verbalizzante',
      'perché serve più attività',
    ])
      expect(docxContent).toContain(expected);

    const pdf = await fetch(`${f.baseUrl}/api/meetings/${meeting.id}/minutes.pdf`, { headers: { cookie: f.cookies.third } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfContent = (await pdfText(pdfBytes)).replace(/\s+/g, ' ');
    for (const expected of [
      'Seduta esportata',
      'Approvato il nuovo avviso.',
      "all'unanimità dei votanti (astenuti 1)",
      'Pubblicare',
      'Il Segretario verbalizzante',
      'perché serve più attività',
    ])
      expect(pdfContent).toContain(expected);
  });
});
