import { compareOrder, docIdOf } from '@cantiere/collab';
import { planProgress, roundProgress, type Plan, type PlanDetail, type PlanProblem } from '@cantiere/domain';
import type { PlanEntity } from './plan.entity';
import type { PlanRows, PlanSummaryRows } from './plan.repository';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const byKey = <T extends { id: string; orderKey: string }>(a: T, b: T) => compareOrder({ id: a.id, order: a.orderKey }, { id: b.id, order: b.orderKey });

export function toPlan(e: PlanEntity, can: Plan['can'], summary: { counts: Plan['counts']; plannedCents: number; progress: number | null }): Plan {
  return {
    id: e.id,
    docId: docIdOf('action-plan', e.id),
    spaceId: e.spaceId,
    spaceName: e.space?.name ?? '',
    title: e.title,
    startYear: e.startYear,
    endYear: e.endYear,
    status: e.status,
    adoptingAct: { decisionId: e.adoptingDecisionId, body: e.adoptingActBody, number: e.adoptingActNumber, date: e.adoptingActDate },
    submittedAt: iso(e.submittedAt),
    adoptedAt: iso(e.adoptedAt),
    introductionDocumentId: e.introductionDocumentId,
    progress: roundProgress(summary.progress),
    counts: summary.counts,
    plannedTotalCents: summary.plannedCents,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    access: can['plan.write'] ? 'write' : 'read',
    can,
  };
}

export function toPlanSummary(e: PlanEntity, can: Plan['can'], rows: PlanSummaryRows): Plan {
  const { problems, objectives, actions, indicators, plannedCents } = rows.counts.get(e.id)!;
  return toPlan(e, can, { counts: { objectives, actions, indicators, problems }, plannedCents, progress: planProgress(rows.actions.get(e.id)!).plan });
}

/**
 * A plan with its records in order: objectives by order key, actions by their objective's place then their key,
 * indicators by their owner's place then their key (ties by id, as every reader of the document breaks them).
 */
export function toPlanDetail(rows: PlanRows, can: Plan['can']): PlanDetail {
  const problemsOf = new Map<string, PlanProblem[]>(rows.problems.map((p) => [p.recordId, p.problems]));
  const objectives = [...rows.objectives].sort(byKey);
  const objectivePlace = new Map(objectives.map((o, i) => [o.id, i]));
  const actions = [...rows.actions].sort((a, b) => (objectivePlace.get(a.objectiveId) ?? 0) - (objectivePlace.get(b.objectiveId) ?? 0) || byKey(a, b));
  const actionPlace = new Map(actions.map((a, i) => [a.id, i]));
  const ownerPlace = (i: { objectiveId: string | null; actionId: string | null }) =>
    i.objectiveId
      ? (objectivePlace.get(i.objectiveId) ?? 0) * 100_000
      : (objectivePlace.get(rows.actions.find((a) => a.id === i.actionId)?.objectiveId ?? '') ?? 0) * 100_000 + 1 + (actionPlace.get(i.actionId!) ?? 0);
  const indicators = [...rows.indicators].sort((a, b) => ownerPlace(a) - ownerPlace(b) || byKey(a, b));
  const progress = planProgress(rows.actions);
  const objectiveBudget = (id: string) =>
    rows.objectiveBudgets.filter((b) => b.objectiveId === id).sort((a, b) => a.fundingSource.localeCompare(b.fundingSource));
  const actionBudget = (id: string) => rows.actionBudgets.filter((b) => b.actionId === id).sort((a, b) => a.fundingSource.localeCompare(b.fundingSource));
  const plannedCents = sum(rows.objectiveBudgets.map((b) => b.plannedCents));
  const counts = { objectives: objectives.length, actions: actions.length, indicators: indicators.length, problems: rows.problems.length };
  const rowIds = new Set([...objectives, ...actions, ...indicators].map((r) => r.id));

  return {
    ...toPlan(rows.plan, can, { counts, plannedCents, progress: progress.plan }),
    introduction: rows.plan.introduction,
    objectives: objectives.map((o) => ({
      id: o.id,
      code: o.code,
      title: o.title,
      description: o.description,
      macroArea: o.macroArea,
      targetGroup: o.targetGroup,
      expectedImpact: o.expectedImpact,
      lepsCode: o.lepsCode,
      coDesigned: o.coDesigned,
      crossArea: o.crossArea,
      plannedStaff: o.plannedStaff,
      budget: objectiveBudget(o.id).map((b) => ({ fundingSource: b.fundingSource, plannedCents: b.plannedCents })),
      plannedTotalCents: sum(objectiveBudget(o.id).map((b) => b.plannedCents)),
      order: o.orderKey,
      progress: roundProgress(progress.byObjective.get(o.id) ?? null),
      problems: problemsOf.get(o.id) ?? [],
      updatedAt: o.updatedAt.toISOString(),
    })),
    actions: actions.map((a) => ({
      id: a.id,
      objectiveId: a.objectiveId,
      order: a.orderKey,
      title: a.title,
      description: a.description,
      leadOrganisationId: a.leadOrganisationId,
      leadOrganisationName: a.leadOrganisationId ? (rows.organisationNames.get(a.leadOrganisationId) ?? null) : null,
      partners: rows.partners
        .filter((p) => p.actionId === a.id)
        .map((p) => ({ organisationId: p.organisationId, organisationName: p.organisationName, role: p.role as never, budgetShareCents: p.budgetShareCents })),
      beneficiaries: { expected: a.beneficiariesExpected, description: a.beneficiariesDescription },
      startDate: a.startDate,
      endDate: a.endDate,
      status: a.status,
      progress: a.progress,
      weight: a.weight,
      budget: actionBudget(a.id).map((b) => ({ fundingSource: b.fundingSource, plannedCents: b.plannedCents, spentCents: b.spentCents })),
      plannedTotalCents: sum(actionBudget(a.id).map((b) => b.plannedCents)),
      spentTotalCents: sum(actionBudget(a.id).map((b) => b.spentCents)),
      milestones: rows.milestones.filter((m) => m.actionId === a.id).map((m) => ({ id: m.id, date: m.dueOn, title: m.title, done: m.done })),
      contributors: rows.contributors
        .filter((c) => c.actionId === a.id)
        .map((c) => ({ organisationId: c.organisationId, organisationName: c.organisationName })),
      problems: problemsOf.get(a.id) ?? [],
      updatedAt: a.updatedAt.toISOString(),
    })),
    indicators: indicators.map((i) => ({
      id: i.id,
      objectiveId: i.objectiveId,
      actionId: i.actionId,
      order: i.orderKey,
      kind: i.kind,
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baseline: i.baselineValue === null ? null : { value: i.baselineValue, date: i.baselineDate, source: i.baselineSource },
      target: i.targetValue === null ? null : { value: i.targetValue, date: i.targetDate },
      acceptableRange: i.rangeMin === null || i.rangeMax === null ? null : { min: i.rangeMin, max: i.rangeMax },
      observations: rows.observations
        .filter((o) => o.indicatorId === i.id)
        .map((o) => ({ id: o.id, date: o.observedOn, value: o.value, note: o.note, source: o.source })),
      problems: problemsOf.get(i.id) ?? [],
      updatedAt: i.updatedAt.toISOString(),
    })),
    problems: rows.problems.map((p) => ({
      recordKind: p.recordKind,
      recordId: p.recordId,
      label: p.label,
      hasRow: rowIds.has(p.recordId),
      problems: p.problems,
    })),
  };
}
