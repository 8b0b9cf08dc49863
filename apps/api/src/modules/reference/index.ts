export { REFERENCE_ENTITIES } from './reference.entities';
export { ReferenceModule } from './reference.module';
export { ReferenceService } from './reference.service';
