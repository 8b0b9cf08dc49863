import { z } from 'zod';
import { optionalText } from './organisation';
import { agendaItemKindSchema } from './agenda';
import { ATTENDANCE_STATUSES, RSVP_RESPONSES } from './constants';

export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES, { message: 'unknown_value' });
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

export const rsvpResponseSchema = z.enum(RSVP_RESPONSES, { message: 'unknown_value' });
export type RsvpResponse = z.infer<typeof rsvpResponseSchema>;

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time');
export const attendanceUpdateSchema = z
  .object({
    status: attendanceStatusSchema.nullable().optional(),
    delegatedTo: optionalText(200),
    arrivedAt: timeOfDay.nullable().optional(),
    leftAt: timeOfDay.nullable().optional(),
    /** The representative recorded present came in person although their answer announced a delegate. */
    inPersonConfirmed: z.boolean({ message: 'invalid_value' }).optional(),
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
