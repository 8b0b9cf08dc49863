import { useQuery } from '@tanstack/react-query';
import { planRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { planKeys } from '../api/keys';

/** One plan with its objectives, actions and indicators as the server projected them, and its flagged records. */
export function usePlan(id: string) {
  return useQuery({ queryKey: planKeys.detail(id), queryFn: async () => (await call(planRoutes.get, { params: { id } })).plan });
}
