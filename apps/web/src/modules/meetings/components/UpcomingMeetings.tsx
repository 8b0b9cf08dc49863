import { QueryError } from '../../../components/QueryError';
import { useUpcomingMeetings } from '../hooks/useUpcomingMeetings';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { MeetingList } from './MeetingList';

/** The next meetings of every space the person may see (home page). */
export function UpcomingMeetings() {
  const { t } = useTranslation(MEETINGS);
  const query = useUpcomingMeetings();
  const meetings = query.data;
  return (
    <section aria-labelledby="upcoming-title" className="mt-4">
      <h2 id="upcoming-title" className="h4">
        {t('upcoming')}
      </h2>
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {meetings ? <MeetingList meetings={meetings} empty={t('noUpcoming')} showSpace /> : !query.error && <p role="status">{t('app.loading')}</p>}
    </section>
  );
}
