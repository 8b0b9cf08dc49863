import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '../organisation';
import { OutcomeModule } from '../outcome';
import { ReferenceModule } from '../reference';
import { SpaceModule } from '../space';
import { PlanExportController } from './export/plan-export.controller';
import { PlanExportService } from './export/plan-export.service';
import { PlanExportSource } from './export/plan-export.source';
import { PlanAccessRules } from './plan-access.rules';
import { PlanDocumentService } from './plan-document.service';
import { PlanProjectionRepository } from './plan-projection.repository';
import { PlanController } from './plan.controller';
import { PLAN_ENTITIES } from './plan.entities';
import { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';

@Module({
  imports: [TypeOrmModule.forFeature(PLAN_ENTITIES), SpaceModule, OrganisationModule, ReferenceModule, OutcomeModule],
  controllers: [PlanController, PlanExportController],
  providers: [PlanService, PlanAccessRules, PlanDocumentService, PlanRepository, PlanProjectionRepository, PlanExportSource, PlanExportService],
  exports: [PlanService, PlanDocumentService],
})
export class PlanModule {}
