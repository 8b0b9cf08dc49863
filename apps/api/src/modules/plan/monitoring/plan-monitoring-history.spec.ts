import type { MonitoredAction } from '@cantiere/domain';
import { monitoredActionsBefore, type PastEntry } from './plan-monitoring-history';

const A = '00000000-0000-4000-8000-00000000000a';
const M = '00000000-0000-4000-8000-000000000001';

const now: MonitoredAction = {
  actionId: A,
  status: 'completed',
  progress: 100,
  weight: 1,
  spent: [{ fundingSource: 'fnps', spentCents: 900 }],
  spentTotalCents: 900,
  milestones: [{ id: M, title: 'Apertura', date: '2026-03-01', done: true, overdue: false }],
  overdue: false,
  lastUpdatedAt: null,
  can: { 'plan.monitor': false },
};
const entry = (field: string, previousValue: unknown, over: Partial<PastEntry> = {}): PastEntry => ({
  actionId: A,
  recordId: A,
  field,
  subject: null,
  previousValue,
  ...over,
});

describe('monitored values at a past date: today’s values with the later entries undone, newest first', () => {
  it('puts back status, progress, spending (total recomputed) and milestones, in reverse order of writing', () => {
    const [before] = monitoredActionsBefore(
      [now],
      [
        entry('progress', 70),
        entry('status', 'in_progress'),
        entry('spent', 500, { subject: 'fnps' }),
        entry('spent', 0, { subject: 'pn_inclusione_fse' }),
        entry('milestone_done', false, { recordId: M }),
        entry('milestone_date', '2026-01-31', { recordId: M }),
        // An older change of the same field: undone after the newer one, so it wins.
        entry('progress', 40),
      ],
    );
    expect(before).toMatchObject({ status: 'in_progress', progress: 40, spentTotalCents: 500 });
    expect(before.spent).toEqual([
      { fundingSource: 'fnps', spentCents: 500 },
      { fundingSource: 'pn_inclusione_fse', spentCents: 0 },
    ]);
    expect(before.milestones[0]).toMatchObject({ date: '2026-01-31', done: false });
  });

  it('leaves today’s values with no later entry, and never changes its input', () => {
    expect(monitoredActionsBefore([now], [])).toEqual([now]);
    monitoredActionsBefore([now], [entry('progress', 10), entry('observation', null), entry('spent', 1, { subject: 'fnps' })]);
    expect(now).toMatchObject({ progress: 100, spent: [{ fundingSource: 'fnps', spentCents: 900 }] });
  });
});
