import { useQuery } from '@tanstack/react-query';
import { meetingsApi } from '../api';
import { meetingKeys } from '../api/keys';

/** The meetings of a space. */
export function useSpaceMeetings(spaceId: string) {
  return useQuery({ queryKey: meetingKeys.spaceList(spaceId), queryFn: async () => (await meetingsApi.list({ spaceId })).meetings });
}
