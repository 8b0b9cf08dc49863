import { useQuery } from '@tanstack/react-query';
import { meetingKeys } from './api/keys';
import { outcomeRoutes } from '@cantiere/domain';
import { call } from '../../api/client';

/**
 * The decisions the minutes of a meeting hold, as projected rows. The live channel invalidates them each time the
 * minutes are projected again, so that the list follows the writing.
 */
export function useMeetingDecisions(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.decisions(meetingId), queryFn: async () => (await call(outcomeRoutes.decisions, { query: { meetingId } })).items });
}
