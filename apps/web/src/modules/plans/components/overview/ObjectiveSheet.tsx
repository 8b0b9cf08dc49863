import { useTranslation } from 'react-i18next';
import { indicatorState, type PlanAction, type PlanIndicator, type PlanObjective } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { formatDay, formatEuros, formatNumber } from '../../format';
import type { PlanChoices } from '../../hooks/usePlanChoices';
import { ProgressBar } from '../ProgressBar';

interface Props {
  objective: PlanObjective;
  actions: PlanAction[];
  indicators: PlanIndicator[];
  labels: PlanChoices['labels'];
}

/** One objective as the projection holds it: its sheet, its actions with who leads them, its indicators. */
export function ObjectiveSheet({ objective: o, actions, indicators, labels }: Props) {
  const { t, i18n } = useTranslation(PLANS);
  const lang = i18n.language;
  const titleOf = new Map(actions.map((a) => [a.id, a.title]));
  const measure = (m: { value: number; date: string | null } | null) =>
    m ? (m.date ? t('overview.measureOn', { value: formatNumber(m.value, lang), date: formatDay(m.date, lang) }) : formatNumber(m.value, lang)) : '';
  return (
    <article className="card card-body mb-3" aria-labelledby={`sheet-${o.id}`} data-testid="objective-sheet">
      <h4 id={`sheet-${o.id}`} className="h5">
        {o.code} – {o.title}
      </h4>
      <ProgressBar value={o.progress} label={t('overview.progressOf', { code: o.code })} className="mb-2" />
      {o.description && <p className="mb-2">{o.description}</p>}
      <dl className="row small mb-2">
        {o.targetGroup && (
          <>
            <dt className="col-sm-4">{t('overview.targetGroup')}</dt>
            <dd className="col-sm-8">{o.targetGroup}</dd>
          </>
        )}
        {o.lepsCode && (
          <>
            <dt className="col-sm-4">{t('overview.leps')}</dt>
            <dd className="col-sm-8">{labels.leps.get(o.lepsCode) ?? o.lepsCode}</dd>
          </>
        )}
        <dt className="col-sm-4">{t('overview.coDesigned')}</dt>
        <dd className="col-sm-8">{o.coDesigned ? t('common.yes') : t('common.no')}</dd>
        <dt className="col-sm-4">{t('overview.crossArea')}</dt>
        <dd className="col-sm-8">{o.crossArea ? t('common.yes') : t('common.no')}</dd>
      </dl>
      <p className="small">{t('overview.plannedTotal', { amount: formatEuros(o.plannedTotalCents, lang) })}</p>

      {actions.length === 0 ? (
        <p>{t('overview.noActions')}</p>
      ) : (
        <div className="table-responsive" tabIndex={0} role="region" aria-label={t('overview.actionsOf', { code: o.code })}>
          <table className="table table-sm align-middle">
            <caption className="caption-top">{t('overview.actionsOf', { code: o.code })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.action')}</th>
                <th scope="col">{t('overview.lead')}</th>
                <th scope="col">{t('overview.partners')}</th>
                <th scope="col">{t('overview.dates')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('overview.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id} data-testid="overview-action">
                  <th scope="row" className="fw-normal">
                    {a.title}
                  </th>
                  <td>{a.leadOrganisationName ?? ''}</td>
                  <td>
                    <ul className="list-unstyled mb-0">
                      {a.partners.map((p) => (
                        <li key={p.organisationId}>
                          {p.organisationName} ({t(`role_${p.role}`)})
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="text-nowrap">
                    {a.startDate || a.endDate ? t('overview.dateRange', { from: formatDay(a.startDate, lang), to: formatDay(a.endDate, lang) }) : ''}
                  </td>
                  <td>{t(`actionStatus_${a.status}`)}</td>
                  <td style={{ minWidth: '9rem' }}>
                    <ProgressBar value={a.status === 'cancelled' ? null : a.progress} label={t('overview.progressOf', { code: a.title })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {indicators.length === 0 ? (
        <p className="mb-0">{t('overview.noIndicators')}</p>
      ) : (
        <div className="table-responsive" tabIndex={0} role="region" aria-label={t('overview.indicatorsOf', { code: o.code })}>
          <table className="table table-sm align-middle mb-0">
            <caption className="caption-top">{t('overview.indicatorsOf', { code: o.code })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.indicator')}</th>
                <th scope="col">{t('overview.baseline')}</th>
                <th scope="col">{t('overview.target')}</th>
                <th scope="col">{t('overview.latest')}</th>
                <th scope="col">{t('overview.state')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((i) => {
                const latest = i.observations.at(-1) ?? null;
                const state = latest ? indicatorState(i, latest.value) : null;
                return (
                  <tr key={i.id} data-testid="overview-indicator">
                    <th scope="row" className="fw-normal">
                      {i.name}
                      {i.unit && ` (${i.unit})`}
                      <span className="d-block small text-secondary">
                        {t(`kind_${i.kind}`)}
                        {i.actionId && ` · ${titleOf.get(i.actionId) ?? ''}`}
                      </span>
                    </th>
                    <td>{measure(i.baseline)}</td>
                    <td>{measure(i.target)}</td>
                    <td>{measure(latest)}</td>
                    <td>{state ? t(`state_${state}`) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
