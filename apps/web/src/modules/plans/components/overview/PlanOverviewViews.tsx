import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { ActionBoard } from '../../board/ActionBoard';
import { PlanCharts } from '../../charts/PlanCharts';
import type { PlanChoices } from '../../hooks/usePlanChoices';
import { PlanOverview } from './PlanOverview';

/**
 * The plan read from its rows, in three parts a reader jumps between: the objectives by macro-area, the charts with
 * their tables, and the board of actions by status. The links at the top save a long scroll on a phone.
 */
export function PlanOverviewViews({ plan, labels }: { plan: PlanDetail; labels: PlanChoices['labels'] }) {
  const { t } = useTranslation(PLANS);
  const hasObjectives = plan.objectives.length > 0;
  return (
    <>
      {hasObjectives && (
        <nav aria-label={t('views.jump')} className="mb-3">
          <ul className="list-inline mb-0">
            <li className="list-inline-item">
              <a href="#plan-overview-title">{t('overview.title')}</a>
            </li>
            <li className="list-inline-item">
              <a href="#plan-charts-title">{t('views.charts.title')}</a>
            </li>
            <li className="list-inline-item">
              <a href="#plan-board-title">{t('views.board.title')}</a>
            </li>
          </ul>
        </nav>
      )}
      <PlanOverview plan={plan} labels={labels} />
      {hasObjectives && (
        <>
          <PlanCharts plan={plan} labels={labels} />
          <ActionBoard plan={plan} labels={labels} />
        </>
      )}
    </>
  );
}
