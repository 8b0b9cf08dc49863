import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { AffiliationRole } from '@cantiere/domain';
import type { OrganisationEntity } from '../organisation';
import { PersonEntity } from './person.entity';

/** A person's role in an organisation (legal representative, delegate, operator, ...). */
@Entity('person_affiliations')
@Index('person_affiliations_person_org_key', ['personId', 'organisationId'], { unique: true })
@Check('person_affiliations_role_check', `"role" IN ('legal_representative', 'delegate', 'operator', 'staff', 'volunteer', 'other')`)
export class PersonAffiliationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, (p) => p.affiliations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'person_affiliations_person_id_fkey' })
  // Relation<> keeps decorator metadata from touching PersonEntity while the two modules load each other.
  person?: Relation<PersonEntity>;

  @Index('person_affiliations_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'person_affiliations_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 30 })
  role!: AffiliationRole;

  @Column({ type: 'varchar', length: 120, nullable: true })
  title!: string | null;
}
