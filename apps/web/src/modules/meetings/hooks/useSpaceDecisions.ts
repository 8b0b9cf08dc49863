import { useQuery } from '@tanstack/react-query';
import { meetingsApi } from '../api';
import { meetingKeys } from '../api/keys';

/** The decisions the meetings of a space took. */
export function useSpaceDecisions(spaceId: string) {
  return useQuery({ queryKey: meetingKeys.spaceDecisions(spaceId), queryFn: async () => (await meetingsApi.decisions(spaceId)).decisions });
}
