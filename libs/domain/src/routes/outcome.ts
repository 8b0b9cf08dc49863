import { pageOf } from '../listing';
import { z } from 'zod';
import { actionSchema, actionStatusUpdateSchema, decisionSchema } from '../meeting-outcome';
import { route } from './route';

const filterSchema = /* @__PURE__ */ z.object({
  spaceId: z.uuid({ message: 'invalid_id' }).optional(),
  meetingId: z.uuid({ message: 'invalid_id' }).optional(),
  organisationId: z.uuid({ message: 'invalid_id' }).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

export const outcomeRoutes = {
  decisions: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/decisions',
    summary: 'List decisions',
    status: 200,
    description: 'Decisions the caller may see, newest first',
    query: filterSchema,
    response: /* @__PURE__ */ pageOf(decisionSchema),
    errors: [400, 401, 404],
  }),
  actions: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/actions',
    summary: 'List actions',
    status: 200,
    description: 'Actions the caller may see, soonest due first',
    query: filterSchema,
    response: /* @__PURE__ */ pageOf(actionSchema),
    errors: [400, 401, 404],
  }),
  setStatus: /* @__PURE__ */ route({
    method: 'PATCH',
    path: '/api/actions/:id',
    summary: 'Update the status of an action',
    status: 200,
    description: 'Status updated by the responsible organisation or a facilitator',
    body: actionStatusUpdateSchema,
    response: /* @__PURE__ */ z.object({ action: actionSchema }),
    errors: [400, 401, 403, 404],
  }),
} as const;
