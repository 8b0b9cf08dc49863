import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { UserEntity } from '../../core/identity/user.entity';

/** One notification for one account: what happened (kind and data, rendered in the reader's language), where, read or not. */
@Entity('notifications')
@Index('notifications_user_id_dedupe_key_key', ['userId', 'dedupeKey'], { unique: true })
@Index('notifications_user_id_created_at_idx', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'varchar', length: 30 })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  /** What the kind's renderer needs (names, dates), so that the text follows the reader's language. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 500 })
  link!: string;

  /** The event (and, for mentions, the mention) this notification comes from: fanning out twice stores it once. */
  @Column({ type: 'varchar', length: 200 })
  dedupeKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
