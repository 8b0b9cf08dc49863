import type { IndicatorDirection, PlanActionStatus } from './plan';
import type { INDICATOR_STATES } from './constants';

export type IndicatorState = (typeof INDICATOR_STATES)[number];

export interface WeightedProgress {
  progress: number;
  weight: number;
  status: PlanActionStatus;
}

/**
 * The roll-up rule, shown as it is in the interface: the weighted mean of the progress of the actions that are not
 * cancelled, sum(w * p) / sum(w). Null when nothing counts (no action, only cancelled ones, or every weight 0).
 */
export function rollUpProgress(actions: readonly WeightedProgress[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const a of actions) {
    if (a.status === 'cancelled') continue;
    weighted += a.weight * a.progress;
    weights += a.weight;
  }
  return weights > 0 ? weighted / weights : null;
}

/** Progress per objective and for the whole plan (over all its actions, not a mean of the objectives' means). */
export function planProgress<A extends WeightedProgress & { objectiveId: string }>(
  actions: readonly A[],
): { plan: number | null; byObjective: Map<string, number | null> } {
  const byObjective = new Map<string, A[]>();
  for (const a of actions) byObjective.set(a.objectiveId, [...(byObjective.get(a.objectiveId) ?? []), a]);
  return {
    plan: rollUpProgress(actions),
    byObjective: new Map([...byObjective].map(([id, list]) => [id, rollUpProgress(list)])),
  };
}

/** A percentage for display: one decimal, so that 66.666... reads 66.7. */
export const roundProgress = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

/**
 * Where an observed value stands: on track when it reaches the target in the indicator's direction, at risk when it
 * misses it but stays inside the acceptable range, off track otherwise. Null without a target.
 */
export function indicatorState(
  indicator: { direction: IndicatorDirection; target: { value: number } | null; acceptableRange: { min: number; max: number } | null },
  value: number,
): IndicatorState | null {
  if (!indicator.target) return null;
  const reached = indicator.direction === 'higher' ? value >= indicator.target.value : value <= indicator.target.value;
  if (reached) return 'on_track';
  const range = indicator.acceptableRange;
  return range && value >= range.min && value <= range.max ? 'at_risk' : 'off_track';
}
