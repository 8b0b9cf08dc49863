import { useQuery } from '@tanstack/react-query';
import { meetingQueries } from '../api/queries';

/** A meeting; `dataUpdatedAt` is when its run state arrived on the browser's clock, to measure elapsed time against the server's. */
export function useMeeting(id: string) {
  return useQuery({ ...meetingQueries.detail(id), enabled: id !== '' });
}
