import { listen } from '../support/collab-harness';
import { startTestApp, type TestApp } from '../support/test-app';
import { monitoredPlanFixture, reviseAndAdoptByRowsForTest } from './monitoring-fixture';

describe('monitoring an adopted plan: updates with their history, validation, permissions', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterAll(() => t?.close());

  it('records status, progress, spending and milestones with previous values, newest first, and leaves the adopted rows as adopted', async () => {
    const f = await monitoredPlanFixture(t, baseUrl, [{ progress: 10, milestones: [{ date: '2099-03-31', title: 'Apertura emporio' }] }]);
    await f.adopt();
    const [{ actionId, milestoneIds }] = f.actions;
    const first = await f.update(actionId, {
      status: 'in_progress',
      progress: 40,
      spent: { fnps: 250_000, fondo_poverta_servizi: 50_000 },
      milestones: { [milestoneIds[0]]: { done: true } },
      note: 'Primo trimestre',
    });
    expect(first.status).toBe(201);
    const action = first.body.monitoring.actions[0];
    expect(action).toMatchObject({
      actionId,
      status: 'in_progress',
      progress: 40,
      spent: [
        { fundingSource: 'fnps', spentCents: 250_000 },
        { fundingSource: 'fondo_poverta_servizi', spentCents: 50_000 },
      ].sort((a, b) => a.fundingSource.localeCompare(b.fundingSource)),
      spentTotalCents: 300_000,
      milestones: [{ id: milestoneIds[0], title: 'Apertura emporio', date: '2099-03-31', done: true, overdue: false }],
      can: { 'plan.monitor': true },
    });
    expect(action.lastUpdatedAt).not.toBeNull();

    const second = await f.update(actionId, { progress: 60, milestones: { [milestoneIds[0]]: { date: '2099-04-30' } } });
    expect(second.status).toBe(201);
    const timeline = await f.timeline(actionId);
    expect(
      timeline.map((e: { field: string; subject: string | null; previous: unknown; value: unknown; note: string | null }) => [
        e.field,
        e.subject,
        e.previous,
        e.value,
        e.note,
      ]),
    ).toEqual([
      ['progress', null, 40, 60, null],
      ['milestone_date', 'Apertura emporio', '2099-03-31', '2099-04-30', null],
      // status stayed in_progress: no entry for it
      ['progress', null, 10, 40, 'Primo trimestre'],
      ['spent', 'fnps', 100_000, 250_000, 'Primo trimestre'],
      ['spent', 'fondo_poverta_servizi', 0, 50_000, 'Primo trimestre'],
      ['milestone_done', 'Apertura emporio', false, true, 'Primo trimestre'],
    ]);
    expect(timeline[0]).toMatchObject({
      authorName: expect.any(String),
      organisationName: expect.stringContaining('Cooperativa Il Cerchio'),
      planId: f.planId,
    });

    // The adopted rows (and so the adopted record and its exports) keep the values adopted.
    const [row] = await t.dataSource.query('SELECT progress, status FROM plan_actions WHERE id = $1', [actionId]);
    expect(row).toEqual({ progress: 10, status: 'in_progress' });
    const [budget] = await t.dataSource.query('SELECT spent_cents FROM plan_action_budgets WHERE action_id = $1', [actionId]);
    expect(Number(budget.spent_cents)).toBe(100_000);
    const [milestone] = await t.dataSource.query(`SELECT done, to_char(due_on, 'YYYY-MM-DD') AS date FROM plan_milestones WHERE action_id = $1`, [actionId]);
    expect(milestone).toEqual({ done: false, date: '2099-03-31' });
    // The plan's screens show the monitored values.
    const detail = await f.read();
    expect(detail.actions[0]).toMatchObject({
      progress: 60,
      status: 'in_progress',
      spentTotalCents: 300_000,
      milestones: [{ done: true, date: '2099-04-30' }],
    });
    expect((await f.monitoring()).progress).toBe(60);
  });

  it('refuses bad input with a 400 naming each field, and a plan that is not adopted with a 409', async () => {
    const f = await monitoredPlanFixture(t, baseUrl);
    const { actionId } = f.actions[0];
    expect((await f.update(actionId, { progress: 30 })).status).toBe(409);
    await f.adopt();
    const tooMuch = await f.update(actionId, { progress: 101, spent: { fnps: -5 }, status: 'finished' });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'progress', message: 'too_large' },
        { path: 'spent.fnps', message: 'must_not_be_negative' },
        { path: 'status', message: 'unknown_value' },
      ]),
    );
    const unknown = await f.update(actionId, { spent: { fondo_inventato: 100 }, milestones: { '3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f': { done: true } } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([
      { path: 'spent.fondo_inventato', message: 'unknown_funding_source' },
      { path: 'milestones.3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f', message: 'unknown_milestone' },
    ]);
    expect((await f.update(actionId, {})).body.error.details).toEqual([{ path: '(body)', message: 'empty_update' }]);
    expect((await f.update(actionId, { progress: 0 })).body.error.details).toEqual([{ path: '(body)', message: 'no_change' }]);
    const observation = await f.call('POST', `/api/plans/${f.planId}/indicators/${f.indicatorId}/observations`, f.cookies.member, {
      date: '2025-02-30',
      value: 'molti',
    });
    expect(observation.status).toBe(400);
    expect(observation.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'date', message: 'invalid_date' },
        { path: 'value', message: 'must_be_number' },
      ]),
    );
    expect((await f.update('3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f', { progress: 5 })).status).toBe(404);
    // Nothing of the refused updates was kept.
    expect(await f.timeline(actionId)).toEqual([]);
  });

  it('lets the lead organisation, facilitators and administrators report; refuses another organisation, an observer and outsiders', async () => {
    const f = await monitoredPlanFixture(t, baseUrl);
    await f.adopt();
    const { actionId } = f.actions[0];
    const third = await f.update(actionId, { progress: 5 }, f.cookies.third);
    expect(third.status).toBe(403);
    expect(third.body.error.code).toBe('forbidden');
    expect((await f.update(actionId, { progress: 5 }, f.cookies.observer)).status).toBe(403);
    expect((await f.update(actionId, { progress: 5 }, f.cookies.outsider)).status).toBe(404);
    const observe = (cookie: string) =>
      f.call('POST', `/api/plans/${f.planId}/indicators/${f.indicatorId}/observations`, cookie, { date: '2025-06-30', value: 90 });
    expect((await observe(f.cookies.third)).status).toBe(403);
    expect((await observe(f.cookies.observer)).status).toBe(403);
    expect((await f.monitoring(f.cookies.third)).actions[0].can).toEqual({ 'plan.monitor': false });
    expect((await f.monitoring(f.cookies.observer)).indicators[0].can).toEqual({ 'plan.monitor': false });
    expect((await f.update(actionId, { progress: 10 }, f.cookies.member)).status).toBe(201);
    expect((await f.update(actionId, { progress: 20 }, f.cookies.facilitator)).status).toBe(201);
    expect((await f.update(actionId, { progress: 30 }, f.cookies.admin)).status).toBe(201);
    expect((await observe(f.cookies.member)).status).toBe(201);
    expect((await f.timeline(actionId, f.cookies.observer)).map((e: { field: string; value: unknown }) => [e.field, e.value])).toEqual([
      ['observation', { date: '2025-06-30', value: 90, source: null }],
      ['progress', 30],
      ['progress', 20],
      ['progress', 10],
    ]);
  });

  it('carries the monitored values and the timeline over to a revision that keeps the record ids', async () => {
    const f = await monitoredPlanFixture(t, baseUrl, [{ progress: 10, milestones: [{ date: '2099-03-31', title: 'Apertura emporio' }] }]);
    await f.adopt();
    const [{ actionId, milestoneIds }] = f.actions;
    await f.update(actionId, { progress: 35, spent: { fnps: 400_000 }, milestones: { [milestoneIds[0]]: { done: true } }, note: 'Prima della revisione' });
    await f.ok('POST', `/api/plans/${f.planId}/indicators/${f.indicatorId}/observations`, f.cookies.member, { date: '2025-06-30', value: 110 });

    const revised = await reviseAndAdoptByRowsForTest(t, f.planId);
    const m = await f.monitoring(f.cookies.member, revised);
    expect(m.lineageId).toBe(f.planId);
    expect(m.actions[0]).toMatchObject({ actionId, progress: 35, spent: [{ fundingSource: 'fnps', spentCents: 400_000 }], milestones: [{ done: true }] });
    expect(m.indicators[0]).toMatchObject({ latest: { value: 110 }, state: 'on_track' });

    expect((await f.update(actionId, { progress: 50 }, f.cookies.member, revised)).status).toBe(201);
    const timeline = await f.timeline(actionId, f.cookies.member, revised);
    expect(timeline.map((e: { field: string; previous: unknown; value: unknown; planId: string }) => [e.field, e.previous, e.planId])).toEqual([
      ['progress', 35, revised],
      ['observation', null, f.planId],
      ['progress', 10, f.planId],
      ['spent', 100_000, f.planId],
      ['milestone_done', false, f.planId],
    ]);
    // The superseded plan takes no more updates.
    expect((await f.call('GET', `/api/plans/${f.planId}/monitoring`, f.cookies.member)).body.monitoring.open).toBe(false);
  });
});
