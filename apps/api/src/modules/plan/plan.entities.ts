import { PlanActionBudgetEntity, PlanActionContributorEntity, PlanActionPartnerEntity, PlanMilestoneEntity } from './plan-action-parts.entity';
import { PlanActionEntity } from './plan-action.entity';
import { PlanIndicatorEntity, PlanIndicatorObservationEntity } from './plan-indicator.entity';
import { PlanObjectiveBudgetEntity, PlanObjectiveEntity } from './plan-objective.entity';
import { PlanRecordProblemEntity } from './plan-record-problem.entity';
import { PlanEntity } from './plan.entity';
import { PlanAdoptionEntity } from './adoption/plan-adoption.entity';
import { PLAN_MONITORING_ENTITIES } from './monitoring/plan-monitoring.entities';
import { PlanCommentEntity } from './comments/plan-comment.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const PLAN_ENTITIES = [
  PlanEntity,
  PlanObjectiveEntity,
  PlanObjectiveBudgetEntity,
  PlanActionEntity,
  PlanActionPartnerEntity,
  PlanActionBudgetEntity,
  PlanMilestoneEntity,
  PlanActionContributorEntity,
  PlanIndicatorEntity,
  PlanIndicatorObservationEntity,
  PlanRecordProblemEntity,
  PlanAdoptionEntity,
  ...PLAN_MONITORING_ENTITIES,
  PlanCommentEntity,
];
