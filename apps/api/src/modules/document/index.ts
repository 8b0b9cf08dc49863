export { DOCUMENT_ENTITIES } from './document.entities';
export { DocumentModule } from './document.module';
