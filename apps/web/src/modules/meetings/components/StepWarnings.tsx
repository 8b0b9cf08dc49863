import type { StepWarning } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../rome';
import { dateLocale } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** The warnings the server raised for a step, said plainly, with what the confirmation records. */
export function StepWarnings({ warnings }: { warnings: StepWarning[] }) {
  const { t, i18n } = useTranslation(MEETINGS, { keyPrefix: 'steps' });
  const locale = dateLocale(i18n.language);
  const amount = (hours: number) =>
    Math.abs(hours) >= 48 ? t('days', { n: Math.round(Math.abs(hours) / 24) }) : t('hours', { n: Math.round(Math.abs(hours)) });
  const line = (w: StepWarning) => {
    switch (w.code) {
      case 'far_from_schedule':
        return t(w.hoursFromSchedule > 0 ? 'far_from_schedule_ahead' : 'far_from_schedule_behind', {
          date: formatDateTime(w.scheduledAt, locale),
          amount: amount(w.hoursFromSchedule),
        });
      case 'chair_absent':
        return t('chair_absent', { name: w.chairName, status: t(w.status === 'excused' ? 'status_excused' : 'status_absent') });
      case 'review_open':
        return t('review_open', { days: w.daysLeft, date: formatDateTime(w.reviewUntil, locale), count: w.openRemarks.length });
      case 'unapplied_suggestions':
        return t('unapplied_suggestions', { count: w.count });
    }
  };
  return (
    <div className="alert alert-warning" data-testid="step-warnings">
      <p className="fw-semibold mb-1">{t('warningsTitle')}</p>
      <ul className="mb-2">
        {warnings.map((w) => (
          <li key={w.code} data-warning={w.code}>
            {line(w)}
            {w.code === 'review_open' && w.openRemarks.length > 0 && (
              <ul className="small">
                {w.openRemarks.map((r, i) => (
                  <li key={i}>{`${r.authorName}${r.organisationName ? ` (${r.organisationName})` : ''}: ${r.excerpt}`}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p className="small mb-0">{t('recorded')}</p>
    </div>
  );
}
