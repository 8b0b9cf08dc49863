import { useQuery } from '@tanstack/react-query';
import { meetingQueries } from '../api/queries';

/** A meeting's ordine del giorno with its timings. */
export function useAgenda(id: string) {
  return useQuery({ ...meetingQueries.agenda(id), enabled: id !== '' });
}
