import type { Meeting } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../rome';
import { dateLocale } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** Who moved the meeting through its lifecycle, and when. */
export function MeetingHistory({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation(MEETINGS);
  const locale = dateLocale(i18n.language);
  const { t: s } = useTranslation(MEETINGS, { keyPrefix: 'steps' });
  if (!meeting.transitions.length) return null;
  return (
    <section aria-labelledby="history-title" className="mt-4">
      <h2 id="history-title" className="h5">
        {t('history')}
      </h2>
      <ul className="small">
        {meeting.transitions.map((tr) => (
          <li key={`${tr.transition}-${tr.at}`}>
            {t('historyLine', { what: t(`transition_${tr.transition}`), who: tr.byName ?? '—', when: formatDateTime(tr.at, locale) })}
            {tr.reason ? ` (${tr.reason})` : ''}
            {tr.confirmedWarnings.length > 0 && ` – ${s('historyConfirmed', { what: tr.confirmedWarnings.map((w) => s(`short_${w.code}`)).join(', ') })}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
