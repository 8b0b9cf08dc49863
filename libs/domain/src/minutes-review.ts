import { z } from 'zod';
import { text } from './text';
import { optionalText } from './organisation';
import { stepConfirmSchema } from './step-guard';
import { optionalId } from './meeting-fields';
import { MINUTES_REMARK_KINDS, REMARK_APPLICATIONS } from './constants';

export const minutesReviewStartSchema = z.object({
  days: z.number({ message: 'must_be_number' }).int('must_be_integer').min(1, 'must_be_positive').max(60, 'too_large').default(7),
});
export const minutesRemarkCreateSchema = z
  .object({
    kind: z.enum(MINUTES_REMARK_KINDS, { message: 'unknown_value' }),
    agendaItemId: optionalId,
    quote: optionalText(2000),
    text: text().min(1, 'required').max(5000, 'too_long'),
  })
  .refine((v) => v.kind !== 'suggestion' || !!v.quote, { message: 'required', path: ['quote'] });
export type MinutesRemarkCreate = z.input<typeof minutesRemarkCreateSchema>;
export type RemarkApplication = (typeof REMARK_APPLICATIONS)[number];
export const minutesRemarkSchema = z.object({
  id: z.uuid(),
  kind: z.enum(MINUTES_REMARK_KINDS),
  agendaItemId: z.uuid().nullable(),
  quote: z.string().nullable(),
  text: z.string(),
  authorName: z.string(),
  organisationName: z.string().nullable(),
  createdAt: z.string(),
  resolution: z.enum(['accepted', 'rejected']).nullable(),
  application: z.enum(REMARK_APPLICATIONS).nullable(),
  /** Why an accepted suggestion waits to be applied by hand: the passage is gone, or it appears more than once. */
  applicationIssue: z.enum(['not_found', 'ambiguous']).nullable(),
});
export type MinutesRemark = z.infer<typeof minutesRemarkSchema>;
export const minutesRemarkResolveSchema = z.object({ resolution: z.enum(['accepted', 'rejected'], { message: 'unknown_value' }) });
export const minutesApproveSchema = z.object({ approvedAtMeetingId: optionalId, confirm: stepConfirmSchema });
export type MinutesApprove = z.input<typeof minutesApproveSchema>;
