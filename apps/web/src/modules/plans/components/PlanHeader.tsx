import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '@cantiere/domain';
import { PLANS } from '../../../i18n/namespaces/plans';
import { formatDay } from '../format';
import { PlanStatusBadge } from './PlanStatusBadge';

/** The plan's title, its space, period, status and, once adopted, the act that adopted it. */
export function PlanHeader({ plan }: { plan: PlanDetail }) {
  const { t, i18n } = useTranslation(PLANS);
  const act = plan.adoptingAct;
  const hasAct = !!(act.body || act.number || act.date || act.decisionId);
  return (
    <header className="mb-3">
      <p className="mb-1">
        <Link to={`/spazi/${plan.spaceId}`}>{plan.spaceName}</Link>
      </p>
      <h1 className="h2">{plan.title}</h1>
      <dl className="row mb-0">
        <dt className="col-sm-3">{t('page.period')}</dt>
        <dd className="col-sm-9">{t('list.period', { start: plan.startYear, end: plan.endYear })}</dd>
        <dt className="col-sm-3">{t('common.status')}</dt>
        <dd className="col-sm-9">
          <PlanStatusBadge status={plan.status} />
        </dd>
        {hasAct && (
          <>
            <dt className="col-sm-3">{t('page.adoptingAct')}</dt>
            <dd className="col-sm-9" data-testid="adopting-act">
              {(act.body || act.number || act.date) && (
                <span className="d-block">{t('page.act', { body: act.body ?? '', number: act.number ?? '', date: formatDay(act.date, i18n.language) })}</span>
              )}
              {act.decisionId && <span className="d-block">{t('page.decision')}</span>}
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}
