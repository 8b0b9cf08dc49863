import { z } from 'zod';
import { pageOf } from '../listing';
import { partnerRoleSchema, planActionStatusSchema, planStatusSchema } from '../plan';
import { route } from './route';

/** How an organisation takes part in an action: it leads it, or it is one of its partners with that partner's role. */
export const organisationActionRoleSchema = z.union([z.literal('lead'), partnerRoleSchema]);
export type OrganisationActionRole = z.infer<typeof organisationActionRoleSchema>;

/** One action an organisation leads or partners in, with the plan and objective it belongs to (from the projected rows). */
export const organisationPlanActionSchema = z.object({
  planId: z.uuid(),
  planTitle: z.string(),
  planStatus: planStatusSchema,
  spaceId: z.uuid(),
  spaceName: z.string(),
  objectiveId: z.uuid(),
  objectiveCode: z.string(),
  objectiveTitle: z.string(),
  actionId: z.uuid(),
  actionTitle: z.string(),
  role: organisationActionRoleSchema,
  status: planActionStatusSchema,
  progress: z.number().int(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});
export type OrganisationPlanAction = z.infer<typeof organisationPlanActionSchema>;

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
