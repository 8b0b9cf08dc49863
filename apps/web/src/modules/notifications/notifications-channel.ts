import { io } from 'socket.io-client';
import { LIVE_SOCKET_OPTIONS } from '../../api/live-socket';
import { NOTIFICATIONS_NAMESPACE, NOTIFICATIONS_SERVER_EVENTS } from '@cantiere/collab';
import type { NotificationCreated, NotificationUnread } from '@cantiere/collab';

/**
 * Opens the caller's live notification channel: `onUnread` hears the unread count after each new notification or
 * read elsewhere, and `null` after a reconnection (what happened meanwhile was not heard). Returns the close function.
 */
export function openNotificationsChannel(onUnread: (unread: number | null, created?: NotificationCreated['notification']) => void): () => void {
  const socket = io(NOTIFICATIONS_NAMESPACE, LIVE_SOCKET_OPTIONS);
  let connectedBefore = false;
  socket.on('connect', () => {
    if (connectedBefore) onUnread(null);
    connectedBefore = true;
  });
  socket.on(NOTIFICATIONS_SERVER_EVENTS.created, (p: NotificationCreated) => onUnread(p.unread, p.notification));
  socket.on(NOTIFICATIONS_SERVER_EVENTS.unread, (p: NotificationUnread) => onUnread(p.unread));
  return () => socket.close();
}
