import { useQuery } from '@tanstack/react-query';
import { planRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { planKeys } from '../api/keys';

/** The action plans of a space, newest period first, without their records. */
export function useSpacePlans(spaceId: string) {
  return useQuery({ queryKey: planKeys.list(spaceId), queryFn: async () => (await call(planRoutes.list, { query: { spaceId } })).items });
}
