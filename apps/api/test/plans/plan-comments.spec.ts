import { memberOf } from '../support/factories';
import { listen, openDoc, sessionCookie } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import type { Json } from '../support/meeting-fixture';
import { startTestApp, type TestApp } from '../support/test-app';
import { PlanDocumentService } from '../../src/modules/plan';
import { PLAN_COMMENT_MENTION_KIND } from '../../src/modules/plan/comments/plan-comment-notifications';
import { newId, planFixture, writeObjectiveWithAction } from './plan-fixture';

/** Comments on a plan's objectives and actions: threads, resolution, authorship, @organisation mentions, rights. */
describe('plan comments over REST', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterAll(() => t?.close());

  /** A plan with one objective and one action projected into rows, and an observer of the space. */
  const commentedPlan = async () => {
    const f = await planFixture(t, baseUrl);
    const writer = await openDoc(baseUrl, { cookie: f.cookies.facilitator }, f.docId);
    const records = writeObjectiveWithAction(writer.ydoc, f.orgs[0].id);
    await writer.session.whenSaved();
    await t.app.get(PlanDocumentService).flush(f.plan.id);
    writer.client.close();
    const observer = await memberOf(t, f.orgs[2].id);
    await f.ok('POST', `/api/spaces/${f.space.id}/members`, f.cookies.admin, { organisationId: f.orgs[2].id, personId: observer.person.id, role: 'observer' });
    const observerCookie = await sessionCookie(baseUrl, observer.user.email);
    const comments = `/api/plans/${f.plan.id}/comments`;
    const comment = async (cookie: string, body: Record<string, unknown>) => (await f.ok('POST', comments, cookie, body)).comment as Json;
    return { ...f, ...records, observerCookie, comments, comment };
  };

  const mentionNotices = async (f: { ok: (m: string, p: string, c: string) => Promise<Json> }, cookie: string) =>
    ((await f.ok('GET', '/api/notifications?pageSize=100', cookie)).items as Json[]).filter((n) => n.kind === PLAN_COMMENT_MENTION_KIND);

  it('threads replies under their root, lists them oldest first, and counts open threads per record', async () => {
    const f = await commentedPlan();
    const root = await f.comment(f.cookies.member, { recordKind: 'action', recordId: f.actionId, body: '  Chi gestisce il magazzino?  ' });
    expect(root).toMatchObject({
      planId: f.plan.id,
      recordKind: 'action',
      recordId: f.actionId,
      parentId: null,
      body: 'Chi gestisce il magazzino?',
      mentions: [],
      author: { userId: f.member.user.id, name: f.member.user.name, organisation: expect.stringContaining('Cooperativa Il Cerchio') },
      editedAt: null,
      deletedAt: null,
      resolvedAt: null,
      resolvedBy: null,
      can: { edit: true, delete: true, resolve: true, reply: true },
    });
    const reply = await f.comment(f.cookies.facilitator, { recordKind: 'action', recordId: f.actionId, parentId: root.id, body: 'La Caritas.' });
    // A reply to a reply joins the root's thread.
    const nested = await f.comment(f.cookies.third, { recordKind: 'action', recordId: f.actionId, parentId: reply.id, body: 'Confermo.' });
    expect([reply.parentId, nested.parentId]).toEqual([root.id, root.id]);
    expect(reply.can).toEqual({ edit: true, delete: true, resolve: false, reply: true });
    await f.comment(f.cookies.third, { recordKind: 'objective', recordId: f.objectiveId, body: 'Obiettivo chiaro.' });

    const forAction = await f.ok('GET', `${f.comments}?recordKind=action&recordId=${f.actionId}`, f.observerCookie);
    expect(forAction.items.map((c: Json) => c.id)).toEqual([root.id, reply.id, nested.id]);
    // An observer reads but may neither reply nor change anything.
    expect(forAction.items[0].can).toEqual({ edit: false, delete: false, resolve: false, reply: false });
    expect((await f.ok('GET', f.comments, f.cookies.member)).total).toBe(4);
    const counts = await f.ok('GET', `/api/plans/${f.plan.id}/comment-counts`, f.cookies.member);
    expect(counts.counts).toEqual(
      expect.arrayContaining([
        { recordKind: 'action', recordId: f.actionId, open: 1, threads: 1 },
        { recordKind: 'objective', recordId: f.objectiveId, open: 1, threads: 1 },
      ]),
    );
    expect(counts.counts).toHaveLength(2);
  });

  it('resolves and reopens a thread, recording who and when; a facilitator may, another member may not', async () => {
    const f = await commentedPlan();
    const root = await f.comment(f.cookies.member, { recordKind: 'action', recordId: f.actionId, body: 'Manca il budget.' });
    const reply = await f.comment(f.cookies.third, { recordKind: 'action', recordId: f.actionId, parentId: root.id, body: 'Vero.' });
    const path = (id: string) => `${f.comments}/${id}/resolution`;
    const refused = await f.call('POST', path(root.id), f.cookies.third, { resolved: true });
    expect(refused.status).toBe(403);
    // Resolving through a reply resolves its thread.
    const resolved = (await f.ok('POST', path(reply.id), f.cookies.facilitator, { resolved: true })).comment;
    expect(resolved).toMatchObject({ id: root.id, resolvedBy: { userId: f.facilitator.user.id, name: f.facilitator.user.name } });
    expect(Date.now() - Date.parse(resolved.resolvedAt)).toBeLessThan(60_000);
    expect((await f.ok('GET', `/api/plans/${f.plan.id}/comment-counts`, f.cookies.member)).counts).toEqual([
      { recordKind: 'action', recordId: f.actionId, open: 0, threads: 1 },
    ]);
    const reopened = (await f.ok('POST', path(root.id), f.cookies.member, { resolved: false })).comment;
    expect(reopened).toMatchObject({ resolvedAt: null, resolvedBy: null });
    const bad = await f.call('POST', path(root.id), f.cookies.member, { resolved: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'resolved', message: 'must_be_boolean' }]);
  });

  it('lets only the author edit or delete; a deleted comment keeps its place in the thread without its text', async () => {
    const f = await commentedPlan();
    const root = await f.comment(f.cookies.member, { recordKind: 'objective', recordId: f.objectiveId, body: 'Prima versione' });
    const reply = await f.comment(f.cookies.third, { recordKind: 'objective', recordId: f.objectiveId, parentId: root.id, body: 'Risposta' });
    const path = `${f.comments}/${root.id}`;
    expect((await f.call('PATCH', path, f.cookies.facilitator, { body: 'Non mia' })).status).toBe(403);
    expect((await f.call('DELETE', path, f.cookies.third)).status).toBe(403);
    const edited = (await f.ok('PATCH', path, f.cookies.member, { body: 'Seconda versione' })).comment;
    expect(edited).toMatchObject({ body: 'Seconda versione', deletedAt: null });
    expect(edited.editedAt).not.toBeNull();
    expect((await f.call('DELETE', path, f.cookies.member)).status).toBe(204);
    const thread = (await f.ok('GET', `${f.comments}?recordId=${f.objectiveId}`, f.cookies.member)).items;
    expect(thread[0]).toMatchObject({ id: root.id, body: '', deletedAt: expect.any(String), can: { edit: false, delete: false, resolve: false } });
    expect(thread.map((c: Json) => [c.id, c.body, c.parentId])).toEqual([
      [root.id, '', null],
      [reply.id, 'Risposta', root.id],
    ]);
    expect((await f.call('PATCH', path, f.cookies.member, { body: 'Di nuovo' })).status).toBe(409);
    expect((await f.call('DELETE', path, f.cookies.member)).status).toBe(409);
    // A deleted thread is not open any more.
    expect((await f.ok('GET', `/api/plans/${f.plan.id}/comment-counts`, f.cookies.member)).counts).toEqual([
      { recordKind: 'objective', recordId: f.objectiveId, open: 0, threads: 1 },
    ]);
  });

  it("tells a mentioned organisation's people in the space once, and nobody else", async () => {
    const f = await commentedPlan();
    // Affiliated with the mentioned organisation but not sitting in the space: not told.
    const colleague = await memberOf(t, f.orgs[1].id);
    const colleagueCookie = await sessionCookie(baseUrl, colleague.user.email);
    const root = await f.comment(f.cookies.facilitator, {
      recordKind: 'action',
      recordId: f.actionId,
      body: '@Cooperativa Il Cerchio potete coprire il sabato?',
      mentionedOrganisationIds: [f.orgs[1].id, f.orgs[1].id],
    });
    expect(root.mentions).toEqual([{ organisationId: f.orgs[1].id, name: f.orgs[1].name }]);
    // Edited, mentioning the same organisation and a new one: only the new one is told.
    await f.ok('PATCH', `${f.comments}/${root.id}`, f.cookies.facilitator, {
      body: '@Cooperativa Il Cerchio e @ACLI potete coprire il sabato?',
      mentionedOrganisationIds: [f.orgs[1].id, f.orgs[2].id],
    });
    await settleJobs(t.dataSource);
    const told = await mentionNotices(f, f.cookies.member);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      title: expect.stringContaining('menzionata'),
      body: expect.stringContaining(`@${f.orgs[1].name}`),
      link: `/piani/${f.plan.id}?commento=${root.id}`,
    });
    // ACLI sits in the space through a member and an observer: both are its people there.
    expect(await mentionNotices(f, f.cookies.third)).toHaveLength(1);
    expect(await mentionNotices(f, f.observerCookie)).toHaveLength(1);
    // The outsider is of ACLI too, but not in the space; the author is not told of their own mention.
    for (const cookie of [colleagueCookie, f.cookies.outsider, f.cookies.facilitator]) expect(await mentionNotices(f, cookie)).toEqual([]);
  });

  it('refuses observers, outsiders and bad input, with 403, 404 and 400 naming each field', async () => {
    const f = await commentedPlan();
    const input = { recordKind: 'action', recordId: f.actionId, body: 'Una domanda' };
    expect((await f.call('POST', f.comments, f.observerCookie, input)).status).toBe(403);
    expect((await f.call('POST', f.comments, f.cookies.outsider, input)).status).toBe(404);
    expect((await f.call('GET', f.comments, f.cookies.outsider)).status).toBe(404);
    expect((await f.call('GET', `/api/plans/${newId()}/comments`, f.cookies.member)).status).toBe(404);
    expect((await f.call('GET', '/api/plans/nope/comment-counts', f.cookies.member)).status).toBe(404);
    expect((await f.call('PATCH', `${f.comments}/${newId()}`, f.cookies.member, { body: 'x' })).status).toBe(404);
    expect((await f.call('POST', `${f.comments}/${newId()}/resolution`, f.cookies.member, { resolved: true })).status).toBe(404);

    const bad = await f.call('POST', f.comments, f.cookies.member, { recordKind: 'indicator', recordId: 'x', body: ' ', mentionedOrganisationIds: ['y'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'recordKind', message: 'unknown_value' },
        { path: 'recordId', message: 'invalid_id' },
        { path: 'body', message: 'required' },
        { path: 'mentionedOrganisationIds.0', message: 'invalid_id' },
      ]),
    );
    const otherRecord = await f.call('POST', f.comments, f.cookies.member, { ...input, recordId: f.objectiveId });
    expect(otherRecord.body.error.details).toEqual([{ path: 'recordId', message: 'unknown_record' }]);
    const unknownOrg = await f.call('POST', f.comments, f.cookies.member, { ...input, mentionedOrganisationIds: [newId()] });
    expect(unknownOrg.body.error.details).toEqual([{ path: 'mentionedOrganisationIds.0', message: 'unknown_organisation' }]);
    const noParent = await f.call('POST', f.comments, f.cookies.member, { ...input, parentId: newId() });
    expect(noParent.body.error.details).toEqual([{ path: 'parentId', message: 'unknown_comment' }]);
    const onObjective = await f.comment(f.cookies.member, { recordKind: 'objective', recordId: f.objectiveId, body: 'Sull’obiettivo' });
    const crossed = await f.call('POST', f.comments, f.cookies.member, { ...input, parentId: onObjective.id });
    expect(crossed.body.error.details).toEqual([{ path: 'parentId', message: 'other_record' }]);
    const tooLong = await f.call('POST', f.comments, f.cookies.member, { ...input, body: 'x'.repeat(5001) });
    expect(tooLong.body.error.details).toEqual([{ path: 'body', message: 'too_long' }]);
  });

  it('keeps comments open once the plan is submitted, when its document no longer takes edits', async () => {
    const f = await commentedPlan();
    await f.ok('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.facilitator, { transition: 'submit' });
    expect((await f.read(f.cookies.member)).can['plan.write']).toBe(false);
    const c = await f.comment(f.cookies.member, { recordKind: 'action', recordId: f.actionId, body: 'Da monitorare nel 2026.' });
    expect(c.can).toMatchObject({ edit: true, reply: true });
  });
});
