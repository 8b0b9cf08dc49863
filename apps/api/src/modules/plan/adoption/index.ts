export { PlanAdoptionService, type AdoptedPlanRead } from './plan-adoption.service';
