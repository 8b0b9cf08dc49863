import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, OneToMany, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LegalBasis } from '@cantiere/domain';
import { UserEntity } from '../../core/identity/user.entity';
import { PersonAffiliationEntity } from './person-affiliation.entity';

/** A contact of the network, with or without a user account. */
@Entity('people')
@Check('people_consent_legal_basis_check', `"consent_legal_basis" IN ('consent', 'public_task', 'legitimate_interest', 'contract')`)
@Index('people_search_idx', { synchronize: false })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  firstName!: string;

  @Column({ type: 'varchar', length: 60 })
  lastName!: string;

  @Index('people_email_key', { unique: true, where: '"email" IS NOT NULL' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /**
   * GDPR art. 5 (data minimisation): email and phone are shown beyond administrators, the person's own organisations
   * and the facilitators of their spaces only when the person chooses so.
   */
  @Column({ type: 'boolean', default: false })
  contactsPublic!: boolean;

  /** GDPR: on what basis the contact is kept, for which purpose, since when and from which source. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  consentLegalBasis!: LegalBasis | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  consentPurpose!: string | null;

  @Column({ type: 'date', nullable: true })
  consentDate!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  consentSource!: string | null;

  @Index('people_user_id_key', { unique: true, where: '"user_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @OneToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'people_user_id_fkey' })
  user?: UserEntity | null;

  @OneToMany(() => PersonAffiliationEntity, (a) => a.person)
  affiliations?: PersonAffiliationEntity[];

  /** Set when the person's data was erased on request: the row stays so that records remain coherent. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
