import { useQuery } from '@tanstack/react-query';
import { meetingKeys } from '../api/keys';
import { upcomingMeetings } from '../upcoming';
import { meetingRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The next meetings of every space the person may see. */
export function useUpcomingMeetings() {
  return useQuery({
    queryKey: meetingKeys.upcoming(),
    queryFn: async () => upcomingMeetings((await call(meetingRoutes.list, { query: { from: new Date().toISOString() } })).items),
  });
}
