import { z } from 'zod';
import { calendarDate, text } from './text';
import { INDICATOR_DIRECTIONS, INDICATOR_KINDS, PARTNER_ROLES, PLAN_ACTION_STATUSES, PLAN_RECORD_KINDS, PLAN_STATUSES } from './constants';

/*
 * An action plan (the poverty section of the Piano di Zona): its objectives, actions and indicators are co-edited live
 * (`action-plan:<planId>`, shape in libs/collab plan-doc.ts) and projected into rows. The field schemas below judge one
 * record as the live document holds it, in the editor (errors as the user types) and in the projection (a record whose
 * merged state fails keeps its last valid row and is flagged with these same messages).
 *
 * Money is always an integer number of euro cents (`...Cents`): no rounding, no floats; 1 234,50 EUR is 123450.
 */

export const planStatusSchema = z.enum(PLAN_STATUSES, { message: 'unknown_value' });
export type PlanStatus = z.infer<typeof planStatusSchema>;
export const planActionStatusSchema = z.enum(PLAN_ACTION_STATUSES, { message: 'unknown_value' });
export type PlanActionStatus = z.infer<typeof planActionStatusSchema>;
export const partnerRoleSchema = z.enum(PARTNER_ROLES, { message: 'unknown_value' });
export type PartnerRole = z.infer<typeof partnerRoleSchema>;
export const indicatorKindSchema = z.enum(INDICATOR_KINDS, { message: 'unknown_value' });
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;
export const indicatorDirectionSchema = z.enum(INDICATOR_DIRECTIONS, { message: 'unknown_value' });
export type IndicatorDirection = z.infer<typeof indicatorDirectionSchema>;
export const planRecordKindSchema = z.enum(PLAN_RECORD_KINDS, { message: 'unknown_value' });
export type PlanRecordKind = z.infer<typeof planRecordKindSchema>;

/** The largest amount a budget field holds: 100 billion euros, far below the integers a double keeps exact. */
export const MAX_CENTS = 10_000_000_000_000;
/** An amount in euro cents, never negative. */
export const cents = () => z.number({ message: 'must_be_number' }).int('must_be_integer').min(0, 'must_not_be_negative').max(MAX_CENTS, 'too_large');

/** A managed list's code (macro-area, funding source, LEPS): checked against the list when the record is projected. */
export const referenceCode = () =>
  z
    .string({ message: 'required' })
    .min(2, 'too_short')
    .max(60, 'too_long')
    .regex(/^[a-z0-9_]+$/, 'invalid_code');

/** A fractional-indexing key (base 62): sorting the keys as plain strings gives the order; moving is one field change. */
export const orderKey = () =>
  z
    .string({ message: 'required' })
    .min(1, 'required')
    .max(100, 'too_long')
    .regex(/^[0-9A-Za-z]+$/, 'invalid_order');

/** `OB-1` to `OB-999`: unique in a plan. */
export const OBJECTIVE_CODE = /^OB-[1-9][0-9]{0,2}$/;

const id = () => z.uuid({ message: 'invalid_id' });
const shortText = (max: number) => text().max(max, 'too_long');
/** Plain text projected from a rich-text description. */
const descriptionText = () => z.string().max(20_000, 'too_long');
/** An amount per funding source: `{ fondo_poverta_servizi: 1200000 }`. */
const budgetByFunding = () => z.record(referenceCode(), cents());

/** Report a cross-field rule together with the other field errors, not only once everything else is valid. */
const alwaysCheck = { when: (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null };
const ordered = (from: unknown, to: unknown) => typeof from !== 'string' || typeof to !== 'string' || from <= to;

export const planObjectiveFieldsSchema = z.object({
  code: z.string({ message: 'required' }).regex(OBJECTIVE_CODE, 'invalid_code'),
  title: text().min(1, 'required').max(300, 'too_long'),
  description: descriptionText(),
  macroArea: referenceCode().nullable(),
  targetGroup: shortText(1000),
  expectedImpact: shortText(2000),
  lepsCode: referenceCode().nullable(),
  coDesigned: z.boolean({ message: 'must_be_boolean' }),
  crossArea: z.boolean({ message: 'must_be_boolean' }),
  /** Who works on it, as the objective sheet asks: "2 assistenti sociali, 1 educatore (0,5 FTE)". */
  plannedStaff: shortText(1000),
  /** Planned money by funding source. */
  budget: budgetByFunding(),
  order: orderKey(),
});
export type PlanObjectiveFields = z.infer<typeof planObjectiveFieldsSchema>;

export const actionPartnerFieldsSchema = z.object({
  role: partnerRoleSchema,
  /** The partner's share of the action's money, when agreed. */
  budgetShareCents: cents().nullable(),
});
export const milestoneFieldsSchema = z.object({
  date: calendarDate(),
  title: text().min(1, 'required').max(300, 'too_long'),
  done: z.boolean({ message: 'must_be_boolean' }),
});
export const beneficiariesSchema = z.object({
  expected: z.number({ message: 'must_be_number' }).int('must_be_integer').min(0, 'must_not_be_negative').max(10_000_000, 'too_large').nullable(),
  description: shortText(2000),
});

export const planActionFieldsSchema = z
  .object({
    objectiveId: id(),
    order: orderKey(),
    title: text().min(1, 'required').max(300, 'too_long'),
    description: descriptionText(),
    leadOrganisationId: id().nullable(),
    /** By organisation id: one entry per partner organisation. */
    partners: z.record(id(), actionPartnerFieldsSchema),
    beneficiaries: beneficiariesSchema,
    startDate: calendarDate().nullable(),
    endDate: calendarDate().nullable(),
    status: planActionStatusSchema,
    progress: z.number({ message: 'must_be_number' }).int('must_be_integer').min(0, 'must_not_be_negative').max(100, 'too_large'),
    /** Its weight in the roll-up of progress; 0 leaves it out. */
    weight: z.number({ message: 'must_be_number' }).min(0, 'must_not_be_negative').max(1000, 'too_large'),
    budgetPlanned: budgetByFunding(),
    budgetSpent: budgetByFunding(),
    /** By milestone id (a uuid). */
    milestones: z.record(id(), milestoneFieldsSchema),
  })
  .refine((a) => ordered(a.startDate, a.endDate), { message: 'ends_before_start', path: ['endDate'], ...alwaysCheck })
  .refine((a) => typeof a.leadOrganisationId !== 'string' || typeof a.partners !== 'object' || a.partners === null || !(a.leadOrganisationId in a.partners), {
    message: 'lead_is_partner',
    path: ['partners'],
    ...alwaysCheck,
  });
export type PlanActionFields = z.infer<typeof planActionFieldsSchema>;

const measure = () => z.number({ message: 'must_be_number' }).min(-1e12, 'too_small').max(1e12, 'too_large');
export const indicatorBaselineSchema = z.object({ value: measure(), date: calendarDate().nullable(), source: shortText(300) });
export const indicatorTargetSchema = z.object({ value: measure(), date: calendarDate().nullable() });
/**
 * Values inside the range that miss the target are "at risk", values outside it "off track" (see `indicatorState`).
 */
export const acceptableRangeSchema = z
  .object({ min: measure(), max: measure() })
  .refine((r) => typeof r.min !== 'number' || typeof r.max !== 'number' || r.min <= r.max, { message: 'min_above_max', path: ['max'], ...alwaysCheck });

export const planIndicatorFieldsSchema = z
  .object({
    /** Exactly one of `objectiveId` and `actionId` names what the indicator measures. */
    objectiveId: id().nullable(),
    actionId: id().nullable(),
    order: orderKey(),
    kind: indicatorKindSchema,
    name: text().min(1, 'required').max(300, 'too_long'),
    unit: shortText(60),
    direction: indicatorDirectionSchema,
    baseline: indicatorBaselineSchema.nullable(),
    target: indicatorTargetSchema.nullable(),
    acceptableRange: acceptableRangeSchema.nullable(),
  })
  .refine((i) => (i.objectiveId === null) !== (i.actionId === null), { message: 'one_owner', path: ['objectiveId'], ...alwaysCheck });
export type PlanIndicatorFields = z.infer<typeof planIndicatorFieldsSchema>;

/** One thing wrong with a record's live state: the field's path and a message code, like a validation error's details. */
export const planProblemSchema = z.object({ path: z.string(), message: z.string() });
export type PlanProblem = z.infer<typeof planProblemSchema>;

/** A record whose live state is invalid, as the plan's own list names it (a record never valid has no row to carry it). */
export const planRecordProblemSchema = z.object({
  recordKind: planRecordKindSchema,
  recordId: z.uuid(),
  /** The record's title (indicator: name) as the document holds it, to name it on screen. */
  label: z.string(),
  /** Whether the record has a row (its last valid state), shown while the live state is invalid. */
  hasRow: z.boolean(),
  problems: z.array(planProblemSchema),
});
export type PlanRecordProblem = z.infer<typeof planRecordProblemSchema>;

const year = () => z.number({ message: 'must_be_number' }).int('must_be_integer').min(2000, 'too_small').max(2100, 'too_large');
const endsAfterStartYear = (p: { startYear?: unknown; endYear?: unknown }) =>
  typeof p.startYear !== 'number' || typeof p.endYear !== 'number' || p.endYear >= p.startYear;
/** A Piano di Zona runs three years; ten is the most any plan may span. */
const spanAtMostTen = (p: { startYear?: unknown; endYear?: unknown }) =>
  typeof p.startYear !== 'number' || typeof p.endYear !== 'number' || p.endYear - p.startYear < 10;

export const adoptingActInputSchema = z.object({
  /** A decision in a meeting's minutes (`/api/decisions`). */
  decisionId: id().nullable().optional(),
  /** The administrative act: who adopted it ("Assemblea dei Sindaci"), its number and date. */
  body: shortText(200)
    .transform((v) => v || null)
    .nullable()
    .optional(),
  number: shortText(60)
    .transform((v) => v || null)
    .nullable()
    .optional(),
  date: calendarDate().nullable().optional(),
});
export type AdoptingActInput = z.input<typeof adoptingActInputSchema>;

export const planCreateSchema = z
  .object({
    spaceId: id(),
    title: text().min(3, 'too_short').max(300, 'too_long'),
    startYear: year(),
    endYear: year(),
  })
  .refine(endsAfterStartYear, { message: 'ends_before_start', path: ['endYear'], ...alwaysCheck })
  .refine(spanAtMostTen, { message: 'too_long', path: ['endYear'], ...alwaysCheck });
export type PlanCreate = z.input<typeof planCreateSchema>;

export const planUpdateSchema = z
  .object({
    title: text().min(3, 'too_short').max(300, 'too_long').optional(),
    startYear: year().optional(),
    endYear: year().optional(),
    adoptingAct: adoptingActInputSchema.optional(),
  })
  .refine(endsAfterStartYear, { message: 'ends_before_start', path: ['endYear'], ...alwaysCheck })
  .refine(spanAtMostTen, { message: 'too_long', path: ['endYear'], ...alwaysCheck })
  .refine((v) => Object.keys(v).length > 0, { message: 'empty_update' });
export type PlanUpdate = z.input<typeof planUpdateSchema>;

/** The steps of the cycle a caller may ask for; every other move is refused. Adoption and revision come with their records. */
export const PLAN_TRANSITIONS = {
  submit: { from: ['draft', 'under_revision'] },
  /** Back to co-design: to a draft, or under revision for a plan adopted before. */
  withdraw: { from: ['submitted'] },
} as const satisfies Record<string, { from: readonly PlanStatus[] }>;
export type PlanTransition = keyof typeof PLAN_TRANSITIONS;
export const planTransitionSchema = z.enum(Object.keys(PLAN_TRANSITIONS) as [PlanTransition, ...PlanTransition[]], { message: 'unknown_value' });
export const planTransitionInputSchema = z.object({ transition: planTransitionSchema });
export type PlanTransitionInput = z.input<typeof planTransitionInputSchema>;

export function canPlanTransition(from: PlanStatus, transition: PlanTransition): boolean {
  return (PLAN_TRANSITIONS[transition].from as readonly PlanStatus[]).includes(from);
}

/** Statuses in which the plan is co-edited live; in the others its document is read-only (frozen once adopted). */
export const PLAN_EDITABLE_STATUSES: readonly PlanStatus[] = ['draft', 'under_revision'];
