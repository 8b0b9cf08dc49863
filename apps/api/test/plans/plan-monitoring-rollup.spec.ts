import { PlanMonitoringService } from '../../src/modules/plan/monitoring';
import { listen } from '../support/collab-harness';
import { startTestApp, type TestApp } from '../support/test-app';
import { monitoredPlanFixture } from './monitoring-fixture';

describe('monitoring roll-up: weighted progress without the cancelled actions, indicator states', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterAll(() => t?.close());

  it('rolls progress up to objective and plan as sum(w*p)/sum(w) over the actions not cancelled, as they are monitored', async () => {
    const f = await monitoredPlanFixture(t, baseUrl, [
      { progress: 50, weight: 1 },
      { progress: 100, weight: 3 },
      { progress: 20, weight: 2 },
      { progress: 90, weight: 0 },
    ]);
    await f.adopt();
    const [a, , c] = f.actions.map((x) => x.actionId);
    // (50*1 + 100*3 + 20*2 + 90*0) / (1 + 3 + 2 + 0) = 390 / 6
    let m = await f.monitoring();
    expect(m.progress).toBe(65);
    expect(m.objectives).toEqual([{ objectiveId: f.objectiveId, progress: 65 }]);
    // Cancelling an action takes it out: (50 + 300) / 4
    expect((await f.update(c, { status: 'cancelled', note: 'Fondi non confermati' })).status).toBe(201);
    m = await f.monitoring();
    expect(m.progress).toBe(87.5);
    // (80 + 300) / 4 = 95; then 7 out of 3: (7 + 300) / 4 = 76.75, shown with one decimal
    await f.update(a, { progress: 80 });
    expect((await f.monitoring()).progress).toBe(95);
    await f.update(a, { progress: 7 });
    m = await f.monitoring();
    expect(m.progress).toBe(76.8);
    expect(m.objectives[0].progress).toBe(76.8);
    // What exports read: the same state, without the caller's rights.
    const current = await t.app.get(PlanMonitoringService).current(f.planId);
    expect({ ...current, actions: current!.actions.map(({ can: _, ...rest }) => rest), indicators: [] }).toEqual({
      ...m,
      actions: m.actions.map(({ can: _, ...rest }: { can: unknown }) => rest),
      indicators: [],
    });
    expect(m.actions.map((x: { progress: number; status: string }) => [x.progress, x.status])).toEqual([
      [7, 'in_progress'],
      [100, 'in_progress'],
      [20, 'cancelled'],
      [90, 'in_progress'],
    ]);
  });

  it('judges an indicator by its latest observed value against the target and the acceptable range', async () => {
    const f = await monitoredPlanFixture(t, baseUrl);
    await f.adopt();
    const observe = (date: string, value: number) =>
      f.ok('POST', `/api/plans/${f.planId}/indicators/${f.indicatorId}/observations`, f.cookies.member, {
        date,
        value,
        note: 'Dati del servizio',
        source: 'Cartella sociale',
      });
    expect((await f.monitoring()).indicators[0]).toMatchObject({ latest: null, state: null, can: { 'plan.monitor': true } });
    // Target 100 (higher is better), acceptable 80-120.
    const states: [string, number, string][] = [
      ['2025-03-31', 90, 'at_risk'],
      ['2025-06-30', 130, 'on_track'],
      ['2025-09-30', 50, 'off_track'],
    ];
    for (const [date, value, state] of states) {
      const { monitoring } = await observe(date, value);
      expect(monitoring.indicators[0]).toMatchObject({ latest: { date, value, note: 'Dati del servizio', source: 'Cartella sociale' }, state });
    }
    // An older value recorded late does not become the latest.
    const { monitoring } = await observe('2025-01-31', 100);
    expect(monitoring.indicators[0]).toMatchObject({ latest: { date: '2025-09-30', value: 50 }, state: 'off_track' });
    expect((await f.read()).indicators[0].observations.map((o: { value: number }) => o.value)).toEqual([100, 90, 130, 50]);
  });
});
