import { pageOf } from '../listing';
import { organisationPlanActionSchema } from '../plan-organisation-actions';
import { route } from './route';

/** What an organisation does in the action plans: read from rows, only of the plans the caller may read. */
export const planOrganisationRoutes = {
  actions: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/organisations/:id/plan-actions',
    summary: 'List the plan actions of an organisation',
    status: 200,
    description: 'The actions the organisation leads or partners in, in the plans the caller can read (plan by newest period, then objective and action order)',
    response: /* @__PURE__ */ pageOf(organisationPlanActionSchema),
    errors: [401, 404],
  }),
} as const;
