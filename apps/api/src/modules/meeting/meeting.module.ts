import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../../core/identity/identity.module';
import { PersonModule } from '../person';
import { SpaceModule } from '../space';
import { MeetingAccessService } from './meeting-access.service';
import { MeetingEvents } from './meeting-events';
import { MeetingLiveGateway } from './meeting-live.gateway';
import { MeetingTransitionEntity } from './meeting-transition.entity';
import { MeetingController } from './meeting.controller';
import { MeetingEntity } from './meeting.entity';
import { MeetingRepository } from './meeting.repository';
import { MeetingService } from './meeting.service';

/**
 * Meetings and their lifecycle, who may see and run them, and the live channel every part of a meeting announces
 * its changes on. Agenda, attendance, calendar, run mode and minutes build on it; it depends on none of them.
 */
@Module({
  imports: [TypeOrmModule.forFeature([MeetingEntity, MeetingTransitionEntity]), IdentityModule, SpaceModule, PersonModule],
  controllers: [MeetingController],
  providers: [MeetingService, MeetingRepository, MeetingAccessService, MeetingEvents, MeetingLiveGateway],
  exports: [MeetingService, MeetingAccessService, MeetingEvents, MeetingLiveGateway],
})
export class MeetingModule {}
