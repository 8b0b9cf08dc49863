import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { meetingKeys } from '../api/keys';

/** Whether the account has a secret calendar address, and since when. */
export function useCalendarFeed() {
  return useQuery({
    queryKey: meetingKeys.calendarFeed(),
    queryFn: () => api<{ active: boolean; createdAt: string | null }>('GET', '/api/account/calendar-feed'),
  });
}
