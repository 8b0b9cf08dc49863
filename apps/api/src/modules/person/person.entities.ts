import { PersonAffiliationEntity } from './person-affiliation.entity';
import { PersonEntity } from './person.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const PERSON_ENTITIES = [PersonEntity, PersonAffiliationEntity];
