import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction, PlanDetail, PlanIndicator } from '@cantiere/domain';
import { QueryError } from '../../../components/QueryError';
import { MONITORING } from '../../../i18n/namespaces/monitoring';
import { PLANS } from '../../../i18n/namespaces/plans';
import type { PlanChoices } from '../hooks/usePlanChoices';
import { ProgressBar } from '../components/ProgressBar';
import { IndicatorMonitor } from './IndicatorMonitor';
import { MonitoredActionCard } from './MonitoredActionCard';
import { usePlanMonitoring } from './usePlanMonitoring';

/**
 * The monitoring of an adopted plan: progress rolled up to plan and objectives with the rule in words, what is
 * overdue, each action with "Aggiorna avanzamento" and "Storico aggiornamenti", each indicator with its state and
 * "Registra valore". Titles and targets come from the adopted plan; the values from what was reported since.
 */
export function PlanMonitoringSection({ plan, labels }: { plan: PlanDetail; labels: PlanChoices['labels'] }) {
  const { t } = useTranslation(MONITORING);
  const { t: tp } = useTranslation(PLANS);
  const query = usePlanMonitoring(plan.id);
  const grouped = useMemo(() => {
    const actions = new Map<string, PlanAction[]>();
    for (const a of plan.actions) actions.set(a.objectiveId, [...(actions.get(a.objectiveId) ?? []), a]);
    const objectiveOf = new Map(plan.actions.map((a) => [a.id, a.objectiveId]));
    const indicators = new Map<string, PlanIndicator[]>();
    for (const i of plan.indicators) {
      const objectiveId = i.objectiveId ?? objectiveOf.get(i.actionId ?? '') ?? '';
      indicators.set(objectiveId, [...(indicators.get(objectiveId) ?? []), i]);
    }
    return { actions, indicators };
  }, [plan]);
  const m = query.data;
  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!m) return <p role="status">{t('loading')}</p>;
  const actionState = new Map(m.actions.map((a) => [a.actionId, a]));
  const indicatorState = new Map(m.indicators.map((i) => [i.indicatorId, i]));
  const objectiveProgress = new Map(m.objectives.map((o) => [o.objectiveId, o.progress]));
  const fundingLabel = (code: string) => labels.fundingSources.get(code) ?? code;

  return (
    <section aria-labelledby="plan-monitoring-title" className="mb-5" data-testid="plan-monitoring">
      <h2 id="plan-monitoring-title" className="h4">
        {t('title')}
      </h2>
      <p className="text-secondary">{m.open ? t('intro') : t('closed')}</p>
      <ProgressBar value={m.progress} label={t('planProgress')} className="mb-1" />
      <p className="small text-secondary" data-testid="monitoring-rule">
        {t('rule')}
      </p>
      <p data-testid="overdue-summary" className={m.overdue.actions + m.overdue.milestones > 0 ? 'text-danger fw-semibold' : ''}>
        {m.overdue.actions + m.overdue.milestones > 0 ? t('overdueSummary', { actions: m.overdue.actions, milestones: m.overdue.milestones }) : t('noOverdue')}
      </p>
      {plan.objectives.map((o) => (
        <section key={o.id} aria-labelledby={`monitor-${o.id}`} className="mb-4">
          <h3 id={`monitor-${o.id}`} className="h5 border-bottom pb-1">
            {o.code} · {o.title}
          </h3>
          <ProgressBar value={objectiveProgress.get(o.id) ?? null} label={tp('overview.progressOf', { code: o.code })} className="mb-2" />
          <ul className="list-unstyled">
            {(grouped.actions.get(o.id) ?? []).map((a) => {
              const state = actionState.get(a.id);
              return state ? <MonitoredActionCard key={a.id} planId={plan.id} action={a} monitored={state} open={m.open} fundingLabel={fundingLabel} /> : null;
            })}
          </ul>
          {(grouped.indicators.get(o.id) ?? []).length > 0 && (
            <>
              <h4 className="h6">{tp('live.indicatorsTitle')}</h4>
              <ul className="list-unstyled">
                {(grouped.indicators.get(o.id) ?? []).map((i) => {
                  const state = indicatorState.get(i.id);
                  return state ? <IndicatorMonitor key={i.id} planId={plan.id} indicator={i} monitored={state} open={m.open} /> : null;
                })}
              </ul>
            </>
          )}
        </section>
      ))}
    </section>
  );
}
