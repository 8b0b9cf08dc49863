import { useQuery } from '@tanstack/react-query';
import { calendarFeedRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { meetingKeys } from '../api/keys';

/** Whether the account has a secret calendar address, and since when. */
export function useCalendarFeed() {
  return useQuery({
    queryKey: meetingKeys.calendarFeed(),
    queryFn: async () => (await call(calendarFeedRoutes.status)).feed,
  });
}
