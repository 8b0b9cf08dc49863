import { AgendaItemEntity } from './agenda-item.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const AGENDA_ENTITIES = [AgendaItemEntity];
