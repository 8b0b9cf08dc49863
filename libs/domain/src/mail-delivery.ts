import { z } from 'zod';
import { pageOf } from './listing';

/** Where one queued mail stands: waiting for its first try, sent, failed and tried again later, or given up. */
export const MAIL_DELIVERY_STATES = ['queued', 'sent', 'retrying', 'failed'] as const;
export type MailDeliveryState = (typeof MAIL_DELIVERY_STATES)[number];

export const CONVOCATION_MAIL_KINDS = ['convocation', 'update', 'reminder', 'rsvp_reminder', 'cancellation'] as const;

/** One mail of a meeting to one person on its register, as the facilitator follows it. */
export const convocationDeliverySchema = z.object({
  id: z.uuid(),
  kind: z.enum(CONVOCATION_MAIL_KINDS),
  recipientName: z.string(),
  email: z.string(),
  state: z.enum(MAIL_DELIVERY_STATES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  queuedAt: z.string(),
  updatedAt: z.string(),
  sentAt: z.string().nullable(),
});
export type ConvocationDelivery = z.infer<typeof convocationDeliverySchema>;
/** The meeting's mails, newest first, in the list envelope (all on one page). */
export const convocationDeliveriesSchema = /* @__PURE__ */ pageOf(convocationDeliverySchema);
export type ConvocationDeliveries = z.infer<typeof convocationDeliveriesSchema>;
