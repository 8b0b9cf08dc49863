// Action plans: a space's list (on the space page) and the plan page, each loaded with its code when first shown.
export { PLAN_PAGES, PlanRoutes, SpacePlans, UseAsPlanIntroduction } from './routes';
