import { z } from 'zod';
import { calendarDate, text } from './text';
import { planDetailSchema } from './plan-records';

/*
 * Adoption and revision of an action plan. A plan keeps one row (and one id, and its records their ids) through its
 * whole life: each adoption seals the plan as it then stood into the frozen-record store (kind `plan`, one version per
 * adoption), and a revision reopens the same rows for co-design. Monitoring keyed by record id therefore carries
 * over revisions without any mapping.
 */

const optionalText = (max: number) =>
  text()
    .max(max, 'too_long')
    .transform((v) => v || null)
    .nullable()
    .optional();

/**
 * What adopts a plan: a decision in a meeting's minutes, an administrative act (its body, number and date, all three), or
 * both. With neither, or with an act missing a part, each missing field is named.
 */
export const planAdoptInputSchema = z
  .object({
    decisionId: z.uuid({ message: 'invalid_id' }).nullable().optional(),
    body: optionalText(200),
    number: optionalText(60),
    date: calendarDate().nullable().optional(),
  })
  .superRefine((v, ctx) => {
    const act = { body: v.body, number: v.number, date: v.date };
    const given = Object.values(act).filter((x) => x !== null && x !== undefined).length;
    if (!v.decisionId && given === 0) {
      for (const path of ['decisionId', 'body', 'number', 'date']) ctx.addIssue({ code: 'custom', path: [path], message: 'decision_or_act_required' });
      return;
    }
    if (given > 0 && given < 3)
      for (const [path, value] of Object.entries(act))
        if (value === null || value === undefined) ctx.addIssue({ code: 'custom', path: [path], message: 'required' });
  });
export type PlanAdoptInput = z.input<typeof planAdoptInputSchema>;

/** The decision that adopted the plan, as the minutes held it when the plan was sealed. */
export const adoptingDecisionSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  meetingLabel: z.string(),
  agendaItemId: z.uuid().nullable(),
  agendaItemTitle: z.string().nullable(),
  text: z.string(),
  outcome: z.string().nullable(),
});
export type AdoptingDecision = z.infer<typeof adoptingDecisionSchema>;

export const adoptionActSchema = z.object({
  decision: adoptingDecisionSchema.nullable(),
  body: z.string().nullable(),
  number: z.string().nullable(),
  date: z.string().nullable(),
});
export type AdoptionAct = z.infer<typeof adoptionActSchema>;

/** The plan as sealed: its detail as REST served it, without the caller's rights. */
export const adoptedPlanSchema = planDetailSchema.omit({ access: true, can: true });
export type AdoptedPlan = z.infer<typeof adoptedPlanSchema>;

export const PLAN_RECORD_FORMAT = 'cantiere.plan.adopted/1';

/** The frozen record's content (canonical JSON of this object is what the SHA-256 covers). */
export const adoptedPlanRecordSchema = z.object({
  format: z.literal(PLAN_RECORD_FORMAT),
  /** 1 for the first adoption, then one more per adopted revision. */
  version: z.number().int().min(1),
  adoptedAt: z.string(),
  act: adoptionActSchema,
  /** The adopted version this one replaces. */
  supersedes: z.object({ version: z.number().int(), sha256: z.string() }).nullable(),
  plan: adoptedPlanSchema,
});
export type AdoptedPlanRecord = z.infer<typeof adoptedPlanRecordSchema>;

/** One adoption in the plan's history, newest first; the one in force has no `supersededAt`. */
export const planAdoptionSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  sha256: z.string(),
  adoptedAt: z.string(),
  act: adoptionActSchema,
  supersededAt: z.string().nullable(),
  supersededByVersion: z.number().int().nullable(),
});
export type PlanAdoption = z.infer<typeof planAdoptionSchema>;

/** `GET /api/plans/:id/adopted`: the version in force as sealed, its bytes and hash, and every adoption before it. */
export const adoptedPlanResponseSchema = z.object({
  adoption: planAdoptionSchema,
  record: adoptedPlanRecordSchema,
  /** The canonical JSON exactly as stored and hashed. */
  json: z.string(),
  sha256: z.string(),
  history: z.array(planAdoptionSchema),
});
export type AdoptedPlanResponse = z.infer<typeof adoptedPlanResponseSchema>;
