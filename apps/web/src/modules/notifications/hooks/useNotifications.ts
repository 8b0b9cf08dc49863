import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { notificationRoutes, type NotificationItem } from '@cantiere/domain';
import { call } from '../../../api/client';
import { notificationKeys } from '../api/keys';

/** The most notifications the centre shows. */
export const NOTIFICATIONS_SHOWN = 100;

/** The caller's notifications, newest first. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.list(),
    queryFn: async () => (await call(notificationRoutes.list, { query: { pageSize: NOTIFICATIONS_SHOWN } })).items,
  });
}

/** Marks read in the cache the items `which` picks and sets the unread count, then confirms both with the server. */
function markedRead(client: QueryClient, which: (n: NotificationItem) => boolean, unread: (count: number) => number) {
  const now = new Date().toISOString();
  client.setQueryData<NotificationItem[]>(notificationKeys.list(), (items) => items?.map((n) => (!n.readAt && which(n) ? { ...n, readAt: now } : n)));
  client.setQueryData<number>(notificationKeys.unread(), (count) => (count === undefined ? count : unread(count)));
  return Promise.all([client.invalidateQueries({ queryKey: notificationKeys.list() }), client.invalidateQueries({ queryKey: notificationKeys.unread() })]);
}

/** Marks one notification read: the list and the unread count show it. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(notificationRoutes.markRead, { params: { id } }),
    onSuccess: (_, id) =>
      markedRead(
        client,
        (n) => n.id === id,
        (count) => Math.max(0, count - 1),
      ),
  });
}

/** Marks all the caller's notifications read: the list and the unread count show it. */
export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(notificationRoutes.markAllRead),
    onSuccess: () =>
      markedRead(
        client,
        () => true,
        () => 0,
      ),
  });
}
