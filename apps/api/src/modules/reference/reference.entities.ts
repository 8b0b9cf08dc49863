import { ReferenceItemEntity } from './reference-item.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const REFERENCE_ENTITIES = [ReferenceItemEntity];
