import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '../organisation';
import { OutcomeModule } from '../outcome';
import { ReferenceModule } from '../reference';
import { SpaceModule } from '../space';
import { PlanExportController } from './export/plan-export.controller';
import { PlanExportService } from './export/plan-export.service';
import { PlanExportSource } from './export/plan-export.source';
import { OrganisationActionsController } from './organisation-actions/organisation-actions.controller';
import { OrganisationActionsRepository } from './organisation-actions/organisation-actions.repository';
import { OrganisationActionsService } from './organisation-actions/organisation-actions.service';
import { PlanAccessRules } from './plan-access.rules';
import { PlanDocumentService } from './plan-document.service';
import { PlanProjectionRepository } from './plan-projection.repository';
import { PlanController } from './plan.controller';
import { PLAN_ENTITIES } from './plan.entities';
import { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';

@Module({
  imports: [TypeOrmModule.forFeature(PLAN_ENTITIES), SpaceModule, OrganisationModule, ReferenceModule, OutcomeModule],
  controllers: [PlanController, PlanExportController, OrganisationActionsController],
  providers: [
    PlanService,
    PlanAccessRules,
    PlanDocumentService,
    PlanRepository,
    PlanProjectionRepository,
    PlanExportSource,
    PlanExportService,
    OrganisationActionsService,
    OrganisationActionsRepository,
  ],
  exports: [PlanService, PlanDocumentService],
})
export class PlanModule {}
