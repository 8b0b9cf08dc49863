export { DOCUMENT_ENTITIES } from './document.entities';
export { DocumentModule } from './document.module';
export { DocumentService } from './document.service';
export type { DocumentEntity } from './document.entity';
