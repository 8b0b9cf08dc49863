import { useQuery } from '@tanstack/react-query';
import { meetingsApi } from '../api';
import { meetingKeys } from '../api/keys';

/** The actions the meetings of a space assigned, or only those past their due date. */
export function useSpaceActions(spaceId: string, overdue: boolean) {
  return useQuery({ queryKey: meetingKeys.spaceActions(spaceId, overdue), queryFn: async () => (await meetingsApi.actions(spaceId, overdue)).actions });
}
