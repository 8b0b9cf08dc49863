import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { GlobalRole, Locale } from '@cantiere/domain';

@Entity('users')
@Check('users_role_check', `"role" IN ('admin', 'user')`)
@Check('users_locale_check', `"locale" IN ('it', 'en')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; uniqueness is therefore case-insensitive. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** argon2id; null until an invited person sets a password. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'user' })
  role!: GlobalRole;

  @Column({ type: 'varchar', length: 2, default: 'it' })
  locale!: Locale;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;
}
