import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { QueryError } from '../../../components/QueryError';
import { NOTIFICATIONS } from '../../../i18n/namespaces/notifications';
import { useConfirmUnsubscribe, useUnsubscribeLink } from '../hooks/useUnsubscribe';

/** A refusal (unknown or expired token): the link itself is wrong, asking again will not help. */
const refused = (error: unknown) => error instanceof ApiError && error.status >= 400 && error.status < 500;

/** `/disiscrizione/:token`, the link in a mail's footer: no login, one confirmation (mail clients use the one-click header). */
export function UnsubscribePage() {
  const { t } = useTranslation(NOTIFICATIONS);
  const { token = '' } = useParams();
  const query = useUnsubscribeLink(token);
  const link = query.data ?? null;
  const confirm = useConfirmUnsubscribe(token);
  const invalid = refused(query.error) || refused(confirm.error);
  // A server that could not be reached or failed is not a wrong link: said as such, with a retry.
  const failure = invalid ? null : (query.error ?? confirm.error);
  return (
    <>
      <h1>{t('unsubscribe.title')}</h1>
      {invalid && <Alert kind="danger">{t('unsubscribe.invalid')}</Alert>}
      {failure && <QueryError error={failure} onRetry={query.error ? () => query.refetch() : undefined} />}
      {!invalid && !failure && link === null && <p role="status">{t('app.loading')}</p>}
      {!invalid && link && !link.done && (
        <>
          <p>{t('unsubscribe.question', { kind: link.label })}</p>
          <button type="button" className="btn btn-primary" onClick={() => confirm.mutate()} disabled={confirm.isPending}>
            {t('unsubscribe.submit')}
          </button>
        </>
      )}
      {!invalid && link?.done && <Alert kind="success">{t('unsubscribe.done', { kind: link.label })}</Alert>}
    </>
  );
}
