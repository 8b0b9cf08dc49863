import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OrganisationPlanAction } from '@cantiere/domain';
import { QueryError } from '../../../components/QueryError';
import { PLANS } from '../../../i18n/namespaces/plans';
import { ProgressBar } from '../components/ProgressBar';
import { ScrollableTable } from '../components/ScrollableTable';
import { formatDay } from '../format';
import { useOrganisationPlanActions } from './useOrganisationPlanActions';
import '../board/board.css';

/** The actions by plan, plans in the server's order (newest period first). */
function byPlan(actions: OrganisationPlanAction[]): OrganisationPlanAction[][] {
  const plans = new Map<string, OrganisationPlanAction[]>();
  for (const a of actions) plans.set(a.planId, [...(plans.get(a.planId) ?? []), a]);
  return [...plans.values()];
}

/**
 * On an organisation's page: the actions it answers for in the plans, as lead or partner, under each plan, with their
 * objective, role, status, progress and period. A table on wider screens, a list of cards on a phone, where seven
 * columns do not fit. Only the plans the reader may see are asked for, by the server.
 */
export function OrganisationPlanActions({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation(PLANS);
  const lang = i18n.language;
  const query = useOrganisationPlanActions(organisationId);
  const actions = query.data;
  const role = (a: OrganisationPlanAction) => (a.role === 'lead' ? t('views.organisation.role_lead') : t(`role_${a.role}`));
  const period = (a: OrganisationPlanAction) =>
    a.startDate || a.endDate ? t('overview.dateRange', { from: formatDay(a.startDate, lang), to: formatDay(a.endDate, lang) }) : '';
  const progress = (a: OrganisationPlanAction) => (
    <ProgressBar value={a.status === 'cancelled' ? null : a.progress} label={t('views.organisation.progressOf', { title: a.actionTitle })} />
  );
  return (
    <section aria-labelledby="org-plan-actions" className="mt-4" data-testid="organisation-plan-actions">
      <h2 id="org-plan-actions" className="h5">
        {t('views.organisation.title')}
      </h2>
      <p className="small text-secondary">{t('views.organisation.intro')}</p>
      {query.error ? (
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      ) : !actions ? (
        <p role="status">{t('app.loading')}</p>
      ) : actions.length === 0 ? (
        <p>{t('views.organisation.empty')}</p>
      ) : (
        byPlan(actions).map((list) => {
          const plan = list[0];
          const heading = `org-plan-${plan.planId}`;
          return (
            <section key={plan.planId} aria-labelledby={heading} className="mb-3" data-testid="organisation-plan">
              <h3 id={heading} className="h6">
                <Link to={`/piani/${plan.planId}?vista=panoramica`}>{plan.planTitle}</Link>{' '}
                <span className="fw-normal text-secondary">
                  ({plan.spaceName}, {t(`status_${plan.planStatus}`)})
                </span>
              </h3>
              <div className="d-none d-md-block">
                <ScrollableTable label={t('views.organisation.caption', { plan: plan.planTitle })}>
                  <table className="table table-sm align-middle">
                    <caption className="visually-hidden">{t('views.organisation.caption', { plan: plan.planTitle })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('overview.action')}</th>
                        <th scope="col">{t('views.organisation.objective')}</th>
                        <th scope="col">{t('common.role')}</th>
                        <th scope="col">{t('common.status')}</th>
                        <th scope="col">{t('views.organisation.progress')}</th>
                        <th scope="col">{t('views.organisation.period')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((a) => (
                        <tr key={a.actionId} data-testid="organisation-plan-action">
                          <th scope="row" className="fw-normal">
                            {a.actionTitle}
                          </th>
                          <td>
                            <abbr title={a.objectiveTitle}>{a.objectiveCode}</abbr>
                          </td>
                          <td>{role(a)}</td>
                          <td>{t(`actionStatus_${a.status}`)}</td>
                          <td style={{ minWidth: '9rem' }}>{progress(a)}</td>
                          <td className="text-nowrap">{period(a)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollableTable>
              </div>
              <ul className="list-unstyled d-md-none mb-0">
                {list.map((a) => (
                  <li key={a.actionId} className="card card-body mb-2 p-3 plan-organisation-card" data-testid="organisation-plan-card">
                    <h4 className="h6 mb-1">{a.actionTitle}</h4>
                    <p className="small mb-1">
                      {a.objectiveCode} – {a.objectiveTitle}
                    </p>
                    <p className="small mb-1">
                      {role(a)} · {t(`actionStatus_${a.status}`)}
                    </p>
                    {period(a) && <p className="small text-secondary mb-1">{period(a)}</p>}
                    {progress(a)}
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
