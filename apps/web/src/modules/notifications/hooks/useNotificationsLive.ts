import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { whenIdle } from '../../../routing/when-idle';
import { applyNotificationEvent } from '../api/live-invalidation';

/**
 * Keeps the notification list and unread count live while the component is shown: the socket's events update the
 * cache. The channel (socket.io) is fetched and opened once the browser is idle: the bell is in every page's header,
 * and its connection competed with each page's first render.
 */
export function useNotificationsLive(): void {
  const client = useQueryClient();
  useEffect(() => {
    let close: (() => void) | null = null;
    let left = false;
    const cancel = whenIdle(
      () =>
        void import('../notifications-channel').then(({ openNotificationsChannel }) => {
          if (!left) close = openNotificationsChannel((unread) => applyNotificationEvent(client, unread));
        }),
    );
    return () => {
      left = true;
      cancel();
      close?.();
    };
  }, [client]);
}
