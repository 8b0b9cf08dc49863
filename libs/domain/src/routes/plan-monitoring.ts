import { z } from 'zod';
import { pageOf } from '../listing';
import { actionMonitoringInputSchema, indicatorObservationInputSchema, monitoringEntrySchema, planMonitoringSchema } from '../plan-monitoring';
import { route } from './route';

const monitoringResponse = /* @__PURE__ */ z.object({ monitoring: planMonitoringSchema });

/**
 * Monitoring an adopted plan: the current state of its actions and indicators (with the roll-up and what is
 * overdue), the forms' routes, and an action's timeline. The adopted record itself never changes.
 */
export const planMonitoringRoutes = {
  get: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans/:id/monitoring',
    summary: 'Get the monitoring state of a plan',
    status: 200,
    description:
      'Monitored status, progress, spending and milestones of each action, the latest value and state of each indicator, progress rolled up to objectives and plan, and what is overdue',
    response: monitoringResponse,
    errors: [401, 404],
  }),
  updateAction: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/plans/:id/actions/:actionId/updates',
    summary: 'Record a monitoring update of an action',
    status: 201,
    description:
      'Status, progress, spending by funding source and milestones of an action of an adopted plan, with a note (administrators, facilitators, members of the lead organisation); each change is kept in the timeline',
    body: actionMonitoringInputSchema,
    response: monitoringResponse,
    errors: [400, 401, 403, 404, 409],
  }),
  timeline: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans/:id/actions/:actionId/updates',
    summary: "List an action's monitoring updates",
    status: 200,
    description: 'The timeline of an action, newest first, across the revisions of the plan',
    response: /* @__PURE__ */ pageOf(monitoringEntrySchema),
    errors: [401, 404],
  }),
  addObservation: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/plans/:id/indicators/:indicatorId/observations',
    summary: 'Record an observed value of an indicator',
    status: 201,
    description: "A value observed on a date, with a note and a source, for an indicator of an adopted plan (as for the action's updates)",
    body: indicatorObservationInputSchema,
    response: monitoringResponse,
    errors: [400, 401, 403, 404, 409],
  }),
} as const;
