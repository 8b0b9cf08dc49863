import { z } from 'zod';
import { pagingSchema } from './listing';
import { dateTime, safeString } from './text';

/** `GET /api/audit`: every filter optional; `from` inclusive, `to` exclusive. */
export const auditQuerySchema = pagingSchema.extend({
  entity: safeString().min(1, 'required').max(40, 'too_long').optional(),
  entityId: z.uuid({ message: 'invalid_id' }).optional(),
  actorId: z.uuid({ message: 'invalid_id' }).optional(),
  from: dateTime().optional(),
  to: dateTime().optional(),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

const fields = z.record(z.string(), z.unknown());

/** One entry of the audit trail: who (null: the system), what, when, and the changed fields before and after. */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: fields.nullable(),
  after: fields.nullable(),
  details: fields,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
