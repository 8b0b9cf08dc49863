import { useQuery } from '@tanstack/react-query';
import { meetingsApi } from '../api';
import { meetingKeys } from '../api/keys';

/** What earlier meetings left open, offered for this meeting's agenda. */
export function useBacklog(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.backlog(meetingId), queryFn: async () => (await meetingsApi.backlog(meetingId)).entries });
}
