import { createContext, useContext } from 'react';
import type { PlanIndex } from '../../live/plan-index';

/** The live plan's outline (objectives in order, their actions and indicators), for the parts that list objectives. */
export const PlanOutlineContext = createContext<PlanIndex | null>(null);

export function usePlanOutline(): PlanIndex {
  const outline = useContext(PlanOutlineContext);
  if (!outline) throw new Error('usePlanOutline outside a live plan');
  return outline;
}
