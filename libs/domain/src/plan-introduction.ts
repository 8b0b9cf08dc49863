import { z } from 'zod';

/** Using an old free-text plan document (`action_plan_draft`) as a structured plan's introduction. */
export const planIntroductionInputSchema = z.object({
  /** A draft plan of the document's space to take the text; omitted or null to open a new plan with it. */
  planId: z.uuid({ message: 'invalid_id' }).nullable().optional(),
});
export type PlanIntroductionInput = z.input<typeof planIntroductionInputSchema>;
