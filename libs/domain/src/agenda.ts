import { z } from 'zod';
import { text } from './text';
import { optionalText } from './organisation';
import { optionalId } from './meeting-fields';
import { AGENDA_ITEM_KINDS, AGENDA_ITEM_STATUSES, AGENDA_ITEM_OUTCOMES, BACKLOG_SOURCES } from './constants';

export const agendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS, { message: 'unknown_value' });
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;

export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];
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
  documentIds: z
    .array(z.uuid({ message: 'invalid_id' }))
    .max(20, 'too_many')
    .optional(),
};
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
export const agendaOrderSchema = z.object({
  itemIds: z
    .array(z.uuid({ message: 'invalid_id' }))
    .min(1, 'required')
    .max(200, 'too_many'),
});

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
