import { z } from 'zod';
import { planIntroductionInputSchema } from '../plan-introduction';
import { planDetailSchema } from '../plan-records';
import { route } from './route';

/** Old free-text plan documents (`action_plan_draft`) carried into the structured plans. */
export const planIntroductionRoutes = {
  fromDocument: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/documents/:id/plan-introduction',
    summary: "Use a plan draft document as a plan's introduction",
    status: 200,
    description:
      "The document's text becomes the introduction of a draft plan of the same space (writers of that plan), or of a new plan titled as the document (the space's facilitators); the document stays readable and linked",
    body: planIntroductionInputSchema,
    response: /* @__PURE__ */ z.object({ plan: planDetailSchema }),
    errors: [400, 401, 403, 404, 409],
  }),
} as const;
