import { useQuery } from '@tanstack/react-query';
import { meetingKeys } from '../api/keys';
import { meetingRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The meetings of a space. */
export function useSpaceMeetings(spaceId: string) {
  return useQuery({ queryKey: meetingKeys.spaceList(spaceId), queryFn: async () => (await call(meetingRoutes.list, { query: { spaceId } })).items });
}
