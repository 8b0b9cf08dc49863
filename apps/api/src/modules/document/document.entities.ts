import { DocumentEntity } from './document.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const DOCUMENT_ENTITIES = [DocumentEntity];
