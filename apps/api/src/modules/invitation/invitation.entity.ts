import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { GlobalRole } from '@cantiere/domain';
import type { PersonEntity } from '../person';
import { UserEntity } from '../../core/identity/user.entity';

/** An emailed invitation to create an account; only the SHA-256 of the link's secret is kept. */
@Entity('invitations')
@Check('invitations_role_check', `"role" IN ('admin', 'user')`)
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('invitations_email_idx')
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 16, default: 'user' })
  role!: GlobalRole;

  @Index('invitations_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'invitations_invited_by_id_fkey' })
  invitedBy?: UserEntity | null;

  /** The registry's contact this account is for, linked to the user on acceptance. */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne('PersonEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'invitations_person_id_fkey' })
  person?: PersonEntity | null;
}
