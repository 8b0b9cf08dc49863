import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../../core/identity/identity.module';
import { InvitationModule } from '../invitation';
import { OrganisationModule } from '../organisation';
import { PersonAffiliationEntity } from './person-affiliation.entity';
import { PersonController } from './person.controller';
import { PersonEntity } from './person.entity';
import { PersonImportService } from './person-import.service';
import { PersonPrivacyRepository } from './person-privacy.repository';
import { PersonPrivacyService } from './person-privacy.service';
import { PersonRepository } from './person.repository';
import { PersonAccessRules } from './person-access.rules';
import { PersonService } from './person.service';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, PersonAffiliationEntity]), IdentityModule, InvitationModule, OrganisationModule],
  controllers: [PersonController],
  providers: [PersonAccessRules, PersonService, PersonRepository, PersonPrivacyService, PersonPrivacyRepository, PersonImportService],
  exports: [PersonService],
})
export class PersonModule {}
