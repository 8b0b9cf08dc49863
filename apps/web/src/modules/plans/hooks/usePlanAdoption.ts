import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { outcomeRoutes, planAdoptionRoutes, planRoutes, type PlanAdoptInput, type PlanDetail } from '@cantiere/domain';
import { call } from '../../../api/client';
import { planKeys } from '../api/keys';

/** The adopted version in force, as sealed, and the history of adoptions; only asked for a plan adopted once. */
export function useAdoptedPlan(plan: Pick<PlanDetail, 'id' | 'adoptedAt'>) {
  return useQuery({
    queryKey: planKeys.adopted(plan.id),
    enabled: plan.adoptedAt !== null,
    queryFn: async () => (await call(planAdoptionRoutes.adopted, { params: { id: plan.id } })).adopted,
  });
}

/** A revision's differences from the adopted version; read again whenever the plan's rows are. */
export function usePlanDiff(planId: string, enabled: boolean, rowsAt: string) {
  return useQuery({
    queryKey: [...planKeys.diff(planId), rowsAt],
    enabled,
    queryFn: async () => (await call(planAdoptionRoutes.diff, { params: { id: planId } })).diff,
  });
}

/** The decisions in the minutes of the plan's space, to pick the adopting one from. */
export function useAdoptingDecisions(spaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.decisions(spaceId),
    enabled,
    queryFn: async () => (await call(outcomeRoutes.decisions, { query: { spaceId } })).items,
  });
}

export type CycleStep = { step: 'submit' | 'withdraw' } | { step: 'adopt'; input: PlanAdoptInput } | { step: 'revise' };

/** One step of the plan's cycle; the plan, its list and its adopted version are read again after it. */
export function usePlanCycle(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (s: CycleStep): Promise<PlanDetail> => {
      const params = { id: planId };
      if (s.step === 'adopt') return (await call(planAdoptionRoutes.adopt, { params, body: s.input })).plan;
      if (s.step === 'revise') return (await call(planAdoptionRoutes.startRevision, { params })).plan;
      return (await call(planRoutes.transition, { params, body: { transition: s.step } })).plan;
    },
    onSuccess: (plan) => {
      client.setQueryData(planKeys.detail(planId), plan);
      void client.invalidateQueries({ queryKey: planKeys.lists() });
      void client.invalidateQueries({ queryKey: planKeys.adopted(planId) });
      void client.invalidateQueries({ queryKey: planKeys.diff(planId) });
    },
  });
}
