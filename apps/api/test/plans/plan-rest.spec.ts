import { listen } from '../support/collab-harness';
import { startTestApp, type TestApp } from '../support/test-app';
import { planFixture } from './plan-fixture';

describe('action plans over REST: create, list, read, header, submit', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterAll(() => t?.close());

  it('creates a draft plan in a space and reads it back empty, with its document id and rights', async () => {
    const f = await planFixture(t, baseUrl);
    expect(f.plan).toMatchObject({
      spaceId: f.space.id,
      spaceName: f.space.name,
      title: 'Piano del tavolo 2025-2027',
      startYear: 2025,
      endYear: 2027,
      status: 'draft',
      adoptingAct: { decisionId: null, body: null, number: null, date: null },
      docId: `action-plan:${f.plan.id}`,
      progress: null,
      counts: { objectives: 0, actions: 0, indicators: 0, problems: 0 },
      plannedTotalCents: 0,
      access: 'write',
      can: { 'plan.write': true, 'plan.submit': true, 'plan.adopt': false, 'plan.comment': true },
      objectives: [],
      actions: [],
      indicators: [],
      problems: [],
    });
    const list = await f.call('GET', `/api/plans?spaceId=${f.space.id}`, f.cookies.member);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, items: [{ id: f.plan.id, access: 'write', can: { 'plan.submit': false } }] });
    expect((await f.call('GET', `/api/plans?spaceId=${f.space.id}&status=submitted`, f.cookies.member)).body.items).toEqual([]);
  });

  it('refuses bad input with a 400 naming each field', async () => {
    const f = await planFixture(t, baseUrl);
    const bad = await f.call('POST', '/api/plans', f.cookies.facilitator, { spaceId: 'nope', title: 'P', startYear: 2027, endYear: 2025.5 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'spaceId', message: 'invalid_id' },
        { path: 'title', message: 'too_short' },
        { path: 'endYear', message: 'must_be_integer' },
      ]),
    );
    const backwards = await f.call('POST', '/api/plans', f.cookies.facilitator, { spaceId: f.space.id, title: 'Piano', startYear: 2027, endYear: 2025 });
    expect(backwards.body.error.details).toEqual([{ path: 'endYear', message: 'ends_before_start' }]);
    const noSpace = await f.call('POST', '/api/plans', f.cookies.facilitator, {
      spaceId: '3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f',
      title: 'Piano',
      startYear: 2025,
      endYear: 2027,
    });
    expect([noSpace.status, noSpace.body.error.details]).toEqual([400, [{ path: 'spaceId', message: 'unknown_space' }]]);
    const empty = await f.call('PATCH', `/api/plans/${f.plan.id}`, f.cookies.facilitator, {});
    expect([empty.status, empty.body.error.details]).toEqual([400, [{ path: '(body)', message: 'empty_update' }]]);
    // The stored start year is 2025: an end before it is refused though the body names only the end.
    const early = await f.call('PATCH', `/api/plans/${f.plan.id}`, f.cookies.facilitator, { endYear: 2024 });
    expect([early.status, early.body.error.details]).toEqual([400, [{ path: 'endYear', message: 'ends_before_start' }]]);
    const act = await f.call('PATCH', `/api/plans/${f.plan.id}`, f.cookies.facilitator, {
      adoptingAct: { decisionId: '3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f', date: '2024-02-30' },
    });
    expect([act.status, act.body.error.details]).toEqual([400, [{ path: 'adoptingAct.date', message: 'invalid_date' }]]);
    const unknownDecision = await f.call('PATCH', `/api/plans/${f.plan.id}`, f.cookies.facilitator, {
      adoptingAct: { decisionId: '3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f' },
    });
    expect([unknownDecision.status, unknownDecision.body.error.details]).toEqual([400, [{ path: 'adoptingAct.decisionId', message: 'unknown_decision' }]]);
    expect((await f.call('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.facilitator, { transition: 'adopt' })).body.error.details).toEqual([
      { path: 'transition', message: 'unknown_value' },
    ]);
    expect((await f.call('GET', '/api/plans', f.cookies.member)).body.error.details).toEqual([{ path: 'spaceId', message: expect.any(String) }]);
    expect((await f.call('GET', '/api/plans/not-a-uuid', f.cookies.member)).status).toBe(404);
  });

  it('updates the header and the adopting act, and records the change in the audit trail', async () => {
    const f = await planFixture(t, baseUrl);
    const res = await f.call('PATCH', `/api/plans/${f.plan.id}`, f.cookies.member, {
      title: 'Piano di Zona 2025-2027 - Area povertà e inclusione',
      endYear: 2028,
      adoptingAct: { body: 'Assemblea dei Sindaci', number: '12/2024', date: '2024-12-18' },
    });
    expect(res.status).toBe(200);
    expect(res.body.plan).toMatchObject({
      title: 'Piano di Zona 2025-2027 - Area povertà e inclusione',
      endYear: 2028,
      adoptingAct: { decisionId: null, body: 'Assemblea dei Sindaci', number: '12/2024', date: '2024-12-18' },
    });
    const [{ details: entry }] = await t.dataSource.query(
      `SELECT details FROM audit_log WHERE entity_type = 'plan' AND entity_id = $1 AND action = 'plan.update'`,
      [f.plan.id],
    );
    expect(entry.after).toMatchObject({ title: 'Piano di Zona 2025-2027 - Area povertà e inclusione', endYear: 2028, adoptingActNumber: '12/2024' });
    expect(entry.before).toMatchObject({ title: 'Piano del tavolo 2025-2027', endYear: 2027, adoptingActNumber: null });
  });

  it('submits a draft (then the header is read-only), refuses to submit it twice, and withdraws it back to a draft', async () => {
    const f = await planFixture(t, baseUrl);
    expect((await f.call('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.member, { transition: 'submit' })).status).toBe(403);
    const submitted = await f.call('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.facilitator, { transition: 'submit' });
    expect(submitted.status).toBe(200);
    expect(submitted.body.plan).toMatchObject({ status: 'submitted', access: 'read', can: { 'plan.write': false, 'plan.submit': true, 'plan.adopt': true } });
    expect(submitted.body.plan.submittedAt).not.toBeNull();
    expect((await f.call('PATCH', `/api/plans/${f.plan.id}`, f.cookies.member, { title: 'Nuovo titolo' })).status).toBe(403);
    const twice = await f.call('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.facilitator, { transition: 'submit' });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'conflict']);
    const withdrawn = await f.call('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.facilitator, { transition: 'withdraw' });
    expect(withdrawn.body.plan).toMatchObject({ status: 'draft', submittedAt: null, access: 'write' });
  });

  it('hides a plan of a members-only space from outsiders and lets observers read it', async () => {
    const f = await planFixture(t, baseUrl);
    expect((await f.call('GET', `/api/plans/${f.plan.id}`, f.cookies.outsider)).status).toBe(404);
    expect((await f.call('GET', `/api/plans?spaceId=${f.space.id}`, f.cookies.outsider)).status).toBe(404);
    expect((await f.call('GET', `/api/plans/${f.plan.id}`, null)).status).toBe(401);
  });
});
