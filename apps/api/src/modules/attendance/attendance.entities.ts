import { MeetingAttendeeEntity } from './meeting-attendee.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const ATTENDANCE_ENTITIES = [MeetingAttendeeEntity];
