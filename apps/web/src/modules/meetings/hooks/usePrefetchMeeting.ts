import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { meetingQueries } from '../api/queries';

/**
 * Starts fetching a meeting's page data when a link to it is pointed at or focused: by the time the click lands
 * (and the page's code has arrived), the meeting, its agenda and its register are on their way or in.
 */
export function usePrefetchMeeting() {
  const client = useQueryClient();
  return useCallback(
    (id: string) => {
      void client.prefetchQuery(meetingQueries.detail(id));
      void client.prefetchQuery(meetingQueries.agenda(id));
      void client.prefetchQuery(meetingQueries.attendance(id));
    },
    [client],
  );
}
