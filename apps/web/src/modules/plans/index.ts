// Action plans: a space's list (on the space page), an organisation's actions (on its page), the action that makes an
// old plan draft a plan's introduction, and the plan page, each loaded with its code when first shown.
export { OrganisationPlanActions, PLAN_PAGES, PlanRoutes, SpacePlans, UseAsPlanIntroduction } from './routes';
