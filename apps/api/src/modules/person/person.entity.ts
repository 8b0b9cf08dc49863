import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { UserEntity } from '../user/user.entity';

/** A contact of the network, with or without a user account. */
@Entity('people')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  fullName!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Index('people_organisation_id_idx')
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'people_organisation_id_fkey' })
  organisation?: OrganisationEntity | null;

  /** Role in the organisation, e.g. "Legale rappresentante", "Operatrice". */
  @Column({ type: 'varchar', length: 120, nullable: true })
  roleTitle!: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @OneToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'people_user_id_fkey' })
  user?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
