import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceModule } from '../reference';
import { OrganisationImportService } from './organisation-import.service';
import { OrganisationController } from './organisation.controller';
import { OrganisationAccessRules } from './organisation-access.rules';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationService } from './organisation.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity]), ReferenceModule],
  controllers: [OrganisationController],
  providers: [OrganisationAccessRules, OrganisationService, OrganisationRepository, OrganisationImportService],
  exports: [OrganisationService],
})
export class OrganisationModule {}
