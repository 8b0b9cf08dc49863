export { PLAN_ENTITIES } from './plan.entities';
export { PlanDocumentService } from './plan-document.service';
export type { PlanEntity } from './plan.entity';
export { PlanModule } from './plan.module';
export { PlanService } from './plan.service';
export { PlanAdoptionService, type AdoptedPlanRead } from './adoption/plan-adoption.service';
export { PlanMonitoringService } from './monitoring';
