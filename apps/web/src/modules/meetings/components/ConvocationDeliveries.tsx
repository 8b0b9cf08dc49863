import { useState } from 'react';
import type { ConvocationDelivery } from '@cantiere/domain';
import { QueryError } from '../../../components/QueryError';
import { useTranslation } from 'react-i18next';
import { dateLocale } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { useConvocationDeliveries, useRetryDelivery } from '../hooks/useConvocationDeliveries';
import { formatDateTime } from '../rome';

const STATE_BADGE: Record<ConvocationDelivery['state'], string> = {
  queued: 'bg-secondary',
  sent: 'bg-success',
  retrying: 'bg-warning text-dark',
  failed: 'bg-danger',
};

/**
 * What became of each email the meeting sent its register, for the facilitator: delivered, waiting, tried again
 * later, or failed (with the server's last answer and a button to send it again). Refreshes itself while mails wait.
 */
export function ConvocationDeliveries({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation(MEETINGS, { keyPrefix: 'deliveries' });
  const { t: tc } = useTranslation();
  const query = useConvocationDeliveries(meetingId);
  const deliveries = query.data ?? null;
  const retryDelivery = useRetryDelivery(meetingId);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const retry = async (d: ConvocationDelivery) => {
    setError(null);
    try {
      await retryDelivery.mutateAsync(d.id);
      setNotice(t('retried', { name: d.recipientName || d.email }));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const count = (state: ConvocationDelivery['state']) => deliveries?.filter((d) => d.state === state).length ?? 0;

  return (
    <section aria-labelledby="deliveries-title" className="mt-4">
      <h2 id="deliveries-title" className="h4">
        {t('title')}
      </h2>
      <p className="small">{t('intro')}</p>
      {error && (
        <div className="alert alert-danger" role="alert">
          {t('error', { message: error })}
        </div>
      )}
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      <p role="status" className="small">
        {notice}
      </p>
      {!deliveries ? (
        !query.error && <p>{t('loading')}</p>
      ) : deliveries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p>
            {t('summary', { sent: count('sent'), pending: count('queued') + count('retrying'), failed: count('failed') })}{' '}
            <button type="button" className="btn btn-sm btn-outline-primary ms-2" onClick={() => void query.refetch()}>
              {t('refresh')}
            </button>
          </p>
          {/* The table scrolls sideways on narrow screens: focusable and named so that keyboard users can scroll it;
              positioned, so that the hidden column title scrolls with it instead of widening a phone's page. */}
          <div className="table-responsive position-relative" tabIndex={0} role="region" aria-labelledby="deliveries-title">
            <table className="table table-sm align-middle">
              <caption>{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('recipient')}</th>
                  <th scope="col">{tc('common.email')}</th>
                  <th scope="col">{tc('common.status')}</th>
                  <th scope="col">{t('attempts')}</th>
                  <th scope="col">{t('lastError')}</th>
                  <th scope="col">{t('updated')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{tc('common.retry')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((d) => (
                  <tr key={d.id}>
                    <th scope="row" className="fw-normal">
                      {d.recipientName}
                      <br />
                      <span className="small">{d.email}</span>
                    </th>
                    <td>{t(`kind_${d.kind}`)}</td>
                    <td>
                      <span className={`badge ${STATE_BADGE[d.state]}`}>{t(`state_${d.state}`)}</span>
                    </td>
                    <td>{d.attempts}</td>
                    <td className="small text-break">{d.lastError ?? ''}</td>
                    <td className="small">{formatDateTime(d.sentAt ?? d.updatedAt, dateLocale(i18n.language))}</td>
                    <td>
                      {d.state === 'failed' && (
                        <button
                          type="button"
                          className="btn btn-sm btn-outline-primary"
                          aria-label={t('retryOf', { name: d.recipientName || d.email })}
                          onClick={() => void retry(d)}
                        >
                          {tc('common.retry')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
