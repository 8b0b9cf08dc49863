import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionModule } from '../../core/auth/session.module';
import { UserModule } from '../user/user.module';
import { InvitationAcceptanceController } from './invitation-acceptance.controller';
import { InvitationController } from './invitation.controller';
import { InvitationEntity } from './invitation.entity';
import { InvitationService } from './invitation.service';

@Module({
  imports: [TypeOrmModule.forFeature([InvitationEntity]), SessionModule, UserModule],
  controllers: [InvitationController, InvitationAcceptanceController],
  providers: [InvitationService],
  exports: [InvitationService],
})
export class InvitationModule {}
