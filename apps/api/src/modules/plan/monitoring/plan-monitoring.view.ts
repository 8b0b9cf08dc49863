import {
  actionLateness,
  indicatorState,
  planProgress,
  roundProgress,
  type MonitoredAction,
  type MonitoredIndicator,
  type PlanActionStatus,
  type PlanMonitoring,
} from '@cantiere/domain';
import type { MonitoringRows } from './plan-monitoring.repository';

/** An action as it stands now: the adopted values, overridden by what was reported since. */
export interface CurrentAction {
  id: string;
  objectiveId: string;
  leadOrganisationId: string | null;
  title: string;
  endDate: string | null;
  status: PlanActionStatus;
  progress: number;
  weight: number;
  spent: Map<string, number>;
  milestones: { id: string; title: string; date: string; done: boolean }[];
}

/** The adopted rows with the monitoring rows laid over them; the adopted rows themselves are never changed. */
export function currentActions(rows: MonitoringRows): CurrentAction[] {
  return rows.actions.map((a) => {
    const state = rows.states.find((s) => s.actionId === a.id);
    const spent = new Map(rows.budgets.filter((b) => b.actionId === a.id).map((b) => [b.fundingSource, b.spentCents]));
    for (const s of rows.spending.filter((s) => s.actionId === a.id)) spent.set(s.fundingSource, s.spentCents);
    const milestones = rows.milestones
      .filter((m) => m.actionId === a.id)
      .map((m) => {
        const reported = rows.milestoneStates.find((s) => s.actionId === a.id && s.milestoneId === m.id);
        return { id: m.id, title: m.title, date: reported?.dueOn ?? m.dueOn, done: reported?.done ?? m.done };
      })
      .sort((x, y) => x.date.localeCompare(y.date) || x.title.localeCompare(y.title));
    return {
      id: a.id,
      objectiveId: a.objectiveId,
      leadOrganisationId: a.leadOrganisationId,
      title: a.title,
      endDate: a.endDate,
      status: state?.status ?? a.status,
      progress: state?.progress ?? a.progress,
      weight: a.weight,
      spent,
      milestones,
    };
  });
}

export function toMonitoring(
  plan: { id: string; status: PlanMonitoring['planStatus']; open: boolean },
  lineageId: string,
  rows: MonitoringRows,
  today: string,
  can: { actions: Map<string, boolean>; indicators: Map<string, boolean> },
): PlanMonitoring {
  const actions = currentActions(rows);
  const rollUp = planProgress(actions);
  const monitored: MonitoredAction[] = actions.map((a) => {
    const late = actionLateness(a, today);
    const spent = [...a.spent].sort(([x], [y]) => x.localeCompare(y)).map(([fundingSource, spentCents]) => ({ fundingSource, spentCents }));
    return {
      actionId: a.id,
      status: a.status,
      progress: a.progress,
      weight: a.weight,
      spent,
      spentTotalCents: spent.reduce((t, s) => t + s.spentCents, 0),
      milestones: a.milestones.map((m) => ({ ...m, overdue: late?.overdueMilestones.includes(m) ?? false })),
      overdue: late?.endPassed ?? false,
      lastUpdatedAt: rows.lastUpdates.get(a.id)?.toISOString() ?? null,
      can: { 'plan.monitor': can.actions.get(a.id) ?? false },
    };
  });
  const indicators: MonitoredIndicator[] = rows.indicators.map((i) => {
    const observed = rows.observations.filter((o) => o.indicatorId === i.id);
    const latest = observed.at(-1) ?? null;
    const shape = {
      direction: i.direction,
      target: i.targetValue === null ? null : { value: i.targetValue },
      acceptableRange: i.rangeMin === null || i.rangeMax === null ? null : { min: i.rangeMin, max: i.rangeMax },
    };
    return {
      indicatorId: i.id,
      latest: latest && { date: latest.observedOn, value: latest.value, note: latest.note, source: latest.source },
      state: latest ? indicatorState(shape, latest.value) : null,
      can: { 'plan.monitor': can.indicators.get(i.id) ?? false },
    };
  });
  return {
    planId: plan.id,
    lineageId,
    planStatus: plan.status,
    open: plan.open,
    progress: roundProgress(rollUp.plan),
    objectives: rows.objectives.map((o) => ({ objectiveId: o.id, progress: roundProgress(rollUp.byObjective.get(o.id) ?? null) })),
    actions: monitored,
    indicators,
    overdue: {
      actions: monitored.filter((a) => a.overdue).length,
      milestones: monitored.reduce((n, a) => n + a.milestones.filter((m) => m.overdue).length, 0),
    },
  };
}
