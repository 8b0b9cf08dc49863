import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda';
import { MeetingModule } from '../meeting';
import { MeetingRunController } from './meeting-run.controller';
import { MeetingRunService } from './meeting-run.service';

/** Run mode: the current item and its timer; the announcements go out on the meeting's live channel. */
@Module({
  imports: [MeetingModule, AgendaModule],
  controllers: [MeetingRunController],
  providers: [MeetingRunService],
})
export class MeetingRunModule {}
