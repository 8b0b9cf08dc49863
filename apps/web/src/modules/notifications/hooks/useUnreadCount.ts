import { useQuery } from '@tanstack/react-query';
import { notificationRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { notificationKeys } from '../api/keys';

/** How many of the caller's notifications are unread. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: async () => (await call(notificationRoutes.unreadCount)).unread,
  });
}
