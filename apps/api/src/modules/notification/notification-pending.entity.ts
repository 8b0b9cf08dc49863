import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A notification waiting for its text to settle (a mention, an action being typed): each projection pushes `due_at`
 * back; once due it is delivered and kept with `delivered_at`, so that the same key is never notified again.
 */
@Entity('notification_pending')
export class NotificationPendingEntity {
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'notification_pending_pkey' })
  key!: string;

  /** What one projection replaces as a whole (the actions of one meeting's minutes). */
  @Index('notification_pending_scope_idx')
  @Column({ type: 'varchar', length: 200 })
  scope!: string;

  @Column({ type: 'jsonb' })
  event!: Record<string, unknown>;

  @Index('notification_pending_due_at_idx')
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
