import { lazy, Suspense } from 'react';
import type { AgendaItem, Meeting } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

// The minutes editor brings Tiptap and Yjs: loaded only when the page shows it.
const MeetingMinutes = lazy(() => import('../../minutes').then((m) => ({ default: m.MeetingMinutes })));

export interface MinutesSectionProps {
  meeting: Meeting;
  items: AgendaItem[];
  user: { id: string; name: string; organisation: string | null };
  onMeetingChange: (m: Meeting) => void;
}

/** The minutes with their workflow and the verbale's downloads, as one landmark of the meeting page. */
export function MinutesSection({ meeting, items, user, onMeetingChange }: MinutesSectionProps) {
  const { t } = useTranslation(MEETINGS);
  const { t: tl } = useTranslation(MEETINGS, { keyPrefix: 'layout' });
  return (
    <section aria-labelledby="minutes-title" className="mb-4">
      <h2 id="minutes-title" className="h4">
        {t('tabMinutes')}
      </h2>
      <p className="d-flex flex-wrap gap-2" role="group" aria-label={tl('downloads')}>
        <a className="btn btn-sm btn-outline-primary" href={`/api/meetings/${meeting.id}/minutes.docx`} download>
          {t('downloadDocx')}
        </a>
        <a className="btn btn-sm btn-outline-primary" href={`/api/meetings/${meeting.id}/minutes.pdf`} download>
          {t('downloadPdf')}
        </a>
        <a className="btn btn-sm btn-outline-secondary" href={`/api/meetings/${meeting.id}/minutes.json`}>
          {t('downloadJson')}
        </a>
      </p>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <MeetingMinutes meeting={meeting} items={items} currentItemId={meeting.run.currentItemId} user={user} onMeetingChange={onMeetingChange} />
      </Suspense>
    </section>
  );
}
