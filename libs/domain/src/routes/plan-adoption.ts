import { z } from 'zod';
import { adoptedPlanResponseSchema, planAdoptInputSchema } from '../plan-adoption';
import { planDiffResultSchema } from '../plan-diff';
import { planDetailSchema } from '../plan-records';
import { route } from './route';

const planResponse = /* @__PURE__ */ z.object({ plan: planDetailSchema });

/** Adoption of an action plan (sealed as a frozen record), its revision, and the revision's differences. */
export const planAdoptionRoutes = {
  adopt: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/plans/:id/adoption',
    summary: 'Adopt a submitted action plan',
    status: 200,
    description:
      'Records the adopting decision of a meeting and/or administrative act, seals the plan with every record as a frozen record (canonical JSON, SHA-256) and makes its live document final; facilitators of the space and administrators',
    body: planAdoptInputSchema,
    response: planResponse,
    errors: [400, 401, 403, 404, 409],
  }),
  adopted: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans/:id/adopted',
    summary: 'Get the adopted version of an action plan',
    status: 200,
    description: 'The version in force exactly as sealed (canonical JSON and its SHA-256) and the history of adoptions, newest first',
    response: /* @__PURE__ */ z.object({ adopted: adoptedPlanResponseSchema }),
    errors: [401, 404],
  }),
  startRevision: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/plans/:id/revision',
    summary: 'Start a revision of an adopted action plan',
    status: 200,
    description:
      'Opens the adopted plan to co-design again (under revision), keeping every objective, action and indicator with its id; the adopted version stays in force until the revision is adopted',
    response: planResponse,
    errors: [401, 403, 404, 409],
  }),
  diff: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans/:id/diff',
    summary: 'Differences of a revision from the adopted version',
    status: 200,
    description: 'Objectives, actions and indicators added, removed or changed (field by field) and planned budget lines, compared by record id',
    response: /* @__PURE__ */ z.object({ diff: planDiffResultSchema }),
    errors: [401, 404],
  }),
} as const;
