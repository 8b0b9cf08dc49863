import { z } from 'zod';
import { rsvpInputSchema, rsvpViewSchema } from '../attendance';
import { route } from './route';

export const rsvpRoutes = {
  view: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/rsvp/:token',
    summary: 'Get the meeting behind an RSVP link',
    status: 200,
    description: 'The meeting and the current answer behind a personal RSVP link',
    response: /* @__PURE__ */ z.object({ rsvp: rsvpViewSchema }),
    errors: [400, 404],
    public: true,
  }),
  answer: /* @__PURE__ */ route({
    method: 'PUT',
    path: '/api/rsvp/:token',
    summary: 'Answer a convocation from an RSVP link',
    status: 200,
    description: 'Answer recorded',
    body: rsvpInputSchema,
    response: /* @__PURE__ */ z.object({ rsvp: rsvpViewSchema }),
    errors: [400, 404, 409],
    public: true,
  }),
  feed: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/calendar/:file',
    summary: 'Download a personal calendar feed',
    status: 200,
    description: 'Personal calendar feed (subscribe from a calendar program)',
    file: 'text/calendar',
    errors: [400, 404],
    public: true,
  }),
} as const;
