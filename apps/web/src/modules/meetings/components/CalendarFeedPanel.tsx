import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { calendarFeedRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { QueryError } from '../../../components/QueryError';
import { meetingKeys } from '../api/keys';
import { useCalendarFeed } from '../hooks/useCalendarFeed';
import { formatDateTime } from '../rome';
import { dateLocale } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** The account's secret calendar address: shown once when made, revocable, replaceable. */
export function CalendarFeedPanel() {
  const { t, i18n } = useTranslation(MEETINGS);
  const locale = dateLocale(i18n.language);
  const client = useQueryClient();
  const query = useCalendarFeed();
  const status = query.data ?? null;
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = () => client.invalidateQueries({ queryKey: meetingKeys.calendarFeed() });
  const create = async () => {
    try {
      setUrl((await call(calendarFeedRoutes.regenerate)).feed.url);
      setCopied(false);
      await load();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const revoke = async () => {
    await call(calendarFeedRoutes.revoke);
    setUrl(null);
    await load();
  };
  return (
    <section aria-labelledby="calendar-feed-title" className="mt-4">
      <h2 id="calendar-feed-title" className="h4">
        {t('calendarFeed')}
      </h2>
      <p>{t('calendarFeedIntro')}</p>
      {error && (
        <div className="alert alert-danger" role="alert">
          {t('common.error', { message: error })}
        </div>
      )}
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {status && (
        <p>{status.active && status.createdAt ? t('calendarFeedActive', { date: formatDateTime(status.createdAt, locale) }) : t('calendarFeedNone')}</p>
      )}
      {url && (
        <div className="mb-3">
          <label htmlFor="calendar-feed-url" className="form-label">
            {t('calendarFeedUrl')}
          </label>
          <div className="input-group">
            <input
              type="url"
              id="calendar-feed-url"
              className="form-control"
              readOnly
              value={url}
              aria-describedby="calendar-feed-once"
              onFocus={(e) => e.target.select()}
            />
            <button type="button" className="btn btn-outline-primary" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}>
              {copied ? t('common.copied') : t('common.copy')}
            </button>
          </div>
          <div id="calendar-feed-once" className="form-text">
            {t('calendarFeedOnce')}
          </div>
        </div>
      )}
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary" onClick={() => void create()}>
          {status?.active ? t('calendarFeedRegenerate') : t('calendarFeedCreate')}
        </button>
        {status?.active && (
          <button type="button" className="btn btn-outline-danger" onClick={() => void revoke()}>
            {t('calendarFeedRevoke')}
          </button>
        )}
      </div>
    </section>
  );
}
