import { pageOf } from '../listing';
import { z } from 'zod';
import { meetingCreateSchema, meetingSchema, meetingTransitionInputSchema, meetingUpdateSchema } from '../meeting';
import { dateTime } from '../text';
import { route } from './route';

const meetingResponse = /* @__PURE__ */ z.object({ meeting: meetingSchema });
const listQuery = /* @__PURE__ */ z.object({
  spaceId: z.uuid({ message: 'invalid_id' }).optional(),
  from: dateTime().optional(),
  to: dateTime().optional(),
});

export const meetingRoutes = {
  create: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings',
    summary: 'Create a draft meeting',
    status: 201,
    description: 'A draft meeting (facilitators of the space); it gets the next number of its space and year',
    body: meetingCreateSchema,
    response: meetingResponse,
    errors: [400, 401, 403, 409],
  }),
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings',
    summary: 'List meetings',
    status: 200,
    description: 'Meetings the caller may see, newest first (or soonest first with `from`)',
    query: listQuery,
    queryNotes: { from: 'Only meetings ending after this instant, soonest first' },
    response: /* @__PURE__ */ pageOf(meetingSchema),
    errors: [400, 401, 404],
  }),
  get: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id',
    summary: 'Get a meeting',
    status: 200,
    description: 'One meeting with its lifecycle history and run state',
    response: meetingResponse,
    errors: [401, 404],
  }),
  update: /* @__PURE__ */ route({
    method: 'PATCH',
    path: '/api/meetings/:id',
    summary: 'Update a meeting',
    status: 200,
    description: 'Changed before it starts; once convened, invitees receive an update with a new calendar sequence',
    body: meetingUpdateSchema,
    response: meetingResponse,
    errors: [400, 401, 403, 404, 409],
  }),
  transition: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/transitions',
    summary: 'Convene, start, close or cancel a meeting',
    status: 200,
    description:
      'convene (mails the convocation), start (lays out the minutes), close, cancel; minutes approval has its own route. A start more than 2 hours from the scheduled time or with the chair marked absent answers 409 `confirmation_required` listing the warnings in `details.warnings`, until repeated with their codes in `confirm`',
    body: meetingTransitionInputSchema,
    response: meetingResponse,
    errors: [400, 401, 403, 404, 409],
  }),
} as const;
