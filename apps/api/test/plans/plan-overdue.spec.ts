import { PlanOverdueService } from '../../src/modules/plan/monitoring';
import { listen } from '../support/collab-harness';
import { startTestApp, type TestApp } from '../support/test-app';
import { monitoredPlanFixture } from './monitoring-fixture';

describe('overdue milestones and actions of adopted plans', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterAll(() => t?.close());

  const notices = (userId: string) =>
    t.dataSource.query(
      `SELECT data->>'what' AS what, data->>'title' AS title, data->>'dueOn' AS "dueOn", link FROM notifications WHERE user_id = $1 AND kind = 'plan_overdue' ORDER BY 1, 2, 3`,
      [userId],
    );

  it('flags what is overdue, tells the lead organisation once per item, and shows it on the plan', async () => {
    const f = await monitoredPlanFixture(t, baseUrl, [
      {
        endDate: '2025-06-30',
        milestones: [
          { date: '2025-03-31', title: 'Convenzione firmata' },
          { date: '2025-04-30', title: 'Sportello aperto', done: true },
          { date: '2099-01-31', title: 'Valutazione finale' },
        ],
      },
      // Completed with a milestone left undone: a completed action has nothing left to do, so neither is ever late.
      { endDate: '2025-06-30', status: 'completed', progress: 100, milestones: [{ date: '2025-03-31', title: 'Relazione finale' }] },
      { endDate: '2099-12-31' },
    ]);
    const overdue = t.app.get(PlanOverdueService);
    const at = new Date('2025-07-15T08:00:00Z');
    // A draft is co-edited, not monitored: nothing is flagged.
    await overdue.flagOverdue(at);
    expect(await notices(f.member.user.id)).toEqual([]);

    await f.adopt();
    await overdue.flagOverdue(at);
    const told = [
      { what: 'action', title: 'Azione 1', dueOn: '2025-06-30', link: `/piani/${f.planId}` },
      { what: 'milestone', title: 'Convenzione firmata', dueOn: '2025-03-31', link: `/piani/${f.planId}` },
    ];
    expect(await notices(f.member.user.id)).toEqual(told);
    // Once per item: the next morning's run adds nothing; another organisation hears nothing.
    await overdue.flagOverdue(new Date('2025-07-16T08:00:00Z'));
    expect(await notices(f.member.user.id)).toEqual(told);
    expect(await notices(f.third.user.id)).toEqual([]);
    const flags = await t.dataSource.query(`SELECT record_kind, due_on::text FROM plan_overdue_notices WHERE plan_id = $1 ORDER BY 1`, [f.planId]);
    expect(flags).toEqual([
      { record_kind: 'action', due_on: '2025-06-30' },
      { record_kind: 'milestone', due_on: '2025-03-31' },
    ]);

    // The plan shows what is overdue today (the dates above are long past).
    const m = await f.monitoring();
    expect(m.overdue).toEqual({ actions: 1, milestones: 1 });
    expect(m.actions.map((a: { overdue: boolean }) => a.overdue)).toEqual([true, false, false]);
    expect(m.actions[0].milestones.map((x: { title: string; overdue: boolean }) => [x.title, x.overdue])).toEqual([
      ['Convenzione firmata', true],
      ['Sportello aperto', false],
      ['Valutazione finale', false],
    ]);
    expect(m.actions[1].milestones.map((x: { title: string; overdue: boolean }) => [x.title, x.overdue])).toEqual([['Relazione finale', false]]);

    // Moved to a new date and missed again, the milestone is told anew.
    const [{ actionId, milestoneIds }] = f.actions;
    await f.update(actionId, { milestones: { [milestoneIds[0]]: { date: '2025-09-30' } } });
    await overdue.flagOverdue(new Date('2025-10-01T08:00:00Z'));
    expect((await notices(f.member.user.id)).map((n: { dueOn: string }) => n.dueOn)).toEqual(['2025-06-30', '2025-03-31', '2025-09-30']);
    // Completed, the action and its milestones are no longer overdue, on the plan and for the job.
    expect((await f.monitoring()).overdue).toEqual({ actions: 1, milestones: 1 });
    await f.update(actionId, { status: 'completed', progress: 100, milestones: { [milestoneIds[0]]: { date: '2025-10-31' } } });
    expect((await f.monitoring()).overdue).toEqual({ actions: 0, milestones: 0 });
    await overdue.flagOverdue(new Date('2025-11-15T08:00:00Z'));
    expect(await notices(f.member.user.id)).toHaveLength(3);
  });
});
