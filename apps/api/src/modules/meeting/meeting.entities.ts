import { MeetingTransitionEntity } from './meeting-transition.entity';
import { MeetingEntity } from './meeting.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const MEETING_ENTITIES = [MeetingEntity, MeetingTransitionEntity];
