import { z } from 'zod';
import { STEP_WARNINGS } from './constants';

export type StepWarningCode = (typeof STEP_WARNINGS)[number];
export const stepWarningSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('far_from_schedule'), hoursFromSchedule: z.number(), scheduledAt: z.string() }),
  z.object({ code: z.literal('chair_absent'), chairName: z.string(), status: z.string() }),
  z.object({
    code: z.literal('review_open'),
    daysLeft: z.number().int(),
    reviewUntil: z.string(),
    /** The remarks nobody has answered yet, by author, with the start of their text. */
    openRemarks: z.array(z.object({ authorName: z.string(), organisationName: z.string().nullable(), kind: z.string(), excerpt: z.string() })),
  }),
  z.object({ code: z.literal('unapplied_suggestions'), count: z.number().int() }),
]);
export type StepWarning = z.infer<typeof stepWarningSchema>;
/** What the caller acknowledges: each warning it was shown, by code. */
export const stepConfirmSchema = z
  .array(z.enum(STEP_WARNINGS, { message: 'unknown_value' }))
  .max(STEP_WARNINGS.length, 'too_many')
  .optional();
