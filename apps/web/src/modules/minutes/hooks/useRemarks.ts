import { useQuery } from '@tanstack/react-query';
import { meetingKeys } from '../../meetings';
import { minutesRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The remarks on a meeting's minutes (comments and suggestions during the review), refreshed by the live channel. */
export function useRemarks(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.remarks(meetingId), queryFn: async () => (await call(minutesRoutes.remarks, { params: { id: meetingId } })).items });
}
