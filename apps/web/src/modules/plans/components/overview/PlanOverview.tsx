import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction, PlanDetail, PlanIndicator, PlanObjective } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { fieldLabel, issueMessage } from '../../issue-text';
import type { PlanChoices } from '../../hooks/usePlanChoices';
import { ProgressBar } from '../ProgressBar';
import { ObjectiveSheet } from './ObjectiveSheet';

/** Objectives grouped by macro-area, in the order of their first objective; those without one come last. */
function byMacroArea(objectives: PlanObjective[]): [string | null, PlanObjective[]][] {
  const groups = new Map<string | null, PlanObjective[]>();
  for (const o of objectives) groups.set(o.macroArea, [...(groups.get(o.macroArea) ?? []), o]);
  return [...groups].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : 0));
}

/** Actions and indicators by objective (an action's indicators under its objective), in one pass over each list. */
function byObjective(plan: PlanDetail) {
  const actions = new Map<string, PlanAction[]>();
  const objectiveOfAction = new Map<string, string>();
  for (const a of plan.actions) {
    actions.set(a.objectiveId, [...(actions.get(a.objectiveId) ?? []), a]);
    objectiveOfAction.set(a.id, a.objectiveId);
  }
  const indicators = new Map<string, PlanIndicator[]>();
  for (const i of plan.indicators) {
    const objectiveId = i.objectiveId ?? (i.actionId ? objectiveOfAction.get(i.actionId) : undefined);
    if (objectiveId) indicators.set(objectiveId, [...(indicators.get(objectiveId) ?? []), i]);
  }
  return { actions, indicators };
}

const NONE: never[] = [];

/**
 * The plan as its rows hold it (what REST, exports and charts read): progress of the plan and of each objective with
 * the roll-up rule in words, objectives by macro-area with their actions and indicators, and the records whose live
 * state is invalid, so that someone fixes them.
 */
export function PlanOverview({ plan, labels }: { plan: PlanDetail; labels: PlanChoices['labels'] }) {
  const { t } = useTranslation(PLANS);
  const grouped = useMemo(() => byObjective(plan), [plan]);
  return (
    <section aria-labelledby="plan-overview-title" data-testid="plan-overview">
      <h2 id="plan-overview-title" className="h4">
        {t('overview.title')}
      </h2>
      <ProgressBar value={plan.progress} label={t('page.progress')} className="mb-1" />
      <p className="small text-secondary" data-testid="roll-up-rule">
        {t('overview.rule')}
      </p>
      {plan.problems.length > 0 && (
        <div className="alert alert-warning" data-testid="plan-problems">
          <h3 className="h6">{t('overview.problemsTitle')}</h3>
          <p className="small">{t('overview.problemsIntro')}</p>
          <ul className="mb-0">
            {plan.problems.map((r) => (
              <li key={r.recordId}>
                {t('overview.problem', {
                  label: r.label,
                  message: r.problems.map((p) => `${fieldLabel(p.path)}: ${issueMessage(p.path, p.message)}`).join('; '),
                })}
                {!r.hasRow && ` (${t('overview.neverValid')})`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.objectives.length === 0 && <p>{t('overview.noObjectives')}</p>}
      {byMacroArea(plan.objectives).map(([area, objectives]) => (
        <section key={area ?? 'none'} aria-labelledby={`area-${area ?? 'none'}`} className="mb-4">
          <h3 id={`area-${area ?? 'none'}`} className="h5 border-bottom pb-1">
            {area ? (labels.macroAreas.get(area) ?? area) : t('overview.noMacroArea')}
          </h3>
          {objectives.map((o) => (
            <ObjectiveSheet
              key={o.id}
              objective={o}
              labels={labels}
              actions={grouped.actions.get(o.id) ?? NONE}
              indicators={grouped.indicators.get(o.id) ?? NONE}
            />
          ))}
        </section>
      ))}
    </section>
  );
}
