import { pageOf } from '../listing';
import { z } from 'zod';
import { planCreateSchema, planStatusSchema, planTransitionInputSchema, planUpdateSchema } from '../plan';
import { planDetailSchema, planSchema } from '../plan-records';
import { route } from './route';

const planResponse = /* @__PURE__ */ z.object({ plan: planDetailSchema });
const listQuery = /* @__PURE__ */ z.object({ spaceId: z.uuid({ message: 'invalid_id' }), status: planStatusSchema.optional() });

/**
 * Action plans. Objectives, actions and indicators are co-edited over the collaboration socket (`action-plan:<id>`,
 * shape in `@cantiere/collab` plan-doc) and read here from their projected rows.
 */
export const planRoutes = {
  create: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/plans',
    summary: 'Create an action plan',
    status: 201,
    description: 'A draft plan in a space (facilitators of the space and administrators); its records are then co-edited live',
    body: planCreateSchema,
    response: planResponse,
    errors: [400, 401, 403, 409],
  }),
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans',
    summary: 'List the action plans of a space',
    status: 200,
    description: 'Plans of a space, newest period first, without their records',
    query: listQuery,
    response: /* @__PURE__ */ pageOf(planSchema),
    errors: [400, 401, 404],
  }),
  get: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans/:id',
    summary: 'Get an action plan',
    status: 200,
    description: 'One plan with its objectives, actions and indicators as projected from the live document, and the records whose live state is invalid',
    response: planResponse,
    errors: [401, 404],
  }),
  update: /* @__PURE__ */ route({
    method: 'PATCH',
    path: '/api/plans/:id',
    summary: 'Update the header of an action plan',
    status: 200,
    description: 'Title, period and adopting act (writers, while the plan is a draft or under revision)',
    body: planUpdateSchema,
    response: planResponse,
    errors: [400, 401, 403, 404, 409],
  }),
  transition: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/plans/:id/transitions',
    summary: 'Submit or withdraw an action plan',
    status: 200,
    description:
      'submit (a draft or a plan under revision: its live document turns read-only) or withdraw (back to co-design); facilitators of the space and administrators',
    body: planTransitionInputSchema,
    response: planResponse,
    errors: [400, 401, 403, 404, 409],
  }),
} as const;
