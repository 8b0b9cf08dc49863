import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../../core/identity/identity.module';
import { InvitationAcceptanceController } from './invitation-acceptance.controller';
import { InvitationController } from './invitation.controller';
import { InvitationEntity } from './invitation.entity';
import { InvitationRepository } from './invitation.repository';
import { InvitationService } from './invitation.service';

@Module({
  imports: [TypeOrmModule.forFeature([InvitationEntity]), IdentityModule],
  controllers: [InvitationController, InvitationAcceptanceController],
  providers: [InvitationService, InvitationRepository],
  exports: [InvitationService],
})
export class InvitationModule {}
