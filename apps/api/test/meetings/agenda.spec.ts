import { CollabDocuments } from '../../src/collab';
import { listen } from '../support/collab-harness';
import { meetingFixture } from '../support/meeting-fixture';
import { startTestApp, TestApp } from '../support/test-app';

describe('meetings: agenda, reordering and backlog', () => {
  let t: TestApp;
  let baseUrl: string;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
    f = await meetingFixture(t, baseUrl);
  });
  afterAll(() => t.close());

  it('keeps items in order, warns when they overrun the meeting and validates every field', async () => {
    const { meeting } = await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput());
    const path = `/api/meetings/${meeting.id}/agenda-items`;
    const bad = await f.call('POST', path, f.cookies.facilitator, { title: '', kind: 'chat', plannedMinutes: 0, presenterPersonId: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['kind', 'plannedMinutes', 'presenterPersonId', 'title']);
    const ghost = await f.call('POST', path, f.cookies.facilitator, {
      title: 'Con documento inesistente',
      documentIds: ['7b0d3c1e-59f4-4c5a-9d1e-0a6f2e1b9c77'],
    });
    expect(ghost.body.error.details).toEqual([{ path: 'documentIds.0', message: 'unknown_document' }]);
    expect((await f.call('POST', path, f.cookies.member, { title: 'Proposta di un membro' })).status).toBe(403);
    await f.ok('POST', path, f.cookies.facilitator, {
      title: 'Comunicazioni',
      kind: 'information',
      plannedMinutes: 10,
      presenterPersonId: f.facilitator.person.id,
      presenterOrganisationId: f.orgs[0].id,
    });
    await f.ok('POST', path, f.cookies.facilitator, { title: 'Criteri dei buoni spesa', kind: 'decision', plannedMinutes: 90 });
    const agenda = (await f.ok('POST', path, f.cookies.facilitator, { title: 'Calendario dei lavori', plannedMinutes: 40 })).agenda;
    expect(agenda.items.map((i: { position: number; title: string }) => [i.position, i.title])).toEqual([
      [1, 'Comunicazioni'],
      [2, 'Criteri dei buoni spesa'],
      [3, 'Calendario dei lavori'],
    ]);
    expect(agenda.items[0]).toMatchObject({
      presenterName: `Membro ${f.facilitator.user.name}`,
      presenterOrganisationName: f.orgs[0].name,
      kind: 'information',
    });
    expect(agenda).toMatchObject({ plannedMinutes: 140, meetingMinutes: 120, overrunMinutes: 20 });

    const ids = agenda.items.map((i: { id: string }) => i.id);
    const notPermutation = await f.call('PUT', `${path}/order`, f.cookies.facilitator, { itemIds: [ids[0], ids[0], ids[1]] });
    expect(notPermutation.status).toBe(400);
    expect(notPermutation.body.error.details).toEqual([{ path: 'itemIds', message: 'not_a_permutation' }]);
    const reordered = (await f.ok('PUT', `${path}/order`, f.cookies.facilitator, { itemIds: [ids[2], ids[0], ids[1]] })).agenda;
    expect(reordered.items.map((i: { title: string }) => i.title)).toEqual(['Calendario dei lavori', 'Comunicazioni', 'Criteri dei buoni spesa']);
    const shorter = (await f.ok('PATCH', `${path}/${ids[1]}`, f.cookies.facilitator, { plannedMinutes: 70 })).agenda;
    expect(shorter.overrunMinutes).toBe(0);
    const removal = await f.call('DELETE', `${path}/${ids[2]}`, f.cookies.facilitator);
    expect(removal.status).toBe(204);
    expect(removal.text).toBe('');
    const removed = (await f.ok('GET', path, f.cookies.facilitator)).agenda;
    expect(removed.items.map((i: { position: number; title: string }) => [i.position, i.title])).toEqual([
      [1, 'Comunicazioni'],
      [2, 'Criteri dei buoni spesa'],
    ]);
    expect((await f.call('DELETE', `${path}/${ids[2]}`, f.cookies.facilitator)).status).toBe(404);
  });

  it('offers what earlier meetings left open for the next agenda, once', async () => {
    const first = await f.convenedMeeting({ title: 'Prima seduta' });
    await f.ok('POST', `/api/meetings/${first.meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
    await f.ok('POST', `/api/meetings/${first.meeting.id}/run`, f.cookies.facilitator, { action: 'goto', itemId: first.items[0].id });
    await f.ok('POST', `/api/meetings/${first.meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    const items = (await f.ok('GET', `/api/meetings/${first.meeting.id}/agenda-items`, f.cookies.member)).agenda.items;
    expect(items.map((i: { status: string }) => i.status)).toEqual(['discussed', 'not_discussed']);
    // Starting wrote the minutes' sections; their projection (which replaces the meeting's decisions and actions with
    // what the minutes hold) has run and is done before rows are written by hand below.
    await t.app.get(CollabDocuments).project(`minutes:${first.meeting.id}`);
    // A postponed decision and an overdue open action, as the minutes projection would have written them.
    await t.dataSource.query(
      `INSERT INTO decisions (meeting_id, space_id, block_id, text, outcome) VALUES ($1, $2, 'dec-postponed', 'Estendere i buoni alle famiglie monoparentali', 'postponed')`,
      [first.meeting.id, f.space.id],
    );
    await t.dataSource.query(
      `INSERT INTO actions (meeting_id, space_id, block_id, what, due_date, responsible_organisation_id) VALUES ($1, $2, 'act-overdue', 'Mappare gli empori solidali', '2020-01-31', $3)`,
      [first.meeting.id, f.space.id, f.orgs[1].id],
    );
    await t.dataSource.query(
      `INSERT INTO actions (meeting_id, space_id, block_id, what, due_date, status) VALUES ($1, $2, 'act-done', 'Azione già conclusa', '2020-01-31', 'done')`,
      [first.meeting.id, f.space.id],
    );

    const { meeting: next } = await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title: 'Seconda seduta' }));
    const backlog = (await f.ok('GET', `/api/meetings/${next.id}/agenda-backlog`, f.cookies.member)).items;
    expect(backlog.map((e: { type: string; title: string }) => [e.type, e.title]).sort()).toEqual([
      ['action', 'Mappare gli empori solidali'],
      ['agenda_item', 'Criteri di accesso ai buoni spesa'],
      ['decision', 'Estendere i buoni alle famiglie monoparentali'],
    ]);
    expect(backlog.find((e: { type: string }) => e.type === 'action').detail).toContain('31/01/2020');
    for (const entry of backlog) {
      await f.ok('POST', `/api/meetings/${next.id}/agenda-items`, f.cookies.facilitator, { title: entry.title, source: { type: entry.type, id: entry.id } });
    }
    expect((await f.ok('GET', `/api/meetings/${next.id}/agenda-backlog`, f.cookies.member)).items).toEqual([]);
    const again = await f.call('POST', `/api/meetings/${next.id}/agenda-items`, f.cookies.facilitator, {
      title: 'Di nuovo',
      source: { type: backlog[0].type, id: backlog[0].id },
    });
    expect(again.status).toBe(400);
    expect(again.body.error.details).toEqual([{ path: 'source', message: 'not_in_backlog' }]);
  });

  it('does not offer again an item whose minutes record a discussion or a decision, even if run mode never reached it', async () => {
    const { meeting, items } = await f.convenedMeeting({ title: 'Seduta senza conduzione' });
    const third = (await f.ok('POST', `/api/meetings/${meeting.id}/agenda-items`, f.cookies.facilitator, { title: 'Calendario delle prossime sedute' })).agenda
      .items[2];
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    // What the minutes projection writes: a decision under the first item, discussion under the third, blanks under the second.
    await t.dataSource.query(
      `INSERT INTO decisions (meeting_id, space_id, agenda_item_id, block_id, text, outcome) VALUES ($1, $2, $3, 'dec-treated', 'Verbale precedente approvato', 'approved')`,
      [meeting.id, f.space.id, items[0].id],
    );
    await t.dataSource.query(
      `UPDATE agenda_items SET minutes_text = CASE WHEN id = $1 THEN 'Si discute il calendario.' ELSE E' \\n\\t' END WHERE meeting_id = $2`,
      [third.id, meeting.id],
    );
    const { meeting: next } = await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title: 'Seduta dopo quella senza conduzione' }));
    const backlog = (await f.ok('GET', `/api/meetings/${next.id}/agenda-backlog`, f.cookies.member)).items as {
      type: string;
      title: string;
      meetingId: string;
    }[];
    expect(backlog.filter((e) => e.meetingId === meeting.id).map((e) => [e.type, e.title])).toEqual([['agenda_item', items[1].title]]);
  });

  it('moves through the agenda in run mode, booking time per item, for managers only', async () => {
    const { meeting, items } = await f.convenedMeeting({ title: 'Seduta in conduzione' });
    expect((await f.call('POST', `/api/meetings/${meeting.id}/run`, f.cookies.facilitator, { action: 'next' })).status).toBe(409);
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
    expect((await f.call('POST', `/api/meetings/${meeting.id}/run`, f.cookies.member, { action: 'next' })).status).toBe(403);
    expect((await f.call('POST', `/api/meetings/${meeting.id}/run`, f.cookies.facilitator, { action: 'goto' })).status).toBe(400);
    const first = (await f.ok('POST', `/api/meetings/${meeting.id}/run`, f.cookies.facilitator, { action: 'next' })).run;
    expect(first.currentItemId).toBe(items[0].id);
    expect((await f.call('POST', `/api/meetings/${meeting.id}/run`, f.cookies.facilitator, { action: 'previous' })).status).toBe(409);
    // Pretend the first item has been under discussion for five minutes.
    await t.dataSource.query(`UPDATE meetings SET item_started_at = now() - interval '5 minutes' WHERE id = $1`, [meeting.id]);
    const second = (await f.ok('POST', `/api/meetings/${meeting.id}/run`, f.cookies.facilitator, { action: 'next' })).run;
    expect(second.currentItemId).toBe(items[1].id);
    expect((await f.call('POST', `/api/meetings/${meeting.id}/run`, f.cookies.facilitator, { action: 'next' })).status).toBe(409);
    const agenda = (await f.ok('GET', `/api/meetings/${meeting.id}/agenda-items`, f.cookies.member)).agenda;
    expect(agenda.items[0].status).toBe('discussed');
    expect(agenda.items[0].spentSeconds).toBeGreaterThanOrEqual(300);
    expect(agenda.items[0].spentSeconds).toBeLessThan(330);
    const stopped = (await f.ok('POST', `/api/meetings/${meeting.id}/run`, f.cookies.facilitator, { action: 'stop' })).run;
    expect(stopped).toMatchObject({ currentItemId: null, itemStartedAt: null });
  });
});
