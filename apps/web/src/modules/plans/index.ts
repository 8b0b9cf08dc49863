// Action plans: a space's list (on the space page), an organisation's actions (on its page) and the plan page, each loaded with its code when first shown.
export { OrganisationPlanActions, PLAN_PAGES, PlanRoutes, SpacePlans } from './routes';
