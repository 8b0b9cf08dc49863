import { CalendarFeedEntity } from './calendar-feed.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const CALENDAR_ENTITIES = [CalendarFeedEntity];
