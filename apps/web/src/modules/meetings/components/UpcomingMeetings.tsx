import { useEffect, useState } from 'react';
import type { Meeting } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { meetingsApi } from '../api';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { upcomingMeetings } from '../upcoming';
import { MeetingList } from './MeetingList';

/** The next meetings of every space the person may see (home page). */
export function UpcomingMeetings() {
  const { t } = useTranslation(MEETINGS);
  const [meetings, setMeetings] = useState<Meeting[] | null>(null);
  useEffect(() => {
    meetingsApi.list({ from: new Date().toISOString() }).then(
      (r) => setMeetings(upcomingMeetings(r.meetings)),
      () => setMeetings([]),
    );
  }, []);
  return (
    <section aria-labelledby="upcoming-title" className="mt-4">
      <h2 id="upcoming-title" className="h4">
        {t('upcoming')}
      </h2>
      {meetings ? <MeetingList meetings={meetings} empty={t('noUpcoming')} showSpace /> : <p role="status">{t('app.loading')}</p>}
    </section>
  );
}
