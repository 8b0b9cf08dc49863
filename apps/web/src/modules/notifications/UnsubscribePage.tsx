import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { notificationRoutes } from '@cantiere/domain';
import type { Unsubscribe } from '@cantiere/domain';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { NOTIFICATIONS } from '../../i18n/namespaces/notifications';

/** `/disiscrizione/:token`, the link in a mail's footer: no login, one confirmation (mail clients use the one-click header). */
export function UnsubscribePage() {
  const { t } = useTranslation(NOTIFICATIONS);
  const { token = '' } = useParams();
  const [link, setLink] = useState<Unsubscribe | null>(null);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    call(notificationRoutes.unsubscribeView, { params: { token } }).then(
      (r) => setLink(r.unsubscribe),
      () => setInvalid(true),
    );
  }, [token]);
  const confirm = async () => {
    try {
      setLink((await call(notificationRoutes.unsubscribe, { params: { token } })).unsubscribe);
    } catch {
      setInvalid(true);
    }
  };
  return (
    <>
      <h1>{t('unsubscribe.title')}</h1>
      {invalid && <Alert kind="danger">{t('unsubscribe.invalid')}</Alert>}
      {!invalid && link === null && <p role="status">{t('app.loading')}</p>}
      {!invalid && link && !link.done && (
        <>
          <p>{t('unsubscribe.question', { kind: link.label })}</p>
          <button type="button" className="btn btn-primary" onClick={() => void confirm()}>
            {t('unsubscribe.submit')}
          </button>
        </>
      )}
      {!invalid && link?.done && <Alert kind="success">{t('unsubscribe.done', { kind: link.label })}</Alert>}
    </>
  );
}
