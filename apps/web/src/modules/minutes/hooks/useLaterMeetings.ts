import { useQuery } from '@tanstack/react-query';
import type { Meeting } from '@cantiere/domain';
import { meetingKeys } from '../../meetings';
import { meetingRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

const TAKEN_PLACE = ['in_progress', 'closed', 'minutes_approved'];

/** The meetings of the same space held after this one: where its minutes may be approved (asked only when `enabled`). */
export function useLaterMeetings(meeting: Meeting, enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.spaceList(meeting.spaceId),
    queryFn: async () => (await call(meetingRoutes.list, { query: { spaceId: meeting.spaceId } })).items,
    select: (meetings) => meetings.filter((m) => m.id !== meeting.id && m.startsAt > meeting.startsAt && TAKEN_PLACE.includes(m.status)),
    enabled,
  });
}
