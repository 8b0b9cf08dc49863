/** socket.io namespace on which a signed-in person hears of new notifications and of the unread count live. */
export const NOTIFICATIONS_NAMESPACE = '/notifications';

export const NOTIFICATIONS_SERVER_EVENTS = { created: 'notification:created', unread: 'notification:unread' } as const;

/** A new notification for the socket's account, with the unread count after it. */
export interface NotificationCreated {
  notification: { id: string; kind: string; title: string; body: string; link: string; createdAt: string; readAt: string | null };
  unread: number;
}

/** The unread count after a change made elsewhere (marked read on another tab). */
export interface NotificationUnread {
  unread: number;
}
