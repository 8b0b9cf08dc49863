import { useQuery } from '@tanstack/react-query';
import { meetingKeys } from '../api/keys';
import { rsvpRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** A convocation as its personal answer link shows it (no login needed). */
export function useRsvp(token: string) {
  return useQuery({ queryKey: meetingKeys.rsvp(token), queryFn: async () => (await call(rsvpRoutes.view, { params: { token } })).rsvp });
}
