import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationModule } from '../notification';
import { PersonModule } from '../person';
import { SpaceNotifications } from './space-notifications';
import { MembershipService } from './membership.service';
import { SpaceAccessRules } from './space-access.rules';
import { SpaceMemberEntity } from './space-member.entity';
import { SpaceController } from './space.controller';
import { SpaceEntity } from './space.entity';
import { SpaceRepository } from './space.repository';
import { SpaceService } from './space.service';

@Module({
  imports: [TypeOrmModule.forFeature([SpaceEntity, SpaceMemberEntity]), PersonModule, NotificationModule],
  controllers: [SpaceController],
  providers: [SpaceService, SpaceRepository, MembershipService, SpaceAccessRules, SpaceNotifications],
  exports: [SpaceService],
})
export class SpaceModule {}
