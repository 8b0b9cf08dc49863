import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationModule } from '../notification';
import { OrganisationModule } from '../organisation';
import { OutcomeModule } from '../outcome';
import { ReferenceModule } from '../reference';
import { SpaceModule } from '../space';
import { PLAN_COMMENT_PROVIDERS, PlanCommentController } from './comments';
import { PlanAccessRules } from './plan-access.rules';
import { PlanDocumentService } from './plan-document.service';
import { PlanProjectionRepository } from './plan-projection.repository';
import { PlanController } from './plan.controller';
import { PLAN_ENTITIES } from './plan.entities';
import { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';

@Module({
  imports: [TypeOrmModule.forFeature(PLAN_ENTITIES), SpaceModule, OrganisationModule, ReferenceModule, OutcomeModule, NotificationModule],
  controllers: [PlanController, PlanCommentController],
  providers: [PlanService, PlanAccessRules, PlanDocumentService, PlanRepository, PlanProjectionRepository, ...PLAN_COMMENT_PROVIDERS],
  exports: [PlanService, PlanDocumentService],
})
export class PlanModule {}
