import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentModule } from '../document';
import { NotificationModule } from '../notification';
import { OrganisationModule } from '../organisation';
import { OutcomeModule } from '../outcome';
import { ReferenceModule } from '../reference';
import { SpaceModule } from '../space';
import { PLAN_COMMENT_PROVIDERS, PlanCommentController } from './comments';
import { PlanIntroductionController } from './introduction/plan-introduction.controller';
import { PlanIntroductionService } from './introduction/plan-introduction.service';
import { PlanAccessRules } from './plan-access.rules';
import { PlanDocumentService } from './plan-document.service';
import { PlanProjectionRepository } from './plan-projection.repository';
import { PlanController } from './plan.controller';
import { PLAN_ENTITIES } from './plan.entities';
import { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';

@Module({
  imports: [TypeOrmModule.forFeature(PLAN_ENTITIES), SpaceModule, OrganisationModule, ReferenceModule, OutcomeModule, NotificationModule, DocumentModule],
  controllers: [PlanController, PlanCommentController, PlanIntroductionController],
  providers: [PlanService, PlanAccessRules, PlanDocumentService, PlanRepository, PlanProjectionRepository, ...PLAN_COMMENT_PROVIDERS, PlanIntroductionService],
  exports: [PlanService, PlanDocumentService],
})
export class PlanModule {}
