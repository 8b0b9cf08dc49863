import { z } from 'zod';
import { attendanceAddSchema, attendanceSchema, attendanceUpdateSchema, rsvpInputSchema } from '../attendance';
import { route } from './route';

const attendanceResponse = /* @__PURE__ */ z.object({ attendance: attendanceSchema });

export const attendanceRoutes = {
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id/attendance',
    summary: 'Get the attendance register of a meeting',
    status: 200,
    description: 'Every representative of the member organisations, with answer, presence and quorum',
    response: attendanceResponse,
    errors: [401, 404],
  }),
  add: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/attendance',
    summary: 'Add a representative to the attendance register',
    status: 201,
    description: 'Another representative of an organisation added to the register',
    body: attendanceAddSchema,
    response: attendanceResponse,
    errors: [400, 401, 403, 404, 409],
  }),
  update: /* @__PURE__ */ route({
    method: 'PATCH',
    path: '/api/meetings/:id/attendance/:entryId',
    summary: 'Record the attendance of a representative',
    status: 200,
    description: 'Present, absent, excused or delegated, with arrival and departure (hh:mm, Rome time)',
    body: attendanceUpdateSchema,
    response: attendanceResponse,
    errors: [400, 401, 403, 404, 409],
  }),
  checkIn: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/attendance/check-in',
    summary: 'Check in to a meeting',
    status: 200,
    description: 'The caller marks themselves present',
    response: attendanceResponse,
    errors: [401, 403, 404, 409],
  }),
  checkOut: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/attendance/check-out',
    summary: 'Check out of a meeting',
    status: 200,
    description: 'The caller records leaving the meeting',
    response: attendanceResponse,
    errors: [401, 403, 404, 409],
  }),
  rsvp: /* @__PURE__ */ route({
    method: 'PUT',
    path: '/api/meetings/:id/rsvp',
    summary: 'Answer the convocation to a meeting',
    status: 200,
    description: 'The caller answers the convocation (attending, not attending, sending a delegate)',
    body: rsvpInputSchema,
    response: attendanceResponse,
    errors: [400, 401, 403, 404, 409],
  }),
} as const;
