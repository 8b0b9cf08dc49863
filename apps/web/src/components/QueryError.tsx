import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** What a failed request says to the person: unreachable server and server faults in their words, a refusal as the API put it. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network');
    if (error.status >= 500) return t('errors.server');
    return error.message;
  }
  return t('errors.server');
}

/**
 * The one way a failed load is shown: an alert (announced at once) with the reason and a button that asks again.
 * Nothing that failed to load is silently left out.
 */
export function QueryError({ error, onRetry, testId }: { error: unknown; onRetry?: () => unknown; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-danger d-flex flex-wrap align-items-center justify-content-between gap-2" role="alert" data-testid={testId ?? 'query-error'}>
      <span>{t('common.loadFailed', { message: errorMessage(t, error) })}</span>
      {onRetry && (
        <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => void onRetry()}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
