import { pageOf } from '../listing';
import { z } from 'zod';
import { meetingSchema } from '../meeting';
import { minutesApproveSchema, minutesRemarkCreateSchema, minutesRemarkResolveSchema, minutesRemarkSchema, minutesReviewStartSchema } from '../minutes-review';
import { route } from './route';

export const minutesRoutes = {
  review: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/minutes/review',
    summary: 'Open the minutes for review',
    status: 200,
    description: 'Minutes in review: attendees comment and suggest for the given number of days',
    body: minutesReviewStartSchema,
    response: /* @__PURE__ */ z.object({ meeting: meetingSchema }),
    errors: [400, 401, 403, 404, 409],
  }),
  remarks: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id/minutes/remarks',
    summary: 'List the remarks on the minutes',
    status: 200,
    description: 'Comments and suggestions, signed, oldest first',
    response: /* @__PURE__ */ pageOf(minutesRemarkSchema),
    errors: [401, 404],
  }),
  addRemark: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/minutes/remarks',
    summary: 'Add a remark to the minutes',
    status: 201,
    description: 'A comment, or a suggestion that quotes the passage to change',
    body: minutesRemarkCreateSchema,
    response: /* @__PURE__ */ z.object({ remark: minutesRemarkSchema }),
    errors: [400, 401, 403, 404, 409],
  }),
  resolve: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/minutes/remarks/:remarkId/resolution',
    summary: 'Accept or reject a remark',
    status: 200,
    description:
      "The officers accept or reject a remark; an accepted suggestion is applied to the live minutes in its author's name, or `application: to_apply` with `applicationIssue` says it must be applied by hand",
    body: minutesRemarkResolveSchema,
    response: /* @__PURE__ */ z.object({ remark: minutesRemarkSchema }),
    errors: [400, 401, 403, 404, 409],
  }),
  applied: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/minutes/remarks/:remarkId/applied',
    summary: 'Mark an accepted suggestion as applied by hand',
    status: 200,
    description: 'The officers applied by hand an accepted suggestion the server could not place',
    response: /* @__PURE__ */ z.object({ remark: minutesRemarkSchema }),
    errors: [401, 403, 404, 409],
  }),
  approve: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/minutes/approve',
    summary: 'Approve the minutes',
    status: 200,
    description:
      'Approved: the text is frozen as a version, hashed (SHA-256) and read-only. While the review window is open or accepted suggestions wait to be applied, answers 409 `confirmation_required` with `details.warnings` until repeated with their codes in `confirm`; the confirmation is recorded with the transition',
    body: minutesApproveSchema,
    response: /* @__PURE__ */ z.object({ meeting: meetingSchema }),
    errors: [400, 401, 403, 404, 409],
  }),
} as const;
