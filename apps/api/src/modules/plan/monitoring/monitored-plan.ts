import { planProgress, type AdoptedPlan, type MonitoredAction, type PlanDetail, type PlanIndicator } from '@cantiere/domain';

/**
 * The adopted plan with what monitoring reported laid over it (for the annual report): each action's status, progress,
 * spending by funding source and milestones as monitored, and the indicators' observed values as recorded since
 * (the frozen record holds only those observed before adoption). Everything else (titles, leads, planned money,
 * targets) stays as adopted. Pure, so the report's arithmetic is tested without a database.
 */
export function withMonitoredValues<P extends AdoptedPlan>(
  plan: P,
  monitored: readonly MonitoredAction[],
  observed: readonly Pick<PlanIndicator, 'id' | 'observations'>[],
): P {
  const byAction = new Map(monitored.map((m) => [m.actionId, m]));
  const observations = new Map(observed.map((i) => [i.id, i.observations]));
  return {
    ...plan,
    actions: plan.actions.map((a) => {
      const m = byAction.get(a.id);
      if (!m) return a;
      const spent = new Map(m.spent.map((s) => [s.fundingSource, s.spentCents]));
      const budget = a.budget.map((b) => ({ ...b, spentCents: spent.get(b.fundingSource) ?? b.spentCents }));
      // Money reported on a source the action had planned nothing on still counts as spent.
      for (const [fundingSource, spentCents] of spent)
        if (!budget.some((b) => b.fundingSource === fundingSource)) budget.push({ fundingSource, plannedCents: 0, spentCents });
      const milestones = a.milestones
        .map((x) => {
          const reported = m.milestones.find((y) => y.id === x.id);
          return reported ? { ...x, date: reported.date, done: reported.done } : x;
        })
        .sort((x, y) => x.date.localeCompare(y.date) || x.title.localeCompare(y.title));
      return { ...a, status: m.status, progress: m.progress, budget, spentTotalCents: budget.reduce((t, b) => t + b.spentCents, 0), milestones };
    }),
    indicators: plan.indicators.map((i) => ({ ...i, observations: observations.get(i.id) ?? i.observations })),
  };
}

/**
 * A plan as its screens show it once adopted: the rows (which keep the adopted values) with the monitored status,
 * progress, spending and milestones of each action, and the progress of objectives and plan rolled up again from
 * them by the same weighted rule (`planProgress`).
 */
export function withMonitoredDetail(detail: PlanDetail, monitored: readonly MonitoredAction[]): PlanDetail {
  const overlaid = withMonitoredValues(detail, monitored, detail.indicators);
  const rollUp = planProgress(overlaid.actions);
  return {
    ...overlaid,
    progress: rollUp.plan,
    objectives: overlaid.objectives.map((o) => ({ ...o, progress: rollUp.byObjective.get(o.id) ?? null })),
  };
}
