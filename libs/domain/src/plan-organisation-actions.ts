import { z } from 'zod';
import { partnerRoleSchema, planActionStatusSchema, planStatusSchema } from './plan';

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
