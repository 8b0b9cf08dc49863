import { useQuery } from '@tanstack/react-query';
import { meetingsApi } from '../api';
import { meetingKeys } from '../api/keys';

/** A meeting's ordine del giorno with its timings. */
export function useAgenda(id: string) {
  return useQuery({ queryKey: meetingKeys.agenda(id), queryFn: () => meetingsApi.agenda(id), enabled: id !== '' });
}
