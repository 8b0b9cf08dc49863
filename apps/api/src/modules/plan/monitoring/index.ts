export { PlanMonitoringService } from './plan-monitoring.service';
export { PlanOverdueService, PLAN_OVERDUE_JOB, PLAN_OVERDUE_KIND } from './plan-overdue.service';
export { withMonitoredDetail, withMonitoredValues } from './monitored-plan';
