import { MinutesRemarkEntity } from './minutes-remark.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const MINUTES_ENTITIES = [MinutesRemarkEntity];
