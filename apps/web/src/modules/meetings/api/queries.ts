import { queryOptions, replaceEqualDeep } from '@tanstack/react-query';
import type { Meeting } from '@cantiere/domain';
import { meetingKeys } from './keys';
import { meetingRoutes, agendaRoutes, attendanceRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/**
 * The queries of one meeting, defined once: the hooks use them, and the start of the app prefetches them when the
 * visit lands on a meeting, before the page's code has arrived.
 */
export const meetingQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: meetingKeys.detail(id),
      queryFn: async () => (await call(meetingRoutes.get, { params: { id } })).meeting,
      structuralSharing: keepUnlessChanged,
    }),
  agenda: (id: string) => queryOptions({ queryKey: meetingKeys.agenda(id), queryFn: async () => (await call(agendaRoutes.list, { params: { id } })).agenda }),
  attendance: (id: string) =>
    queryOptions({ queryKey: meetingKeys.attendance(id), queryFn: async () => (await call(attendanceRoutes.list, { params: { id } })).attendance }),
};

/**
 * A meeting read again is the same meeting when only the server's clock (`run.serverNow`) moved and no item is being
 * timed (the clock is read only to time the item under discussion): the page keeps the object it has and does not
 * render again. Every reconnection of the live channel rereads the meeting, and the whole meeting page hangs on it.
 */
export function keepUnlessChanged(previous: unknown, next: unknown): unknown {
  const old = previous as Meeting | undefined;
  const fresh = next as Meeting;
  if (old?.run && fresh?.run && old.run.itemStartedAt === null && fresh.run.itemStartedAt === null) {
    const sameClock = { ...fresh, run: { ...fresh.run, serverNow: old.run.serverNow } };
    if (replaceEqualDeep(old, sameClock) === old) return old;
  }
  return replaceEqualDeep(previous, next);
}
