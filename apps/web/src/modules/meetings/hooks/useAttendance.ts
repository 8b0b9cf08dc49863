import { useQuery } from '@tanstack/react-query';
import { meetingQueries } from '../api/queries';

/** A meeting's register: who was called, who answered, who is here, and the quorum. */
export function useAttendance(id: string) {
  return useQuery({ ...meetingQueries.attendance(id), enabled: id !== '' });
}
