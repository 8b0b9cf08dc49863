import { useQuery } from '@tanstack/react-query';
import { meetingKeys } from '../api/keys';
import { outcomeRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The decisions the meetings of a space took. */
export function useSpaceDecisions(spaceId: string) {
  return useQuery({ queryKey: meetingKeys.spaceDecisions(spaceId), queryFn: async () => (await call(outcomeRoutes.decisions, { query: { spaceId } })).items });
}
