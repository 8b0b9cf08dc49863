import { useCallback, useEffect, useState } from 'react';
import type { ConvocationDeliveries as Deliveries, ConvocationDelivery } from '@cantiere/domain';
import { api } from '../../../api/client';
import { useDeliveryText } from '../delivery-texts';
import { formatDateTime } from '../rome';

const STATE_BADGE: Record<ConvocationDelivery['state'], string> = {
  queued: 'bg-secondary',
  sent: 'bg-success',
  retrying: 'bg-warning text-dark',
  failed: 'bg-danger',
};
const REFRESH_WHILE_PENDING_MS = 5_000;

/**
 * What became of each email the meeting sent its register, for the facilitator: delivered, waiting, tried again
 * later, or failed (with the server's last answer and a button to send it again). Refreshes itself while mails wait.
 */
export function ConvocationDeliveries({ meetingId }: { meetingId: string }) {
  const t = useDeliveryText();
  const [deliveries, setDeliveries] = useState<ConvocationDelivery[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const path = `/api/meetings/${meetingId}/convocation/deliveries`;
  const load = useCallback(
    () =>
      api<Deliveries>('GET', path).then(
        (r) => {
          setDeliveries(r.deliveries);
          setError(null);
        },
        (e: Error) => setError(e.message),
      ),
    [path],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const pending = deliveries?.some((d) => d.state === 'queued' || d.state === 'retrying') ?? false;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => void load(), REFRESH_WHILE_PENDING_MS);
    return () => clearTimeout(timer);
  }, [pending, deliveries, load]);

  const retry = async (d: ConvocationDelivery) => {
    try {
      setDeliveries((await api<Deliveries>('POST', `${path}/${d.id}/retry`)).deliveries);
      setNotice(t('deliveryRetried', { name: d.recipientName || d.email }));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const count = (state: ConvocationDelivery['state']) => deliveries?.filter((d) => d.state === state).length ?? 0;

  return (
    <section aria-labelledby="deliveries-title" className="mt-4">
      <h2 id="deliveries-title" className="h4">
        {t('deliveriesTitle')}
      </h2>
      <p className="small">{t('deliveriesIntro')}</p>
      {error && (
        <div className="alert alert-danger" role="alert">
          {t('deliveriesError', { message: error })}
        </div>
      )}
      <p role="status" className="small">
        {notice}
      </p>
      {!deliveries ? (
        <p>{t('deliveriesLoading')}</p>
      ) : deliveries.length === 0 ? (
        <p>{t('deliveriesEmpty')}</p>
      ) : (
        <>
          <p>
            {t('deliveriesSummary', { sent: count('sent'), pending: count('queued') + count('retrying'), failed: count('failed') })}{' '}
            <button type="button" className="btn btn-sm btn-outline-primary ms-2" onClick={() => void load()}>
              {t('deliveriesRefresh')}
            </button>
          </p>
          <div className="table-responsive">
            <table className="table table-sm align-middle">
              <caption>{t('deliveriesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('deliveryRecipient')}</th>
                  <th scope="col">{t('deliveryKind')}</th>
                  <th scope="col">{t('deliveryState')}</th>
                  <th scope="col">{t('deliveryAttempts')}</th>
                  <th scope="col">{t('deliveryLastError')}</th>
                  <th scope="col">{t('deliveryUpdated')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('deliveryRetry')}</span>
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
                    <td>{t(`deliveryKind_${d.kind}`)}</td>
                    <td>
                      <span className={`badge ${STATE_BADGE[d.state]}`}>{t(`deliveryState_${d.state}`)}</span>
                    </td>
                    <td>{d.attempts}</td>
                    <td className="small text-break">{d.lastError ?? ''}</td>
                    <td className="small">{formatDateTime(d.sentAt ?? d.updatedAt, t.locale)}</td>
                    <td>
                      {d.state === 'failed' && (
                        <button
                          type="button"
                          className="btn btn-sm btn-outline-primary"
                          aria-label={t('deliveryRetryOf', { name: d.recipientName || d.email })}
                          onClick={() => void retry(d)}
                        >
                          {t('deliveryRetry')}
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
