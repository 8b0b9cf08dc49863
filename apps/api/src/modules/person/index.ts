export type { PersonAffiliationEntity } from './person-affiliation.entity';
export { PERSON_ENTITIES } from './person.entities';
export type { PersonEntity } from './person.entity';
export { PersonModule } from './person.module';
export { PersonService } from './person.service';
