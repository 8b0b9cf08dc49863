import { queryOptions } from '@tanstack/react-query';
import { meetingKeys } from './keys';
import { meetingRoutes, agendaRoutes, attendanceRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/**
 * The queries of one meeting, defined once: the hooks use them, and the start of the app prefetches them when the
 * visit lands on a meeting, before the page's code has arrived.
 */
export const meetingQueries = {
  detail: (id: string) => queryOptions({ queryKey: meetingKeys.detail(id), queryFn: async () => (await call(meetingRoutes.get, { params: { id } })).meeting }),
  agenda: (id: string) => queryOptions({ queryKey: meetingKeys.agenda(id), queryFn: async () => (await call(agendaRoutes.list, { params: { id } })).agenda }),
  attendance: (id: string) =>
    queryOptions({ queryKey: meetingKeys.attendance(id), queryFn: async () => (await call(attendanceRoutes.list, { params: { id } })).attendance }),
};
