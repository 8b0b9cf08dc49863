import { useQuery } from '@tanstack/react-query';
import { meetingsApi } from '../api';
import { meetingKeys } from '../api/keys';

/** A meeting; `dataUpdatedAt` is when its run state arrived on the browser's clock, to measure elapsed time against the server's. */
export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKeys.detail(id), queryFn: async () => (await meetingsApi.get(id)).meeting, enabled: id !== '' });
}
