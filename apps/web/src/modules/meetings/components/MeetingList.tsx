import { Link } from 'react-router-dom';
import type { Meeting } from '@cantiere/domain';
import { usePrefetchMeeting } from '../hooks/usePrefetchMeeting';
import { useTranslation } from 'react-i18next';
import { formatDay, formatTime } from '../rome';
import { dateLocale } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { StatusBadge } from './StatusBadge';

/** Meetings as a list: number, title, date in Rome time, status. */
export function MeetingList({ meetings, empty, showSpace = false }: { meetings: Meeting[]; empty: string; showSpace?: boolean }) {
  const { t, i18n } = useTranslation(MEETINGS);
  const locale = dateLocale(i18n.language);
  const prefetch = usePrefetchMeeting();
  if (!meetings.length) return <p>{empty}</p>;
  return (
    <ul className="list-group mb-3" data-testid="meeting-list">
      {meetings.map((m) => (
        <li key={m.id} className="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2">
          <span>
            <Link to={`/sedute/${m.id}`} onMouseEnter={() => prefetch(m.id)} onFocus={() => prefetch(m.id)}>
              {t('number', { number: m.number, year: m.year })} – {m.title}
            </Link>
            <span className="d-block small text-secondary">
              {formatDay(m.startsAt, locale)}, {formatTime(m.startsAt, locale)}
              {showSpace ? ` · ${m.spaceName}` : ''}
            </span>
          </span>
          <StatusBadge status={m.status} />
        </li>
      ))}
    </ul>
  );
}
