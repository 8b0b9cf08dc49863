import { z } from 'zod';
import { convocationDeliveriesSchema, convocationDeliverySchema } from '../mail-delivery';
import { convocationPreviewQuerySchema, convocationPreviewSchema } from '../meeting';
import { route } from './route';

/** A meeting's convocation: previewed before it leaves, its mails followed after, the meeting as a calendar file. */
export const convocationRoutes = {
  preview: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id/convocation/preview',
    summary: 'Preview the convocation or cancellation mail',
    status: 200,
    description:
      'The convocation mail (or, with kind=cancellation, the cancellation mail) as it will leave, with the people it goes to and those without an email address; a meeting never convened sends no cancellation, so its list is empty',
    query: convocationPreviewQuerySchema,
    response: /* @__PURE__ */ z.object({ convocation: convocationPreviewSchema }),
    errors: [400, 401, 403, 404],
  }),
  deliveries: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id/convocation/deliveries',
    summary: 'List the delivery state of the meeting mails',
    status: 200,
    description: 'One entry per mail queued to a person on the register (convocation, update, reminders, cancellation), newest first',
    response: convocationDeliveriesSchema,
    errors: [401, 403, 404],
  }),
  retry: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/convocation/deliveries/:deliveryId/retry',
    summary: 'Send a failed meeting mail again',
    status: 200,
    description: 'The failed mail queued again (its attempts count on); a mail that has not failed answers 409',
    response: /* @__PURE__ */ z.object({ delivery: convocationDeliverySchema }),
    errors: [401, 403, 404, 409],
  }),
  calendar: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id/calendar.ics',
    summary: 'Download a meeting as iCalendar',
    status: 200,
    description: 'The meeting as an iCalendar file (RFC 5545)',
    file: 'text/calendar',
    errors: [401, 404],
  }),
} as const;
