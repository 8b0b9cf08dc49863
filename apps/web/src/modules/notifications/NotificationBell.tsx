import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { NOTIFICATIONS } from '../../i18n/namespaces/notifications';
import { useNotificationsLive } from './hooks/useNotificationsLive';
import { useUnreadCount } from './hooks/useUnreadCount';

/** The bell in the header: a link to the notification centre with the unread count, kept live over the socket. */
export function NotificationBell() {
  const { t } = useTranslation(NOTIFICATIONS);
  // The count is a hint on a link: while it loads or if it failed, the bell is shown without it (the notification page shows a failed load).
  const unread = useUnreadCount().data ?? 0;
  useNotificationsLive();
  return (
    <Link
      to="/notifiche"
      className="btn btn-sm btn-light position-relative"
      aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.title')}
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="currentColor">
        <path d="M8 16a2 2 0 0 0 2-2H6a2 2 0 0 0 2 2zm.995-14.901a1 1 0 1 0-1.99 0A5.002 5.002 0 0 0 3 6c0 1.098-.5 6-2 7h14c-1.5-1-2-5.902-2-7 0-2.42-1.72-4.44-4.005-4.901z" />
      </svg>
      {unread > 0 && (
        <span className="badge bg-danger ms-1" aria-hidden="true" data-testid="notification-count">
          {unread}
        </span>
      )}
    </Link>
  );
}
