import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Representation, SpaceRole } from '@cantiere/domain';
import type { OrganisationEntity } from '../organisation';
import type { PersonEntity } from '../person';
import { SpaceEntity } from './space.entity';

/** A named representative of an organisation in a space, with a role; leaving keeps the row (history). */
@Entity('space_members')
@Check('space_members_role_check', `"role" IN ('facilitator', 'member', 'observer')`)
@Check('space_members_representation_check', `"representation" IN ('titular', 'delegate', 'substitute')`)
@Index('space_members_active_person_key', ['spaceId', 'personId'], { unique: true, where: '"left_on" IS NULL' })
export class SpaceMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('space_members_space_id_idx')
  @Column({ type: 'uuid' })
  spaceId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'space_members_space_id_fkey' })
  space?: SpaceEntity;

  @Index('space_members_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'space_members_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Index('space_members_person_id_idx')
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'space_members_person_id_fkey' })
  person?: PersonEntity;

  @Column({ type: 'varchar', length: 20, default: 'member' })
  role!: SpaceRole;

  @Column({ type: 'varchar', length: 20, default: 'titular' })
  representation!: Representation;

  @Column({ type: 'date' })
  joinedOn!: string;

  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
