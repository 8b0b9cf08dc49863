import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentModule } from '../document';
import { NotificationModule } from '../notification';
import { OrganisationModule } from '../organisation';
import { OutcomeModule } from '../outcome';
import { ReferenceModule } from '../reference';
import { SpaceModule } from '../space';
import { PlanExportController } from './export/plan-export.controller';
import { PlanExportService } from './export/plan-export.service';
import { PlanExportSource } from './export/plan-export.source';
import { PlanAdoptionController } from './adoption/plan-adoption.controller';
import { PlanAdoptionNotifications } from './adoption/plan-adoption-notifications';
import { PlanAdoptionRepository } from './adoption/plan-adoption.repository';
import { PlanAdoptionService } from './adoption/plan-adoption.service';
import { OrganisationActionsController } from './organisation-actions/organisation-actions.controller';
import { OrganisationActionsRepository } from './organisation-actions/organisation-actions.repository';
import { OrganisationActionsService } from './organisation-actions/organisation-actions.service';
import { PLAN_COMMENT_PROVIDERS, PlanCommentController } from './comments';
import { PlanIntroductionController } from './introduction/plan-introduction.controller';
import { PlanIntroductionService } from './introduction/plan-introduction.service';
import { PlanAccessRules } from './plan-access.rules';
import { PLAN_MONITORING_PROVIDERS, PlanMonitoringController, PlanMonitoringService } from './monitoring/plan-monitoring.providers';
import { PlanDocumentService } from './plan-document.service';
import { PlanProjectionRepository } from './plan-projection.repository';
import { PlanController } from './plan.controller';
import { PLAN_ENTITIES } from './plan.entities';
import { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';

@Module({
  imports: [TypeOrmModule.forFeature(PLAN_ENTITIES), SpaceModule, OrganisationModule, ReferenceModule, OutcomeModule, NotificationModule, DocumentModule],
  controllers: [
    PlanController,
    PlanAdoptionController,
    PlanExportController,
    OrganisationActionsController,
    PlanMonitoringController,
    PlanCommentController,
    PlanIntroductionController,
  ],
  providers: [
    PlanService,
    PlanAccessRules,
    PlanDocumentService,
    PlanRepository,
    PlanProjectionRepository,
    // Adoption, revision and diff (adoption/).
    PlanAdoptionService,
    PlanAdoptionRepository,
    PlanAdoptionNotifications,
    // Exports (export/).
    PlanExportSource,
    PlanExportService,
    // An organisation's actions (organisation-actions/).
    OrganisationActionsService,
    OrganisationActionsRepository,
    // Monitoring after adoption (monitoring/).
    ...PLAN_MONITORING_PROVIDERS,
    // Comments (comments/) and an old plan draft as an introduction (introduction/).
    ...PLAN_COMMENT_PROVIDERS,
    PlanIntroductionService,
  ],
  exports: [PlanService, PlanDocumentService, PlanAdoptionService, PlanMonitoringService],
})
export class PlanModule {}
