import { useQuery } from '@tanstack/react-query';
import { meetingsApi } from '../api';
import { meetingKeys } from '../api/keys';

/** A convocation as its personal answer link shows it (no login needed). */
export function useRsvp(token: string) {
  return useQuery({ queryKey: meetingKeys.rsvp(token), queryFn: () => meetingsApi.rsvpByToken(token) });
}
