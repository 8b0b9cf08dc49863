import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { CollabModule } from './collab/collab.module';
import { AccessModule } from './core/access/access.module';
import { AuditTrailModule } from './core/audit/audit-trail.module';
import { AuthModule } from './core/auth/auth.module';
import type { AppConfig } from './core/config/config';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { LoggingModule } from './core/logging/logging.module';
import { MailModule } from './core/mail/mail.module';
import { RecordsModule } from './core/records/records.module';
import { AgendaModule } from './modules/agenda/agenda.module';
import { AttendanceModule } from './modules/attendance/attendance.module';
import { AuditModule } from './modules/audit/audit.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { DocumentModule } from './modules/document/document.module';
import { MeetingModule } from './modules/meeting/meeting.module';
import { MeetingRunModule } from './modules/meeting-run/meeting-run.module';
import { MinutesModule } from './modules/minutes/minutes.module';
import { NotificationModule } from './modules/notification/notification.module';
import { HealthModule } from './modules/health/health.module';
import { InvitationModule } from './modules/invitation/invitation.module';
import { OutcomeModule } from './modules/outcome/outcome.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { PersonModule } from './modules/person/person.module';
import { PlanModule } from './modules/plan/plan.module';
import { ReferenceModule } from './modules/reference/reference.module';
import { SpaceModule } from './modules/space/space.module';
import { UserModule } from './modules/user/user.module';
import { SeedModule } from './seed/seed.module';
import { ENTITIES } from './entities';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig & { databaseUrl: string }, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(config.databaseUrl, ENTITIES),
        MailModule,
        RecordsModule,
        AuditTrailModule,
        AccessModule,
        AuditModule,
        AuthModule,
        UserModule,
        InvitationModule,
        ReferenceModule,
        OrganisationModule,
        PersonModule,
        SpaceModule,
        CollabModule,
        DocumentModule,
        MeetingModule,
        AgendaModule,
        AttendanceModule,
        CalendarModule,
        MeetingRunModule,
        OutcomeModule,
        MinutesModule,
        PlanModule,
        NotificationModule,
        HealthModule,
        SeedModule,
      ],
    };
  }
}
