import { z } from 'zod';
import { canSchema, PLAN_RIGHTS } from './permissions';
import {
  indicatorDirectionSchema,
  indicatorKindSchema,
  partnerRoleSchema,
  planActionStatusSchema,
  planProblemSchema,
  planRecordProblemSchema,
  planStatusSchema,
  type PlanProblem,
} from './plan';

// What REST answers about a plan: its rows (the last valid state of each record), never the live document.

/** Progress as a percentage with one decimal, or null when nothing counts (no action, or only cancelled ones). */
const progress = () => z.number().min(0).max(100).nullable();

export const objectiveBudgetLineSchema = z.object({ fundingSource: z.string(), plannedCents: z.number().int() });
export const actionBudgetLineSchema = z.object({ fundingSource: z.string(), plannedCents: z.number().int(), spentCents: z.number().int() });

export const planObjectiveSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  /** Plain text of the rich-text description (the formatted text lives in the live document). */
  description: z.string(),
  macroArea: z.string().nullable(),
  targetGroup: z.string(),
  expectedImpact: z.string(),
  lepsCode: z.string().nullable(),
  coDesigned: z.boolean(),
  crossArea: z.boolean(),
  plannedStaff: z.string(),
  /** By funding source, in the order of the managed list's codes. */
  budget: z.array(objectiveBudgetLineSchema),
  plannedTotalCents: z.number().int(),
  order: z.string(),
  /** Weighted mean of its actions' progress (`rollUpProgress`). */
  progress: progress(),
  /** What is wrong with the live state; empty when the row is the live state. */
  problems: z.array(planProblemSchema),
  updatedAt: z.string(),
});
export type PlanObjective = z.infer<typeof planObjectiveSchema>;

export const planActionSchema = z.object({
  id: z.uuid(),
  objectiveId: z.uuid(),
  order: z.string(),
  title: z.string(),
  description: z.string(),
  leadOrganisationId: z.uuid().nullable(),
  leadOrganisationName: z.string().nullable(),
  partners: z.array(
    z.object({
      organisationId: z.uuid(),
      organisationName: z.string(),
      role: partnerRoleSchema,
      budgetShareCents: z.number().int().nullable(),
    }),
  ),
  beneficiaries: z.object({ expected: z.number().int().nullable(), description: z.string() }),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: planActionStatusSchema,
  progress: z.number().int(),
  weight: z.number(),
  budget: z.array(actionBudgetLineSchema),
  plannedTotalCents: z.number().int(),
  spentTotalCents: z.number().int(),
  /** By date. */
  milestones: z.array(z.object({ id: z.uuid(), date: z.string(), title: z.string(), done: z.boolean() })),
  /** The organisations whose people edited the action live (recorded at projection time). */
  contributors: z.array(z.object({ organisationId: z.uuid(), organisationName: z.string() })),
  problems: z.array(planProblemSchema),
  updatedAt: z.string(),
});
export type PlanAction = z.infer<typeof planActionSchema>;

export const planObservationSchema = z.object({
  id: z.uuid(),
  date: z.string(),
  value: z.number(),
  note: z.string().nullable(),
  source: z.string().nullable(),
});
export type PlanObservation = z.infer<typeof planObservationSchema>;

export const planIndicatorSchema = z.object({
  id: z.uuid(),
  objectiveId: z.uuid().nullable(),
  actionId: z.uuid().nullable(),
  order: z.string(),
  kind: indicatorKindSchema,
  name: z.string(),
  unit: z.string(),
  direction: indicatorDirectionSchema,
  baseline: z.object({ value: z.number(), date: z.string().nullable(), source: z.string() }).nullable(),
  target: z.object({ value: z.number(), date: z.string().nullable() }).nullable(),
  acceptableRange: z.object({ min: z.number(), max: z.number() }).nullable(),
  /** Observed values, oldest first. */
  observations: z.array(planObservationSchema),
  problems: z.array(planProblemSchema),
  updatedAt: z.string(),
});
export type PlanIndicator = z.infer<typeof planIndicatorSchema>;

export const adoptingActSchema = z.object({
  decisionId: z.uuid().nullable(),
  body: z.string().nullable(),
  number: z.string().nullable(),
  date: z.string().nullable(),
});

export const planSchema = z.object({
  id: z.uuid(),
  /** The live document: `action-plan:<id>` over /collab. */
  docId: z.string(),
  spaceId: z.uuid(),
  spaceName: z.string(),
  title: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  status: planStatusSchema,
  adoptingAct: adoptingActSchema,
  submittedAt: z.string().nullable(),
  adoptedAt: z.string().nullable(),
  /** The free-text plan document (`action_plan_draft`) the introduction was taken from; it stays readable on its own. */
  introductionDocumentId: z.uuid().nullable(),
  /** Weighted mean of the progress of every action that is not cancelled. */
  progress: progress(),
  counts: z.object({ objectives: z.number().int(), actions: z.number().int(), indicators: z.number().int(), problems: z.number().int() }),
  plannedTotalCents: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** `write` when `can['plan.write']`: what the live editor opens with. */
  access: z.enum(['read', 'write']),
  can: canSchema(PLAN_RIGHTS),
});
export type Plan = z.infer<typeof planSchema>;

/** One plan with its records, each list in order (objectives by order key; actions and indicators by owner, then key). */
export const planDetailSchema = planSchema.extend({
  /** The plan's introduction (context, needs, approach), plain text; empty when none was written. */
  introduction: z.string(),
  objectives: z.array(planObjectiveSchema),
  actions: z.array(planActionSchema),
  indicators: z.array(planIndicatorSchema),
  /** Every record whose live state is invalid, those with no valid row yet included. */
  problems: z.array(planRecordProblemSchema),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

/**
 * The problems of one record's live state, by field path: the schema's issues, plus `required` for a field the
 * record lacks (a concurrent deletion, or a client that left it out).
 */
export function recordProblems(schema: z.ZodType, value: Record<string, unknown>, fields: readonly string[]): PlanProblem[] {
  const missing = fields.filter((f) => value[f] === undefined);
  const result = schema.safeParse(value);
  const issues = result.success ? [] : result.error.issues;
  const problems = missing.map((path) => ({ path, message: 'required' }));
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (missing.includes(String(issue.path[0] ?? ''))) continue;
    if (!problems.some((p) => p.path === path && p.message === issue.message)) problems.push({ path, message: issue.message });
  }
  return problems;
}
