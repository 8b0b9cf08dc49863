import { useTranslation } from 'react-i18next';
import type { PlanAction, PlanObjective } from '@cantiere/domain';
import { PLANS } from '../../../i18n/namespaces/plans';
import { formatDay } from '../format';
import { ProgressBar } from '../components/ProgressBar';
import type { Lateness } from './board-filter';

/** One action on the board: its objective's code, title, lead, period, progress and whether it is late and why. */
export function BoardCard({ action: a, objective, late }: { action: PlanAction; objective: PlanObjective | undefined; late: Lateness | null }) {
  const { t, i18n } = useTranslation(PLANS);
  const lang = i18n.language;
  const why = late
    ? [
        late.endPassed ? t('views.board.lateEnd', { date: formatDay(a.endDate, lang) }) : null,
        late.overdueMilestones.length ? t('views.board.lateMilestones', { count: late.overdueMilestones.length }) : null,
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  return (
    <article className="card card-body plan-board-card" data-testid="board-card">
      <h4 className="h6 mb-1">
        {objective && <span className="badge bg-light text-dark me-1">{objective.code}</span>}
        {a.title}
      </h4>
      <p className="small mb-1">{a.leadOrganisationName ? t('views.board.lead', { name: a.leadOrganisationName }) : t('views.board.noLead')}</p>
      {(a.startDate || a.endDate) && (
        <p className="small text-secondary mb-1">{t('overview.dateRange', { from: formatDay(a.startDate, lang), to: formatDay(a.endDate, lang) })}</p>
      )}
      {late && (
        <p className="small mb-1 text-danger-emphasis" data-testid="board-late">
          <strong>{t('views.board.late')}</strong>: {why}
        </p>
      )}
      <ProgressBar value={a.status === 'cancelled' ? null : a.progress} label={t('views.board.progressOf', { title: a.title })} />
    </article>
  );
}
