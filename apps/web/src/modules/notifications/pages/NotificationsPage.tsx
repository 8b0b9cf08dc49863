import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { QueryError, errorMessage } from '../../../components/QueryError';
import { dateFormat } from '../../../i18n/date-format';
import { NOTIFICATIONS } from '../../../i18n/namespaces/notifications';
import { useMarkAllRead, useMarkRead, useNotifications } from '../hooks/useNotifications';
import { useNotificationsLive } from '../hooks/useNotificationsLive';

/** `/notifiche`: the caller's notifications, newest first, each linking to its place; mark one or all read. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation(NOTIFICATIONS);
  const { t: tc } = useTranslation();
  const query = useNotifications();
  const items = query.data ?? null;
  useNotificationsLive();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const actionError = markRead.error ?? markAllRead.error;
  const when = dateFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const unread = items?.filter((n) => !n.readAt).length ?? 0;
  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
        <h1 className="mb-0">{t('notifications.title')}</h1>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => markAllRead.mutate()} disabled={unread === 0}>
          {t('notifications.markAllRead')}
        </button>
      </div>
      <p>{t('notifications.intro')}</p>
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {actionError && <Alert kind="danger">{errorMessage(tc, actionError)}</Alert>}
      {items === null && !query.error && <p role="status">{t('app.loading')}</p>}
      {items?.length === 0 && <p data-testid="notifications-empty">{t('notifications.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="list-group" data-testid="notifications-list">
          {items.map((n) => (
            <li
              key={n.id}
              className={`list-group-item d-flex justify-content-between align-items-start gap-3${n.readAt ? '' : ' border-start border-4 border-primary'}`}
            >
              <div>
                <Link to={n.link} className={n.readAt ? '' : 'fw-semibold'}>
                  {n.title}
                </Link>
                {!n.readAt && <span className="visually-hidden"> ({t('notifications.unread')})</span>}
                {n.body && <div className="small">{n.body}</div>}
                <div className="small text-secondary">
                  <time dateTime={n.createdAt}>{when.format(new Date(n.createdAt))}</time>
                </div>
              </div>
              {!n.readAt && (
                <button type="button" className="btn btn-link btn-sm text-nowrap" onClick={() => markRead.mutate(n.id)}>
                  {t('notifications.markRead')}
                  <span className="visually-hidden">: {n.title}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
