import { PlanMonitorAccessRules } from './plan-monitor-access.rules';
import { PlanMonitoringController } from './plan-monitoring.controller';
import { PlanMonitoringRepository } from './plan-monitoring.repository';
import { PlanMonitoringService } from './plan-monitoring.service';
import { PlanOverdueService } from './plan-overdue.service';

/** What monitoring adds to the plan module, listed here so that the module's wiring stays one line. */
export const PLAN_MONITORING_PROVIDERS = [PlanMonitoringRepository, PlanMonitoringService, PlanMonitorAccessRules, PlanOverdueService];
export { PlanMonitoringController, PlanMonitoringService };
