import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Attendance, Meeting } from '@cantiere/domain';
import { meetingKeys } from '../api/keys';

/**
 * Puts what a change on the page answered into the cache, so that every view of it shows it at once: a meeting
 * (its status shows in the space's list and the outcomes too, which are invalidated), or its register.
 */
export function useMeetingCache(id: string) {
  const client = useQueryClient();
  return useMemo(
    () => ({
      setMeeting: (meeting: Meeting) => {
        client.setQueryData(meetingKeys.detail(id), meeting);
        void client.invalidateQueries({ queryKey: meetingKeys.lists() });
        void client.invalidateQueries({ queryKey: meetingKeys.spaceOutcomes(meeting.spaceId) });
      },
      setAttendance: (attendance: Attendance) => client.setQueryData(meetingKeys.attendance(id), attendance),
    }),
    [client, id],
  );
}
