import { z } from 'zod';
import { dateTime, text } from './text';
import { optionalText } from './organisation';
import { stepConfirmSchema, stepWarningSchema } from './step-guard';

export const MEETING_KINDS = ['plenary', 'thematic_table', 'technical_coordination'] as const;
export const meetingKindSchema = z.enum(MEETING_KINDS, { message: 'unknown_value' });
export type MeetingKind = z.infer<typeof meetingKindSchema>;

export const MEETING_STATUSES = ['draft', 'convened', 'in_progress', 'closed', 'minutes_approved', 'cancelled'] as const;
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

export const MINUTES_STATUSES = ['draft', 'in_review', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

const isoDateTime = dateTime();
const optionalUrl = text()
  .max(500, 'too_long')
  .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), 'invalid_url')
  .transform((v) => v || null)
  .nullable()
  .optional();
const optionalId = z.uuid({ message: 'invalid_id' }).nullable().optional();

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

export const runStateSchema = z.object({
  currentItemId: z.uuid().nullable(),
  itemStartedAt: z.string().nullable(),
  serverNow: z.string(),
});
export type RunState = z.infer<typeof runStateSchema>;

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
  canManage: z.boolean(),
  transitions: z.array(meetingTransitionRecordSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

// ---------------------------------------------------------------- agenda

export const AGENDA_ITEM_KINDS = ['information', 'discussion', 'decision'] as const;
export const agendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS, { message: 'unknown_value' });
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;

export const AGENDA_ITEM_STATUSES = ['pending', 'discussed', 'not_discussed'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];
/**
 * What the facilitator records of an item, during or after the meeting, over what run mode and the minutes imply:
 * the run-mode statuses an item can end with, plus postponed (it goes to the backlog of the next meeting).
 */
export const AGENDA_ITEM_OUTCOMES = ['discussed', 'not_discussed', 'postponed'] as const;
export const agendaItemOutcomeSchema = z.enum(AGENDA_ITEM_OUTCOMES, { message: 'unknown_value' });
export type AgendaItemOutcome = z.infer<typeof agendaItemOutcomeSchema>;
/** The status the verbale prints for an item. */
export type VerbaleItemStatus = AgendaItemStatus | AgendaItemOutcome;

const agendaItemFields = {
  title: text().min(2, 'too_short').max(300, 'too_long'),
  description: optionalText(5000),
  kind: agendaItemKindSchema,
  plannedMinutes: z.number({ message: 'must_be_number' }).int('must_be_integer').min(1, 'must_be_positive').max(600, 'too_large'),
  presenterPersonId: optionalId,
  presenterOrganisationId: optionalId,
  documentIds: z.array(z.uuid({ message: 'invalid_id' })).max(20, 'too_many').optional(),
};
export const BACKLOG_SOURCES = ['agenda_item', 'decision', 'action'] as const;
export const agendaItemCreateSchema = z.object({
  ...agendaItemFields,
  kind: agendaItemKindSchema.default('discussion'),
  plannedMinutes: agendaItemFields.plannedMinutes.default(15),
  source: z.object({ type: z.enum(BACKLOG_SOURCES, { message: 'unknown_value' }), id: z.uuid({ message: 'invalid_id' }) }).optional(),
});
export type AgendaItemCreate = z.input<typeof agendaItemCreateSchema>;
export const agendaItemUpdateSchema = z
  .object({ ...agendaItemFields, outcome: agendaItemOutcomeSchema.nullable() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'empty_update' });
export type AgendaItemUpdate = z.input<typeof agendaItemUpdateSchema>;
export const agendaOrderSchema = z.object({ itemIds: z.array(z.uuid({ message: 'invalid_id' })).min(1, 'required').max(200, 'too_many') });

export const agendaItemSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  kind: agendaItemKindSchema,
  plannedMinutes: z.number().int(),
  presenterPersonId: z.uuid().nullable(),
  presenterName: z.string().nullable(),
  presenterOrganisationId: z.uuid().nullable(),
  presenterOrganisationName: z.string().nullable(),
  documents: z.array(z.object({ id: z.uuid(), title: z.string() })),
  status: z.enum(AGENDA_ITEM_STATUSES),
  /** The facilitator's explicit outcome, if any (see `AGENDA_ITEM_OUTCOMES`); the verbale prints it over `status`. */
  outcome: agendaItemOutcomeSchema.nullable(),
  spentSeconds: z.number().int(),
  sourceType: z.enum(BACKLOG_SOURCES).nullable(),
  sourceId: z.uuid().nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaSchema = z.object({
  items: z.array(agendaItemSchema),
  plannedMinutes: z.number().int(),
  meetingMinutes: z.number().int(),
  /** Minutes by which the items overrun the meeting's planned length (0 when they fit). */
  overrunMinutes: z.number().int(),
});
export type Agenda = z.infer<typeof agendaSchema>;

export const backlogEntrySchema = z.object({
  type: z.enum(BACKLOG_SOURCES),
  id: z.uuid(),
  title: z.string(),
  detail: z.string().nullable(),
  meetingId: z.uuid(),
  meetingLabel: z.string(),
});
export type BacklogEntry = z.infer<typeof backlogEntrySchema>;

// ---------------------------------------------------------------- attendance and RSVP

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused', 'delegated'] as const;
export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES, { message: 'unknown_value' });
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

export const RSVP_RESPONSES = ['attending', 'not_attending', 'delegate'] as const;
export const rsvpResponseSchema = z.enum(RSVP_RESPONSES, { message: 'unknown_value' });
export type RsvpResponse = z.infer<typeof rsvpResponseSchema>;

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time');
export const attendanceUpdateSchema = z
  .object({
    status: attendanceStatusSchema.nullable().optional(),
    delegatedTo: optionalText(200),
    arrivedAt: timeOfDay.nullable().optional(),
    leftAt: timeOfDay.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'empty_update' })
  .refine((v) => v.status !== 'delegated' || !!v.delegatedTo, { message: 'required', path: ['delegatedTo'] })
  .refine((v) => !v.arrivedAt || !v.leftAt || v.leftAt >= v.arrivedAt, { message: 'left_before_arrival', path: ['leftAt'] });
export type AttendanceUpdate = z.input<typeof attendanceUpdateSchema>;

export const attendanceAddSchema = z.object({ organisationId: z.uuid({ message: 'invalid_id' }), personId: z.uuid({ message: 'invalid_id' }) });

export const rsvpInputSchema = z
  .object({ response: rsvpResponseSchema, delegateName: optionalText(200) })
  .refine((v) => v.response !== 'delegate' || !!v.delegateName, { message: 'required', path: ['delegateName'] });
export type RsvpInput = z.input<typeof rsvpInputSchema>;

export const attendanceEntrySchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  personId: z.uuid(),
  personName: z.string(),
  isMe: z.boolean(),
  rsvp: rsvpResponseSchema.nullable(),
  rsvpDelegateName: z.string().nullable(),
  status: attendanceStatusSchema.nullable(),
  delegatedTo: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  selfCheckIn: z.boolean(),
  /**
   * Something the facilitator should resolve: `announced_delegate` when the answer said a delegate would come
   * (`delegateName`) but the representative was then recorded present in person.
   */
  flag: z.object({ code: z.enum(['announced_delegate']), delegateName: z.string() }).nullable(),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

export const quorumStateSchema = z.object({
  rule: z.string().nullable(),
  required: z.number().int().nullable(),
  organisationsPresent: z.number().int(),
  organisationsTotal: z.number().int(),
  reached: z.boolean().nullable(),
});
export type QuorumState = z.infer<typeof quorumStateSchema>;

export const attendanceSchema = z.object({ entries: z.array(attendanceEntrySchema), quorum: quorumStateSchema });
export type Attendance = z.infer<typeof attendanceSchema>;

/**
 * The agenda as shown behind a personal RSVP link: no document contents, only titles; `path` (the document page,
 * which checks access itself) is given only when the invited person has an account to open it with.
 */
export const rsvpAgendaItemSchema = z.object({
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  kind: agendaItemKindSchema,
  plannedMinutes: z.number().int(),
  presenterName: z.string().nullable(),
  presenterOrganisationName: z.string().nullable(),
  documents: z.array(z.object({ title: z.string(), path: z.string().nullable() })),
});
export type RsvpAgendaItem = z.infer<typeof rsvpAgendaItemSchema>;

export const rsvpViewSchema = z.object({
  meetingTitle: z.string(),
  spaceName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  personName: z.string(),
  organisationName: z.string(),
  response: rsvpResponseSchema.nullable(),
  delegateName: z.string().nullable(),
  cancelled: z.boolean(),
  agenda: z.array(rsvpAgendaItemSchema),
});
export type RsvpView = z.infer<typeof rsvpViewSchema>;

// ---------------------------------------------------------------- run mode

export const RUN_ACTIONS = ['goto', 'next', 'previous', 'stop'] as const;
export const runCommandSchema = z
  .object({ action: z.enum(RUN_ACTIONS, { message: 'unknown_value' }), itemId: z.uuid({ message: 'invalid_id' }).optional() })
  .refine((v) => v.action !== 'goto' || !!v.itemId, { message: 'required', path: ['itemId'] });
export type RunCommand = z.input<typeof runCommandSchema>;

// ---------------------------------------------------------------- decisions, actions, minutes review

export const DECISION_OUTCOMES = ['approved', 'rejected', 'postponed'] as const;
export const decisionOutcomeSchema = z.enum(DECISION_OUTCOMES);
export type DecisionOutcome = z.infer<typeof decisionOutcomeSchema>;
export const VOTING_METHODS = ['votes', 'consensus', 'unanimous'] as const;
export type VotingMethod = (typeof VOTING_METHODS)[number];

export const decisionSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  meetingLabel: z.string(),
  agendaItemId: z.uuid().nullable(),
  agendaItemTitle: z.string().nullable(),
  spaceId: z.uuid(),
  text: z.string(),
  outcome: decisionOutcomeSchema.nullable(),
  votingMethod: z.enum(VOTING_METHODS),
  votesFor: z.number().int().nullable(),
  votesAgainst: z.number().int().nullable(),
  votesAbstained: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES, { message: 'unknown_value' });
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const actionSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  meetingLabel: z.string(),
  agendaItemId: z.uuid().nullable(),
  agendaItemTitle: z.string().nullable(),
  spaceId: z.uuid(),
  what: z.string(),
  responsibleOrganisationId: z.uuid().nullable(),
  responsibleOrganisationName: z.string().nullable(),
  responsiblePersonId: z.uuid().nullable(),
  responsiblePersonName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: actionStatusSchema,
  overdue: z.boolean(),
  /** Whether the caller may update the status: the responsible organisation's people and the space's facilitators. */
  canUpdate: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingAction = z.infer<typeof actionSchema>;
export const actionStatusUpdateSchema = z.object({ status: actionStatusSchema });

export const minutesReviewStartSchema = z.object({ days: z.number({ message: 'must_be_number' }).int('must_be_integer').min(1, 'must_be_positive').max(60, 'too_large').default(7) });
export const MINUTES_REMARK_KINDS = ['comment', 'suggestion'] as const;
export const minutesRemarkCreateSchema = z
  .object({
    kind: z.enum(MINUTES_REMARK_KINDS, { message: 'unknown_value' }),
    agendaItemId: optionalId,
    quote: optionalText(2000),
    text: text().min(1, 'required').max(5000, 'too_long'),
  })
  .refine((v) => v.kind !== 'suggestion' || !!v.quote, { message: 'required', path: ['quote'] });
export type MinutesRemarkCreate = z.input<typeof minutesRemarkCreateSchema>;
/**
 * What became of an accepted suggestion: applied by the server to the live minutes, waiting to be applied by hand
 * (the quoted passage was not found exactly once), or applied by hand by the officers.
 */
export const REMARK_APPLICATIONS = ['applied', 'to_apply', 'applied_by_hand'] as const;
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

/** The convocation mail as it will leave, and who receives it (and who cannot: no email address). */
export const convocationPreviewSchema = z.object({
  subject: z.string(),
  text: z.string(),
  recipients: z.array(z.object({ name: z.string(), organisationName: z.string(), email: z.string() })),
  withoutEmail: z.array(z.object({ name: z.string(), organisationName: z.string() })),
});
export type ConvocationPreview = z.infer<typeof convocationPreviewSchema>;
