import { OrganisationEntity } from './organisation.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const ORGANISATION_ENTITIES = [OrganisationEntity];
