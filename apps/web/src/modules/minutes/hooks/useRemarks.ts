import { useQuery } from '@tanstack/react-query';
import { meetingKeys } from '../../meetings/api/keys';
import { minutesApi } from '../api';

/** The remarks on a meeting's minutes (comments and suggestions during the review), refreshed by the live channel. */
export function useRemarks(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.remarks(meetingId), queryFn: async () => (await minutesApi.remarks(meetingId)).remarks });
}
