import { useQuery } from '@tanstack/react-query';
import { meetingKeys } from '../api/keys';
import { outcomeRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The actions the meetings of a space assigned, or only those past their due date. */
export function useSpaceActions(spaceId: string, overdue: boolean) {
  return useQuery({
    queryKey: meetingKeys.spaceActions(spaceId, overdue),
    queryFn: async () => (await call(outcomeRoutes.actions, { query: overdue ? { spaceId, overdue: 'true' } : { spaceId } })).items,
  });
}
