import { z } from 'zod';
import { dateTime, text } from './text';
import { optionalText } from './organisation';
import { stepConfirmSchema, stepWarningSchema } from './step-guard';
import { optionalId } from './meeting-fields';
import { runStateSchema } from './meeting-run';
import { MEETING_KINDS, MEETING_STATUSES, MINUTES_STATUSES } from './constants';
import { canSchema, MEETING_RIGHTS } from './permissions';

export const meetingKindSchema = z.enum(MEETING_KINDS, { message: 'unknown_value' });
export type MeetingKind = z.infer<typeof meetingKindSchema>;

export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The lifecycle: every other move is refused. */
export const MEETING_TRANSITIONS = {
  convene: { from: ['draft'], to: 'convened' },
  start: { from: ['convened'], to: 'in_progress' },
  close: { from: ['in_progress'], to: 'closed' },
  approve_minutes: { from: ['closed'], to: 'minutes_approved' },
  cancel: { from: ['draft', 'convened'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly MeetingStatus[]; to: MeetingStatus }>;
export type MeetingTransition = keyof typeof MEETING_TRANSITIONS;
export const meetingTransitionSchema = z.enum(Object.keys(MEETING_TRANSITIONS) as [MeetingTransition, ...MeetingTransition[]], { message: 'unknown_value' });

export function canTransition(from: MeetingStatus, transition: MeetingTransition): boolean {
  return (MEETING_TRANSITIONS[transition].from as readonly MeetingStatus[]).includes(from);
}

export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

const isoDateTime = dateTime();
const optionalUrl = text()
  .max(500, 'too_long')
  .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), 'invalid_url')
  .transform((v) => v || null)
  .nullable()
  .optional();

const meetingFields = {
  title: text().min(3, 'too_short').max(200, 'too_long'),
  kind: meetingKindSchema,
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  place: optionalText(300),
  onlineUrl: optionalUrl,
  convocationNote: optionalText(5000),
  chairPersonId: optionalId,
  minuteTakerPersonId: optionalId,
};
const endsAfterStart = (m: { startsAt?: unknown; endsAt?: unknown }) =>
  typeof m.startsAt !== 'string' || typeof m.endsAt !== 'string' || !(Date.parse(m.endsAt) <= Date.parse(m.startsAt));
/** Report the time order together with the other field errors, not only once everything else is valid. */
const alwaysCheck = { when: (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null };

export const meetingCreateSchema = z
  .object({ spaceId: z.uuid({ message: 'invalid_id' }), ...meetingFields })
  .refine(endsAfterStart, { message: 'ends_before_start', path: ['endsAt'], ...alwaysCheck });
export type MeetingCreate = z.input<typeof meetingCreateSchema>;

export const meetingUpdateSchema = z
  .object(meetingFields)
  .partial()
  .refine(endsAfterStart, { message: 'ends_before_start', path: ['endsAt'], ...alwaysCheck })
  .refine((v) => Object.keys(v).length > 0, { message: 'empty_update' });
export type MeetingUpdate = z.input<typeof meetingUpdateSchema>;

export const meetingTransitionInputSchema = z.object({
  transition: meetingTransitionSchema,
  reason: optionalText(1000),
  confirm: stepConfirmSchema,
  /** When approving the minutes: the meeting at which they were approved (usually the next one). */
  approvedAtMeetingId: optionalId,
});
export type MeetingTransitionInput = z.input<typeof meetingTransitionInputSchema>;

export const meetingTransitionRecordSchema = z.object({
  transition: meetingTransitionSchema,
  from: z.string(),
  to: z.string(),
  by: z.string().nullable(),
  byName: z.string().nullable(),
  at: z.string(),
  reason: z.string().nullable(),
  /** The warnings the person acknowledged to take this step (an early start, an approval during the review...). */
  confirmedWarnings: z.array(stepWarningSchema),
});

export const meetingSchema = z.object({
  id: z.uuid(),
  spaceId: z.uuid(),
  spaceName: z.string(),
  number: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  kind: meetingKindSchema,
  status: z.enum(MEETING_STATUSES),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  convocationNote: z.string().nullable(),
  chairPersonId: z.uuid().nullable(),
  chairName: z.string().nullable(),
  minuteTakerPersonId: z.uuid().nullable(),
  minuteTakerName: z.string().nullable(),
  convenedAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  minutesStatus: z.enum(MINUTES_STATUSES),
  reviewUntil: z.string().nullable(),
  minutesHash: z.string().nullable(),
  minutesApprovedAt: z.string().nullable(),
  approvedAtMeetingId: z.uuid().nullable(),
  run: runStateSchema,
  can: canSchema(MEETING_RIGHTS),
  transitions: z.array(meetingTransitionRecordSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** The convocation mail as it will leave, and who receives it (and who cannot: no email address). */
export const convocationPreviewSchema = z.object({
  subject: z.string(),
  text: z.string(),
  recipients: z.array(z.object({ name: z.string(), organisationName: z.string(), email: z.string() })),
  withoutEmail: z.array(z.object({ name: z.string(), organisationName: z.string() })),
});
export type ConvocationPreview = z.infer<typeof convocationPreviewSchema>;

/** Which of the meeting's mails to preview: the convocation before convening, the cancellation before cancelling. */
export const convocationPreviewQuerySchema = z.object({ kind: z.enum(['convocation', 'cancellation']).default('convocation') });
export type ConvocationPreviewKind = z.output<typeof convocationPreviewQuerySchema>['kind'];
