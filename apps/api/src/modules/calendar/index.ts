export { CALENDAR_ENTITIES } from './calendar.entities';
export { CalendarFeedService } from './calendar-feed.service';
export { CalendarModule } from './calendar.module';
export { renderCalendar } from './ics';
export { meetingEvent, organizerOf } from './meeting-calendar';
