import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { notificationRoutes } from '@cantiere/domain';
import type { NotificationItem } from '@cantiere/domain';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { dateFormat } from '../../i18n/date-format';
import { NOTIFICATIONS } from '../../i18n/namespaces/notifications';
import { openNotificationsChannel } from './notifications-channel';

/** `/notifiche`: the caller's notifications, newest first, each linking to its place; mark one or all read. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation(NOTIFICATIONS);
  const [items, setItems] = useState<NotificationItem[] | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(
    () =>
      call(notificationRoutes.list, { query: { pageSize: 100 } }).then(
        (page) => {
          setItems(page.items);
          setFailed(false);
        },
        () => setFailed(true),
      ),
    [],
  );
  useEffect(() => {
    void load();
    return openNotificationsChannel(() => void load());
  }, [load]);
  const markRead = async (id: string) => {
    await call(notificationRoutes.markRead, { params: { id } });
    await load();
  };
  const markAllRead = async () => {
    await call(notificationRoutes.markAllRead);
    await load();
  };
  const when = dateFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const unread = items?.filter((n) => !n.readAt).length ?? 0;
  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
        <h1 className="mb-0">{t('notifications.title')}</h1>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => void markAllRead()} disabled={unread === 0}>
          {t('notifications.markAllRead')}
        </button>
      </div>
      <p>{t('notifications.intro')}</p>
      {failed && <Alert kind="danger">{t('notifications.loadFailed')}</Alert>}
      {items === null && !failed && <p role="status">{t('app.loading')}</p>}
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
                <button type="button" className="btn btn-link btn-sm text-nowrap" onClick={() => void markRead(n.id)}>
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
