export { ORGANISATION_ENTITIES } from './organisation.entities';
export type { OrganisationEntity } from './organisation.entity';
export { OrganisationModule } from './organisation.module';
export { OrganisationService } from './organisation.service';
