import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../components/QueryError';
import { PLANS } from '../../../i18n/namespaces/plans';
import { ProgressBar } from '../components/ProgressBar';
import { ScrollableTable } from '../components/ScrollableTable';
import { formatDay } from '../format';
import { useOrganisationPlanActions } from './useOrganisationPlanActions';

/**
 * On an organisation's page: the actions it answers for in the plans, as lead or partner, with where each sits (plan,
 * objective), its status, progress and period. Only the plans the reader may see are asked for, by the server.
 */
export function OrganisationPlanActions({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation(PLANS);
  const lang = i18n.language;
  const query = useOrganisationPlanActions(organisationId);
  const actions = query.data;
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
        <ScrollableTable label={t('views.organisation.caption')}>
          <table className="table table-sm align-middle">
            <caption className="caption-top visually-hidden">{t('views.organisation.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.action')}</th>
                <th scope="col">{t('views.organisation.plan')}</th>
                <th scope="col">{t('views.organisation.objective')}</th>
                <th scope="col">{t('common.role')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('views.organisation.progress')}</th>
                <th scope="col">{t('views.organisation.period')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.actionId} data-testid="organisation-plan-action">
                  <th scope="row" className="fw-normal">
                    {a.actionTitle}
                  </th>
                  <td>
                    <Link to={`/piani/${a.planId}?vista=panoramica`}>{a.planTitle}</Link>
                  </td>
                  <td>
                    <abbr title={a.objectiveTitle}>{a.objectiveCode}</abbr>
                  </td>
                  <td>{a.role === 'lead' ? t('views.organisation.role_lead') : t(`role_${a.role}`)}</td>
                  <td>{t(`actionStatus_${a.status}`)}</td>
                  <td style={{ minWidth: '9rem' }}>
                    <ProgressBar value={a.status === 'cancelled' ? null : a.progress} label={t('views.organisation.progressOf', { title: a.actionTitle })} />
                  </td>
                  <td className="text-nowrap">
                    {a.startDate || a.endDate ? t('overview.dateRange', { from: formatDay(a.startDate, lang), to: formatDay(a.endDate, lang) }) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
    </section>
  );
}
