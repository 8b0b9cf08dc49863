import { queryOptions } from '@tanstack/react-query';
import { meetingsApi } from '../api';
import { meetingKeys } from './keys';

/**
 * The queries of one meeting, defined once: the hooks use them, and the start of the app prefetches them when the
 * visit lands on a meeting, before the page's code has arrived.
 */
export const meetingQueries = {
  detail: (id: string) => queryOptions({ queryKey: meetingKeys.detail(id), queryFn: async () => (await meetingsApi.get(id)).meeting }),
  agenda: (id: string) => queryOptions({ queryKey: meetingKeys.agenda(id), queryFn: () => meetingsApi.agenda(id) }),
  attendance: (id: string) => queryOptions({ queryKey: meetingKeys.attendance(id), queryFn: () => meetingsApi.attendance(id) }),
};
