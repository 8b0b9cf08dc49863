import { useQuery } from '@tanstack/react-query';
import { meetingsApi } from '../api';
import { meetingKeys } from '../api/keys';

/** A meeting's register: who was called, who answered, who is here, and the quorum. */
export function useAttendance(id: string) {
  return useQuery({ queryKey: meetingKeys.attendance(id), queryFn: () => meetingsApi.attendance(id), enabled: id !== '' });
}
