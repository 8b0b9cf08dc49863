import { listen } from '../support/collab-harness';
import type { Json } from '../support/meeting-fixture';
import { startTestApp, type TestApp } from '../support/test-app';
import { monitoredPlanFixture } from './monitoring-fixture';

describe('once adopted, the plan’s screens show the monitored values, not the adopted ones', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterAll(() => t?.close());

  it('the plan (header, overview, board), the list of plans and the organisation’s actions read the monitoring', async () => {
    const f = await monitoredPlanFixture(t, baseUrl, [
      { progress: 20, weight: 1, milestones: [{ date: '2099-01-31', title: 'Apertura' }] },
      { progress: 40, weight: 1 },
    ]);
    await f.adopt();
    const [first, second] = f.actions;
    expect(
      (await f.update(first.actionId, { progress: 60, status: 'suspended', spent: { fnps: 700_000 }, milestones: { [first.milestoneIds[0]]: { done: true } } }))
        .status,
    ).toBe(201);
    expect((await f.update(second.actionId, { status: 'cancelled' })).status).toBe(201);
    // The rows keep the adopted values.
    const rows = await t.dataSource.query('SELECT status, progress FROM plan_actions WHERE plan_id = $1 ORDER BY order_key', [f.planId]);
    expect(rows).toEqual([
      { status: 'in_progress', progress: 20 },
      { status: 'in_progress', progress: 40 },
    ]);

    const plan = await f.read(f.cookies.member);
    expect(plan.actions.map((a: Json) => [a.status, a.progress, a.spentTotalCents, a.milestones.map((m: Json) => m.done)])).toEqual([
      ['suspended', 60, 700_000, [true]],
      ['cancelled', 40, 100_000, []],
    ]);
    // The cancelled action no longer counts: 60, not (20 + 40) / 2.
    expect(plan.progress).toBe(60);
    expect(plan.objectives[0].progress).toBe(60);
    const monitoring = await f.monitoring();
    expect([monitoring.progress, monitoring.objectives[0].progress]).toEqual([plan.progress, plan.objectives[0].progress]);

    const list = await f.ok('GET', `/api/plans?spaceId=${f.space.id}`, f.cookies.member);
    expect(list.items.find((p: Json) => p.id === f.planId).progress).toBe(60);

    const mine = (await f.ok('GET', `/api/organisations/${f.orgs[1].id}/plan-actions`, f.cookies.member)).items.filter((a: Json) => a.planId === f.planId);
    expect(mine.map((a: Json) => [a.actionId, a.status, a.progress])).toEqual([
      [first.actionId, 'suspended', 60],
      [second.actionId, 'cancelled', 40],
    ]);

    // The differences from the adopted version compare records as co-designed: monitoring is no change.
    const { diff } = await f.ok('GET', `/api/plans/${f.planId}/diff`, f.cookies.member);
    expect([diff.objectives, diff.actions, diff.budgets]).toEqual([[], [], []]);
    // And the adopted record keeps the adopted values.
    const { adopted } = await f.ok('GET', `/api/plans/${f.planId}/adopted`, f.cookies.member);
    expect(adopted.record.plan.actions.map((a: Json) => [a.status, a.progress])).toEqual([
      ['in_progress', 20],
      ['in_progress', 40],
    ]);
  }, 60_000);
});
