import { z } from 'zod';
import { route } from './route';

/** The caller's personal calendar feed: whether its URL works, and since when. */
const calendarFeedSchema = /* @__PURE__ */ z.object({ active: z.boolean(), createdAt: z.string().nullable() });

export const calendarFeedRoutes = {
  status: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/account/calendar-feed',
    summary: 'Get the status of my calendar feed',
    status: 200,
    description: 'Whether a feed URL is active',
    response: /* @__PURE__ */ z.object({ feed: calendarFeedSchema }),
    errors: [401],
  }),
  regenerate: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/account/calendar-feed',
    summary: 'Create a new calendar feed URL',
    status: 200,
    description: 'A new secret feed URL, shown once; the previous URL stops working',
    response: /* @__PURE__ */ z.object({ feed: /* @__PURE__ */ calendarFeedSchema.extend({ url: z.string() }) }),
    errors: [401],
  }),
  revoke: /* @__PURE__ */ route({
    method: 'DELETE',
    path: '/api/account/calendar-feed',
    summary: 'Revoke my calendar feed URL',
    status: 204,
    description: 'The feed URL no longer works',
    errors: [401],
  }),
} as const;
