import type { QueryClient } from '@tanstack/react-query';
import { notificationKeys } from './keys';

/**
 * What an event of the live `/notifications` channel changes in the cache: the unread count comes in the event, and
 * the list is asked for again (a new notification adds an item, a read in another tab changes one); `null` (a
 * reconnection, after which events were not heard) refreshes the count as well.
 */
export function applyNotificationEvent(client: QueryClient, unread: number | null): void {
  if (unread === null) void client.invalidateQueries({ queryKey: notificationKeys.unread() });
  else client.setQueryData<number>(notificationKeys.unread(), unread);
  void client.invalidateQueries({ queryKey: notificationKeys.list() });
}
