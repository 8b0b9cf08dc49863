import { FrozenRecordEntity } from './frozen-record.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const RECORDS_ENTITIES = [FrozenRecordEntity];
