import { z } from 'zod';
import { INDICATOR_STATES } from './constants';
import { indicatorDirectionSchema, indicatorKindSchema, partnerRoleSchema, planActionStatusSchema, planStatusSchema } from './plan';
import { indicatorState, planProgress, roundProgress } from './plan-progress';
import type { PlanAction, PlanDetail, PlanIndicator } from './plan-records';

/*
 * The plan export model: one plain, self-contained description of a plan that every export renders (the Piano di Zona
 * DOCX, the monitoring report, the open-data JSON and CSV, the charts). It names organisations only, never people,
 * so the open-data files can be this model as it is. Built by `buildPlanExportModel` from the rows of a plan being
 * drafted or revised, and from the frozen record of its adoption for an adopted plan (same shape).
 */

const labelled = () => z.object({ code: z.string(), label: z.string() });
const cents = () => z.number().int().min(0);

export const exportIndicatorSchema = z.object({
  id: z.uuid(),
  kind: indicatorKindSchema,
  name: z.string(),
  unit: z.string(),
  direction: indicatorDirectionSchema,
  baseline: z.object({ value: z.number(), date: z.string().nullable(), source: z.string() }).nullable(),
  target: z.object({ value: z.number(), date: z.string().nullable() }).nullable(),
  acceptableRange: z.object({ min: z.number(), max: z.number() }).nullable(),
  /** The most recent observed value on or before the model's `asOf` date; null when none. */
  latest: z.object({ date: z.string(), value: z.number() }).nullable(),
  /** Where the latest value stands against the target (`indicatorState`); null without a value or a target. */
  state: z.enum(INDICATOR_STATES).nullable(),
});
export type ExportIndicator = z.infer<typeof exportIndicatorSchema>;

export const exportBudgetLineSchema = z.object({ fundingSource: z.string(), label: z.string(), plannedCents: cents(), spentCents: cents() });
export type ExportBudgetLine = z.infer<typeof exportBudgetLineSchema>;

export const exportActionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  lead: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  partners: z.array(z.object({ id: z.uuid(), name: z.string(), role: partnerRoleSchema, budgetShareCents: cents().nullable() })),
  beneficiaries: z.object({ expected: z.number().int().nullable(), description: z.string() }),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: planActionStatusSchema,
  progress: z.number().int().min(0).max(100),
  weight: z.number(),
  /** By funding source, in the order of the managed list. */
  budget: z.array(exportBudgetLineSchema),
  plannedTotalCents: cents(),
  spentTotalCents: cents(),
  milestones: z.array(z.object({ date: z.string(), title: z.string(), done: z.boolean() })),
  indicators: z.array(exportIndicatorSchema),
});
export type ExportAction = z.infer<typeof exportActionSchema>;

export const exportObjectiveSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  macroArea: labelled().nullable(),
  targetGroup: z.string(),
  expectedImpact: z.string(),
  leps: labelled().nullable(),
  coDesigned: z.boolean(),
  crossArea: z.boolean(),
  plannedStaff: z.string(),
  /** The objective's own planned money by funding source (the objective sheet's figure). */
  budget: z.array(z.object({ fundingSource: z.string(), label: z.string(), plannedCents: cents() })),
  plannedTotalCents: cents(),
  /** Weighted progress of its actions, one decimal; null when no action counts. */
  progress: z.number().min(0).max(100).nullable(),
  actions: z.array(exportActionSchema),
  indicators: z.array(exportIndicatorSchema),
});
export type ExportObjective = z.infer<typeof exportObjectiveSchema>;

export const planExportModelSchema = z
  .object({
    /** Bumped when a field changes meaning or goes away; new fields may appear within a version. */
    schemaVersion: z.literal(1),
    /** Where the figures come from: the projected rows of the live plan, or the frozen record of its adoption. */
    source: z.enum(['rows', 'adopted_record']),
    /**
     * The sealed adoption the figures come from (source `adopted_record`): its version and the SHA-256 of its canonical
     * JSON, so that a reader can check the file against the record. Null when the figures come from the rows.
     */
    adoptedRecord: z.object({ version: z.number().int().min(1), sha256: z.string() }).nullable(),
    /**
     * True when the figures are the draft of a revision of an adopted plan (the adopted version stays in force until the
     * revision is adopted); documents print "Bozza di revisione" on their cover.
     */
    revisionDraft: z.boolean(),
    generatedAt: z.string(),
    /** The date indicator values are read at (inclusive), `YYYY-MM-DD`. */
    asOf: z.string(),
    plan: z.object({
      id: z.uuid(),
      title: z.string(),
      spaceName: z.string(),
      startYear: z.number().int(),
      endYear: z.number().int(),
      status: planStatusSchema,
      description: z.string().nullable(),
      adoptingAct: z.object({ body: z.string().nullable(), number: z.string().nullable(), date: z.string().nullable(), decisionId: z.uuid().nullable() }),
      adoptedAt: z.string().nullable(),
      progress: z.number().min(0).max(100).nullable(),
    }),
    /** The funding sources the plan uses, in the managed list's order, with their Italian labels. */
    fundingSources: z.array(labelled()),
    objectives: z.array(exportObjectiveSchema),
  })
  .describe('A plan with its objectives, actions and indicators, as open data: organisations only, no personal names');
export type PlanExportModel = z.infer<typeof planExportModelSchema>;

/** The managed lists' Italian labels by code; an unknown or retired code is shown as the code itself. */
export interface PlanExportLabels {
  macroArea: ReadonlyMap<string, string>;
  fundingSource: ReadonlyMap<string, string>;
  leps: ReadonlyMap<string, string>;
  /** Funding source codes in the list's order. */
  fundingOrder: readonly string[];
}

const labelOf = (map: ReadonlyMap<string, string>, code: string | null) => (code === null ? null : { code, label: map.get(code) ?? code });

function toIndicator(i: PlanIndicator, asOf: string): ExportIndicator {
  const seen = i.observations.filter((o) => o.date <= asOf);
  const last = seen.length ? seen[seen.length - 1] : null;
  return {
    id: i.id,
    kind: i.kind,
    name: i.name,
    unit: i.unit,
    direction: i.direction,
    baseline: i.baseline,
    target: i.target,
    acceptableRange: i.acceptableRange,
    latest: last ? { date: last.date, value: last.value } : null,
    state: last ? indicatorState(i, last.value) : null,
  };
}

function toAction(a: PlanAction, labels: PlanExportLabels, indicators: ExportIndicator[]): ExportAction {
  return {
    id: a.id,
    title: a.title,
    description: a.description,
    lead: a.leadOrganisationId ? { id: a.leadOrganisationId, name: a.leadOrganisationName ?? '' } : null,
    partners: a.partners.map((p) => ({ id: p.organisationId, name: p.organisationName, role: p.role, budgetShareCents: p.budgetShareCents })),
    beneficiaries: a.beneficiaries,
    startDate: a.startDate,
    endDate: a.endDate,
    status: a.status,
    progress: a.progress,
    weight: a.weight,
    budget: a.budget.map((b) => ({ ...b, label: labels.fundingSource.get(b.fundingSource) ?? b.fundingSource })),
    plannedTotalCents: a.plannedTotalCents,
    spentTotalCents: a.spentTotalCents,
    milestones: a.milestones.map((m) => ({ date: m.date, title: m.title, done: m.done })),
    indicators,
  };
}

const byFundingOrder = (order: readonly string[]) => (a: string, b: string) => {
  const [i, j] = [order.indexOf(a), order.indexOf(b)];
  return (i < 0 ? Infinity : i) - (j < 0 ? Infinity : j) || a.localeCompare(b);
};

/**
 * The one builder of the export model from a plan as REST reads it (its rows) or as its adoption sealed it (the frozen
 * record's `plan`, same shape without the caller's rights; pass `adoptedRecord` then). `asOf` bounds the indicator values
 * (the monitoring report of a year reads them at 31 December); `generatedAt` is passed in so the model is a pure
 * function of its inputs.
 */
export function buildPlanExportModel(
  detail: Omit<PlanDetail, 'access' | 'can'>,
  labels: PlanExportLabels,
  options: { asOf: string; generatedAt: string; adoptedRecord?: { version: number; sha256: string } | null },
): PlanExportModel {
  const indicators = detail.indicators.map((i) => ({ row: i, out: toIndicator(i, options.asOf) }));
  const ofOwner = (key: 'objectiveId' | 'actionId', id: string) => indicators.filter((i) => i.row[key] === id).map((i) => i.out);
  const progress = planProgress(detail.actions);
  const used = new Set<string>();
  for (const o of detail.objectives) for (const b of o.budget) used.add(b.fundingSource);
  for (const a of detail.actions) for (const b of a.budget) used.add(b.fundingSource);
  return {
    schemaVersion: 1,
    source: options.adoptedRecord ? 'adopted_record' : 'rows',
    adoptedRecord: options.adoptedRecord ?? null,
    // Rows of a plan that was adopted before and is not adopted now: a revision being prepared (or submitted).
    revisionDraft: !options.adoptedRecord && detail.adoptedAt !== null && detail.status !== 'adopted' && detail.status !== 'closed',
    generatedAt: options.generatedAt,
    asOf: options.asOf,
    plan: {
      id: detail.id,
      title: detail.title,
      spaceName: detail.spaceName,
      startYear: detail.startYear,
      endYear: detail.endYear,
      status: detail.status,
      // The rows hold no introduction yet; the frozen record of an adopted plan may carry one.
      description: null,
      adoptingAct: {
        body: detail.adoptingAct.body,
        number: detail.adoptingAct.number,
        date: detail.adoptingAct.date,
        decisionId: detail.adoptingAct.decisionId,
      },
      adoptedAt: detail.adoptedAt,
      progress: roundProgress(progress.plan),
    },
    fundingSources: [...used].sort(byFundingOrder(labels.fundingOrder)).map((code) => ({ code, label: labels.fundingSource.get(code) ?? code })),
    objectives: detail.objectives.map((o) => ({
      id: o.id,
      code: o.code,
      title: o.title,
      description: o.description,
      macroArea: labelOf(labels.macroArea, o.macroArea),
      targetGroup: o.targetGroup,
      expectedImpact: o.expectedImpact,
      leps: labelOf(labels.leps, o.lepsCode),
      coDesigned: o.coDesigned,
      crossArea: o.crossArea,
      plannedStaff: o.plannedStaff,
      budget: o.budget.map((b) => ({ ...b, label: labels.fundingSource.get(b.fundingSource) ?? b.fundingSource })),
      plannedTotalCents: o.plannedTotalCents,
      progress: roundProgress(progress.byObjective.get(o.id) ?? null),
      actions: detail.actions.filter((a) => a.objectiveId === o.id).map((a) => toAction(a, labels, ofOwner('actionId', a.id))),
      indicators: ofOwner('objectiveId', o.id),
    })),
  };
}

/** Every action of the model with its objective, in the plan's order. */
export const exportActions = (model: PlanExportModel) => model.objectives.flatMap((objective) => objective.actions.map((action) => ({ objective, action })));

/** Every indicator of the model with what it measures, in the plan's order. */
export const exportIndicators = (model: PlanExportModel) =>
  model.objectives.flatMap((objective) => [
    ...objective.indicators.map((indicator) => ({ objective, action: null as ExportAction | null, indicator })),
    ...objective.actions.flatMap((action) => action.indicators.map((indicator) => ({ objective, action: action as ExportAction | null, indicator }))),
  ]);

/**
 * The JSON Schema (draft 2020-12) of the open-data JSON, published as docs/open-data/plan-export.schema.json (a test
 * keeps the file equal to this) and in the OpenAPI document as the export route's response.
 */
export const planExportJsonSchema = () => ({
  title: 'Cantiere: piano d’azione (dati aperti)',
  ...z.toJSONSchema(planExportModelSchema, { target: 'draft-2020-12' }),
});
