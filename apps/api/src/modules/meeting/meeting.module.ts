import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../../core/identity/identity.module';
import { OrganisationModule } from '../organisation';
import { PersonModule } from '../person';
import { SpaceModule } from '../space';
import { AgendaController } from './agenda.controller';
import { AgendaItemEntity } from './agenda-item.entity';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';
import { AttendanceController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { CalendarFeedService } from './calendar-feed.service';
import { ConvocationDeliveryController } from './convocation-delivery.controller';
import { ConvocationService } from './convocation.service';
import { MeetingAccessService } from './meeting-access.service';
import { MeetingAttendeeEntity } from './meeting-attendee.entity';
import { MeetingEvents } from './meeting-events';
import { MeetingLiveGateway } from './meeting-live.gateway';
import { MeetingRunService } from './meeting-run.service';
import { MeetingTransitionEntity } from './meeting-transition.entity';
import { MeetingController } from './meeting.controller';
import { MeetingEntity } from './meeting.entity';
import { MeetingRepository } from './meeting.repository';
import { MeetingService } from './meeting.service';
import { RegisterMailService } from './register-mail.service';
import { RsvpController } from './rsvp.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature([MeetingEntity, MeetingTransitionEntity, AgendaItemEntity, MeetingAttendeeEntity, CalendarFeedEntity]),
    IdentityModule,
    SpaceModule,
    PersonModule,
    OrganisationModule,
  ],
  controllers: [MeetingController, AgendaController, AttendanceController, RsvpController, CalendarFeedController, ConvocationDeliveryController],
  providers: [
    MeetingService,
    MeetingRepository,
    MeetingAccessService,
    MeetingEvents,
    MeetingLiveGateway,
    MeetingRunService,
    AgendaService,
    AgendaRepository,
    AttendanceService,
    AttendanceRepository,
    ConvocationService,
    CalendarFeedService,
    RegisterMailService,
  ],
  exports: [MeetingService, MeetingAccessService, MeetingEvents, MeetingLiveGateway, AgendaService, AttendanceService],
})
export class MeetingModule {}
