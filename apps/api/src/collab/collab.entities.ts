import { CollabDocumentEntity } from './collab-document.entity';
import { CollabUpdateEntity } from './collab-update.entity';
import { CollabVersionEntity } from './collab-version.entity';
import { CollabWriterEntity } from './collab-writer.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const COLLAB_ENTITIES = [CollabDocumentEntity, CollabUpdateEntity, CollabVersionEntity, CollabWriterEntity];
