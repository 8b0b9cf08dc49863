import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationModule } from '../notification';
import { OrganisationModule } from '../organisation';
import { OutcomeModule } from '../outcome';
import { ReferenceModule } from '../reference';
import { SpaceModule } from '../space';
import { PlanAccessRules } from './plan-access.rules';
import { PLAN_MONITORING_PROVIDERS, PlanMonitoringController, PlanMonitoringService } from './monitoring/plan-monitoring.providers';
import { PlanDocumentService } from './plan-document.service';
import { PlanProjectionRepository } from './plan-projection.repository';
import { PlanController } from './plan.controller';
import { PLAN_ENTITIES } from './plan.entities';
import { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';

@Module({
  imports: [TypeOrmModule.forFeature(PLAN_ENTITIES), SpaceModule, OrganisationModule, ReferenceModule, OutcomeModule, NotificationModule],
  controllers: [PlanController, PlanMonitoringController],
  providers: [PlanService, PlanAccessRules, PlanDocumentService, PlanRepository, PlanProjectionRepository, ...PLAN_MONITORING_PROVIDERS],
  exports: [PlanService, PlanDocumentService, PlanMonitoringService],
})
export class PlanModule {}
