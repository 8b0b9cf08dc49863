export { PlanCommentEntity } from './plan-comment.entity';
export { PlanCommentAccessRules } from './plan-comment-access.rules';
export { PlanCommentController } from './plan-comment.controller';
export { PlanCommentNotifications } from './plan-comment-notifications';
export { PlanCommentRepository } from './plan-comment.repository';
export { PlanCommentService } from './plan-comment.service';

import { PlanCommentAccessRules } from './plan-comment-access.rules';
import { PlanCommentNotifications } from './plan-comment-notifications';
import { PlanCommentRepository } from './plan-comment.repository';
import { PlanCommentService } from './plan-comment.service';

/** The comments' providers, for the plan module's list. */
export const PLAN_COMMENT_PROVIDERS = [PlanCommentService, PlanCommentRepository, PlanCommentAccessRules, PlanCommentNotifications];
