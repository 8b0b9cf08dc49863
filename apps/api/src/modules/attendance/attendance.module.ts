import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaModule } from '../agenda';
import { CalendarModule } from '../calendar';
import { MeetingModule } from '../meeting';
import { NotificationModule } from '../notification';
import { AttendanceController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { ConvocationDeliveryController } from './convocation-delivery.controller';
import { ConvocationController } from './convocation.controller';
import { ConvocationService } from './convocation.service';
import { MeetingAttendeeEntity } from './meeting-attendee.entity';
import { MeetingNotificationsService } from './meeting-notifications.service';
import { RegisterMailService } from './register-mail.service';
import { RsvpController } from './rsvp.controller';

/** The register of a meeting: who is convened (by mail, with RSVP links and reminders), who came, the quorum. */
@Module({
  imports: [TypeOrmModule.forFeature([MeetingAttendeeEntity]), MeetingModule, AgendaModule, CalendarModule, NotificationModule],
  controllers: [AttendanceController, ConvocationController, ConvocationDeliveryController, RsvpController],
  providers: [AttendanceService, AttendanceRepository, ConvocationService, RegisterMailService, MeetingNotificationsService],
  exports: [AttendanceService],
})
export class AttendanceModule {}
