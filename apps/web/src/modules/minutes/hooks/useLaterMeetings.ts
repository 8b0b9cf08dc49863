import { useQuery } from '@tanstack/react-query';
import type { Meeting } from '@cantiere/domain';
import { meetingsApi } from '../../meetings/api';
import { meetingKeys } from '../../meetings/api/keys';

const TAKEN_PLACE = ['in_progress', 'closed', 'minutes_approved'];

/** The meetings of the same space held after this one: where its minutes may be approved (asked only when `enabled`). */
export function useLaterMeetings(meeting: Meeting, enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.spaceList(meeting.spaceId),
    queryFn: async () => (await meetingsApi.list({ spaceId: meeting.spaceId })).meetings,
    select: (meetings) => meetings.filter((m) => m.id !== meeting.id && m.startsAt > meeting.startsAt && TAKEN_PLACE.includes(m.status)),
    enabled,
  });
}
