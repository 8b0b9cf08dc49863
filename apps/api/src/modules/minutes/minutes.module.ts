import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaModule } from '../agenda';
import { AttendanceModule } from '../attendance';
import { MeetingModule } from '../meeting';
import { MentionModule } from '../mention';
import { NotificationModule } from '../notification';
import { OutcomeModule } from '../outcome';
import { SpaceModule } from '../space';
import { MinutesAccessService } from './minutes-access.service';
import { MinutesProjectionService } from './minutes-projection.service';
import { MinutesRemarkEntity } from './minutes-remark.entity';
import { MinutesRemarkNotifications } from './minutes-remark-notifications';
import { MinutesController } from './minutes.controller';
import { MinutesProjectionRepository } from './minutes-projection.repository';
import { MinutesRemarkRepository } from './minutes-remark.repository';
import { MinutesService } from './minutes.service';
import { VerbaleController } from './verbale.controller';
import { VerbaleRecordService } from './verbale-record.service';
import { VerbaleService } from './verbale.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([MinutesRemarkEntity]),
    MeetingModule,
    AgendaModule,
    AttendanceModule,
    OutcomeModule,
    SpaceModule,
    NotificationModule,
    MentionModule,
  ],
  controllers: [MinutesController, VerbaleController],
  providers: [
    MinutesRemarkRepository,
    MinutesProjectionRepository,
    MinutesAccessService,
    MinutesProjectionService,
    MinutesRemarkNotifications,
    MinutesService,
    VerbaleService,
    VerbaleRecordService,
  ],
})
export class MinutesModule {}
