import type { Meeting } from '@cantiere/domain';
import { formatDateTime } from '../rome';
import { useMeetingText } from '../texts';

/** Who moved the meeting through its lifecycle, and when. */
export function MeetingHistory({ meeting }: { meeting: Meeting }) {
  const t = useMeetingText();
  if (!meeting.transitions.length) return null;
  return (
    <section aria-labelledby="history-title" className="mt-4">
      <h2 id="history-title" className="h5">{t('history')}</h2>
      <ul className="small">
        {meeting.transitions.map((tr) => (
          <li key={`${tr.transition}-${tr.at}`}>
            {t('historyLine', { what: t(`transition_${tr.transition}`), who: tr.byName ?? '—', when: formatDateTime(tr.at, t.locale) })}{tr.reason ? ` (${tr.reason})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
