import { z } from 'zod';

/**
 * Warnings that stop an irreversible step until the caller repeats it naming them in `confirm`: starting far from
 * the scheduled time or with the chair marked absent, approving the minutes while the review is open or while
 * accepted suggestions still wait to be applied by hand.
 */
export const STEP_WARNINGS = ['far_from_schedule', 'chair_absent', 'review_open', 'unapplied_suggestions'] as const;
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
