import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { planMonitoringRoutes, type ActionMonitoringInput, type IndicatorObservationInput, type PlanMonitoring } from '@cantiere/domain';
import { call } from '../../../api/client';
import { planKeys } from '../api/keys';

export const monitoringKeys = {
  state: (planId: string) => [...planKeys.detail(planId), 'monitoring'] as const,
  timeline: (planId: string, actionId: string) => [...planKeys.detail(planId), 'monitoring', 'timeline', actionId] as const,
};

/** What the lead organisations reported on an adopted plan: current values, roll-up, overdue items. */
export function usePlanMonitoring(planId: string) {
  return useQuery({
    queryKey: monitoringKeys.state(planId),
    queryFn: async () => (await call(planMonitoringRoutes.get, { params: { id: planId } })).monitoring,
  });
}

/** An action's timeline, loaded when it is opened. */
export function useActionTimeline(planId: string, actionId: string, enabled: boolean) {
  return useQuery({
    queryKey: monitoringKeys.timeline(planId, actionId),
    queryFn: async () => (await call(planMonitoringRoutes.timeline, { params: { id: planId, actionId } })).items,
    enabled,
  });
}

/** The answer is the new state; the plan's timelines are read again (an observation lands in its action's). */
function useSaved(planId: string) {
  const client = useQueryClient();
  return (monitoring: PlanMonitoring) => {
    client.setQueryData(monitoringKeys.state(planId), monitoring);
    void client.invalidateQueries({ queryKey: [...planKeys.detail(planId), 'monitoring', 'timeline'] });
  };
}

export function useUpdateAction(planId: string, actionId: string) {
  const saved = useSaved(planId);
  return useMutation({
    mutationFn: async (input: ActionMonitoringInput) =>
      (await call(planMonitoringRoutes.updateAction, { params: { id: planId, actionId }, body: input })).monitoring,
    onSuccess: saved,
  });
}

export function useAddObservation(planId: string, indicatorId: string) {
  const saved = useSaved(planId);
  return useMutation({
    mutationFn: async (input: IndicatorObservationInput) =>
      (await call(planMonitoringRoutes.addObservation, { params: { id: planId, indicatorId }, body: input })).monitoring,
    onSuccess: saved,
  });
}
