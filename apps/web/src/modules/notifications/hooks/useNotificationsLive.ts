import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { applyNotificationEvent } from '../api/live-invalidation';
import { openNotificationsChannel } from '../notifications-channel';

/** Keeps the notification list and unread count live while the component is shown: the socket's events update the cache. */
export function useNotificationsLive(): void {
  const client = useQueryClient();
  useEffect(() => openNotificationsChannel((unread) => applyNotificationEvent(client, unread)), [client]);
}
