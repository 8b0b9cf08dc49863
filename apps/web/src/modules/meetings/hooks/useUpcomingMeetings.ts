import { useQuery } from '@tanstack/react-query';
import { meetingsApi } from '../api';
import { meetingKeys } from '../api/keys';
import { upcomingMeetings } from '../upcoming';

/** The next meetings of every space the person may see. */
export function useUpcomingMeetings() {
  return useQuery({
    queryKey: meetingKeys.upcoming(),
    queryFn: async () => upcomingMeetings((await meetingsApi.list({ from: new Date().toISOString() })).meetings),
  });
}
