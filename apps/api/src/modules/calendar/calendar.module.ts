import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingModule } from '../meeting';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { CalendarFeedService } from './calendar-feed.service';

/** Meetings as calendar events (iCalendar, RFC 5545) and each account's personal calendar feed. */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeedEntity]), MeetingModule],
  controllers: [CalendarFeedController],
  providers: [CalendarFeedService],
  exports: [CalendarFeedService],
})
export class CalendarModule {}
