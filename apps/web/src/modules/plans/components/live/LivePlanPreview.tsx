import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareOrder } from '@cantiere/collab';
import type { PlanDetail } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { useProgressText } from '../../hooks/useProgressText';

/**
 * The plan's objectives as its rows were last projected, in the live form's place while the live document opens: a
 * large plan's document is a few hundred kilobytes of Yjs to receive and apply, and its headings were on screen only
 * after that. Read-only and marked busy; the live form replaces it as soon as the document has arrived. Offline, with
 * no copy of the document in the browser yet, it stays and says so.
 */
export function LivePlanPreview({ plan, offline = false }: { plan: PlanDetail; offline?: boolean }) {
  const { t } = useTranslation(PLANS);
  const id = useId();
  const progressText = useProgressText();
  const objectives = useMemo(() => [...plan.objectives].sort(compareOrder), [plan.objectives]);
  const actionCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const a of plan.actions) counts.set(a.objectiveId, (counts.get(a.objectiveId) ?? 0) + 1);
    return counts;
  }, [plan.actions]);
  return (
    <section aria-labelledby={`${id}-title`} aria-busy="true" data-testid="live-plan-preview">
      <h2 id={`${id}-title`} className="h4">
        {t('live.title')}
      </h2>
      <p role="status" className="small text-secondary">
        {offline ? t('live.offlinePreview') : t('live.opening')}
      </p>
      {objectives.length > 0 && (
        <ol className="list-unstyled plan-outline" aria-label={t('live.title')}>
          {objectives.map((o) => (
            <li key={o.id} className="card mb-3 plan-objective" data-testid="plan-objective-preview">
              <div className="card-header">
                {/* The size of the live form's heading buttons, which take their place. */}
                <h3 className="h5 mb-1">
                  <span className="fs-6 fw-semibold">
                    {o.code} – {o.title || t('live.newObjective')}
                  </span>
                </h3>
                <span className="small text-secondary">
                  {t('live.objectiveSummary', { count: actionCounts.get(o.id) ?? 0, progress: progressText(o.progress) })}
                </span>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
