import { actionLateness, isActionOverdue, isMilestoneOverdue } from './plan-monitoring';

const TODAY = '2026-03-10';
const milestone = (date: string, done = false) => ({ date, done, title: `Tappa ${date}` });

describe('the one overdue rule of plans (job, monitoring section, board)', () => {
  it('an open action is late after its end date, not on it, and for each milestone passed undone', () => {
    const milestones = [milestone('2026-01-31'), milestone('2026-02-28', true), milestone('2026-03-10'), milestone('2026-03-09')];
    expect(actionLateness({ status: 'in_progress', endDate: '2026-03-09', milestones }, TODAY)).toEqual({
      endPassed: true,
      overdueMilestones: [milestones[0], milestones[3]],
    });
    expect(actionLateness({ status: 'in_progress', endDate: TODAY, milestones: [] }, TODAY)).toBeNull();
    expect(actionLateness({ status: 'planned', endDate: null, milestones: [milestone('2026-03-11')] }, TODAY)).toBeNull();
    expect(actionLateness({ status: 'suspended', endDate: null, milestones: [milestones[0]] }, TODAY)).toEqual({
      endPassed: false,
      overdueMilestones: [milestones[0]],
    });
  });

  it('a completed or cancelled action is never late, neither itself nor its milestones', () => {
    for (const status of ['completed', 'cancelled'] as const) {
      const action = { status, endDate: '2025-12-31', milestones: [milestone('2025-06-30')] };
      expect(actionLateness(action, TODAY)).toBeNull();
      expect(isActionOverdue(action, TODAY)).toBe(false);
      expect(isMilestoneOverdue(action.milestones[0], action, TODAY)).toBe(false);
    }
    expect(isMilestoneOverdue(milestone('2025-06-30'), { status: 'in_progress' }, TODAY)).toBe(true);
  });
});
