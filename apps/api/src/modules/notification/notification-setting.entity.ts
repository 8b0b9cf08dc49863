import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { NotificationChannel } from '@cantiere/domain';
import type { UserEntity } from '../../core/identity/user.entity';

/** A person's choice for one kind; a kind without a row uses the kind's default channel. */
@Entity('notification_preferences')
@Check('notification_preferences_channel_check', `"channel" IN ('immediate', 'digest', 'off')`)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'notification_preferences_pkey' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'notification_preferences_pkey' })
  kind!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_preferences_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  channel!: NotificationChannel;
}

/** The hour of a person's daily digest (Europe/Rome) and when the last one went. */
@Entity('notification_settings')
@Check('notification_settings_digest_hour_check', `"digest_hour" BETWEEN 0 AND 23`)
export class NotificationSettingEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'notification_settings_pkey' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_settings_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'smallint', default: 8 })
  digestHour!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastDigestAt!: Date | null;
}

/** An explicit follow or unfollow; it overrides the default (following what one takes part in). */
@Entity('notification_follows')
export class NotificationFollowEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'notification_follows_pkey' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 30, primaryKeyConstraintName: 'notification_follows_pkey' })
  subjectType!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'notification_follows_pkey' })
  subjectId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_follows_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'boolean' })
  following!: boolean;
}

/** A one-click unsubscribe link sent in a mail: the hash of its secret, for whom and which kind, and when it was used. */
@Entity('notification_unsubscribes')
export class NotificationUnsubscribeEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'notification_unsubscribes_pkey' })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_unsubscribes_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
