import { useQuery } from '@tanstack/react-query';
import { meetingKeys } from '../api/keys';
import { agendaRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** What earlier meetings left open, offered for this meeting's agenda. */
export function useBacklog(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.backlog(meetingId), queryFn: async () => (await call(agendaRoutes.backlog, { params: { id: meetingId } })).items });
}
