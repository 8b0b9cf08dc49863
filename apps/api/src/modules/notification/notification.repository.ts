import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NotificationChannel } from '@cantiere/domain';
import type { NotificationEntity } from './notification.entity';

export interface NewNotification {
  userId: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
  link: string;
  dedupeKey: string;
}

export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
}

interface NotificationRow {
  id: string;
  user_id: string;
  kind: string;
  subject_type: string;
  subject_id: string;
  data: Record<string, unknown>;
  link: string;
  dedupe_key: string;
  created_at: Date;
  read_at: Date | null;
}

const toEntity = (r: NotificationRow): NotificationEntity => ({
  id: r.id,
  userId: r.user_id,
  kind: r.kind,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  data: r.data,
  link: r.link,
  dedupeKey: r.dedupe_key,
  createdAt: r.created_at,
  readAt: r.read_at,
});

export const DEFAULT_DIGEST_HOUR = 8;

/**
 * The notification centre's own tables: the notifications, preferences, follows, unsubscribe links. People and
 * accounts are read through the person and identity modules (`NotificationRecipients`).
 */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The explicit follow state of each account that set one for this subject. */
  async followStates(subjectType: string, subjectId: string): Promise<Map<string, boolean>> {
    const rows: { user_id: string; following: boolean }[] = await this.ds.query(
      'SELECT user_id, following FROM notification_follows WHERE subject_type = $1 AND subject_id = $2',
      [subjectType, subjectId],
    );
    return new Map(rows.map((r) => [r.user_id, r.following]));
  }

  /** Follows for these accounts that have none on this subject yet; a choice already made (an unfollow) stays. */
  async addDefaultFollows(userIds: string[], subjectType: string, subjectId: string): Promise<void> {
    if (!userIds.length) return;
    await this.ds.query(
      `INSERT INTO notification_follows (user_id, subject_type, subject_id, following)
       SELECT u, $2, $3, true FROM unnest($1::uuid[]) AS u ON CONFLICT (user_id, subject_type, subject_id) DO NOTHING`,
      [[...new Set(userIds)], subjectType, subjectId],
    );
  }

  async setFollow(userId: string, subjectType: string, subjectId: string, following: boolean): Promise<void> {
    await this.ds.query(
      `INSERT INTO notification_follows (user_id, subject_type, subject_id, following) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, subject_type, subject_id) DO UPDATE SET following = EXCLUDED.following`,
      [userId, subjectType, subjectId, following],
    );
  }

  /** Stores the notifications not stored yet (by recipient and dedupe key); returns those it stored. */
  async addNew(rows: NewNotification[]): Promise<NotificationEntity[]> {
    if (!rows.length) return [];
    const added: NotificationRow[] = await this.ds.query(
      `INSERT INTO notifications (user_id, kind, subject_type, subject_id, data, link, dedupe_key)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[], $5::jsonb[], $6::varchar[], $7::varchar[])
       ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING *`,
      [
        rows.map((r) => r.userId),
        rows.map((r) => r.kind),
        rows.map((r) => r.subjectType),
        rows.map((r) => r.subjectId),
        rows.map((r) => JSON.stringify(r.data)),
        rows.map((r) => r.link),
        rows.map((r) => r.dedupeKey),
      ],
    );
    return added.map(toEntity);
  }

  async page(userId: string, unreadOnly: boolean, page: number, pageSize: number): Promise<{ items: NotificationEntity[]; total: number }> {
    const filter = unreadOnly ? 'AND read_at IS NULL' : '';
    const [rows, count]: [NotificationRow[], { n: number }[]] = await Promise.all([
      this.ds.query(`SELECT * FROM notifications WHERE user_id = $1 ${filter} ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`, [
        userId,
        pageSize,
        (page - 1) * pageSize,
      ]),
      this.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 ${filter}`, [userId]),
    ]);
    return { items: rows.map(toEntity), total: count[0].n };
  }

  async unreadCount(userId: string): Promise<number> {
    const rows: { n: number }[] = await this.ds.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL', [userId]);
    return rows[0].n;
  }

  /** False when the notification is not the caller's. */
  async markRead(userId: string, id: string): Promise<boolean> {
    // An UPDATE answers [rows, count].
    const [, count]: [unknown[], number] = await this.ds.query('UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2', [
      id,
      userId,
    ]);
    return count > 0;
  }

  async markAllRead(userId: string): Promise<void> {
    await this.ds.query('UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL', [userId]);
  }

  /** The channel each of these accounts chose for a kind (absent: the kind's default). */
  async channels(userIds: string[], kind: string): Promise<Map<string, NotificationChannel>> {
    if (!userIds.length) return new Map();
    const rows: { user_id: string; channel: NotificationChannel }[] = await this.ds.query(
      'SELECT user_id, channel FROM notification_preferences WHERE user_id = ANY($1::uuid[]) AND kind = $2',
      [userIds, kind],
    );
    return new Map(rows.map((r) => [r.user_id, r.channel]));
  }

  async preferencesOf(userId: string): Promise<{ digestHour: number; channels: Map<string, NotificationChannel> }> {
    const [settings, rows]: [{ digest_hour: number }[], { kind: string; channel: NotificationChannel }[]] = await Promise.all([
      this.ds.query('SELECT digest_hour FROM notification_settings WHERE user_id = $1', [userId]),
      this.ds.query('SELECT kind, channel FROM notification_preferences WHERE user_id = $1', [userId]),
    ]);
    return { digestHour: settings[0]?.digest_hour ?? DEFAULT_DIGEST_HOUR, channels: new Map(rows.map((r) => [r.kind, r.channel])) };
  }

  async setDigestHour(userId: string, hour: number): Promise<void> {
    await this.ds.query(
      `INSERT INTO notification_settings (user_id, digest_hour) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET digest_hour = EXCLUDED.digest_hour`,
      [userId, hour],
    );
  }

  async setChannel(userId: string, kind: string, channel: NotificationChannel): Promise<void> {
    await this.ds.query(
      `INSERT INTO notification_preferences (user_id, kind, channel) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET channel = EXCLUDED.channel`,
      [userId, kind, channel],
    );
  }

  /**
   * Accounts whose digest hour is `hour` with unread notifications since their last digest, of the kinds they get
   * in the digest (`digestByDefault`: the kinds whose default channel is the digest). Disabled accounts are among
   * them: the caller keeps the active ones.
   */
  async digestDue(hour: number, digestByDefault: string[]): Promise<string[]> {
    const rows: { user_id: string }[] = await this.ds.query(
      `SELECT DISTINCT n.user_id FROM notifications n
         LEFT JOIN notification_settings s ON s.user_id = n.user_id
         LEFT JOIN notification_preferences p ON p.user_id = n.user_id AND p.kind = n.kind
        WHERE n.read_at IS NULL AND coalesce(s.digest_hour, $2) = $1
          AND n.created_at > coalesce(s.last_digest_at, '-infinity')
          AND coalesce(p.channel, CASE WHEN n.kind = ANY($3::varchar[]) THEN 'digest' ELSE 'other' END) = 'digest'`,
      [hour, DEFAULT_DIGEST_HOUR, digestByDefault],
    );
    return rows.map((r) => r.user_id);
  }

  /** The unread notifications of a digest, oldest first, and marks the digest sent up to `until`. */
  async takeDigest(userId: string, until: Date, digestByDefault: string[]): Promise<NotificationEntity[]> {
    return this.ds.transaction(async (tx) => {
      const settings: { last_digest_at: Date | null }[] = await tx.query(
        `INSERT INTO notification_settings (user_id, digest_hour) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET user_id = EXCLUDED.user_id
         RETURNING last_digest_at`,
        [userId, DEFAULT_DIGEST_HOUR],
      );
      const rows: NotificationRow[] = await tx.query(
        `SELECT n.* FROM notifications n
           LEFT JOIN notification_preferences p ON p.user_id = n.user_id AND p.kind = n.kind
          WHERE n.user_id = $1 AND n.read_at IS NULL AND n.created_at > coalesce($2::timestamptz, '-infinity') AND n.created_at <= $3
            AND coalesce(p.channel, CASE WHEN n.kind = ANY($4::varchar[]) THEN 'digest' ELSE 'other' END) = 'digest'
          ORDER BY n.created_at, n.id`,
        [userId, settings[0].last_digest_at, until, digestByDefault],
      );
      await tx.query('UPDATE notification_settings SET last_digest_at = $2 WHERE user_id = $1', [userId, until]);
      return rows.map(toEntity);
    });
  }

  async addUnsubscribe(tokenHash: string, userId: string, kind: string): Promise<void> {
    await this.ds.query('INSERT INTO notification_unsubscribes (token_hash, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      tokenHash,
      userId,
      kind,
    ]);
  }

  async findUnsubscribe(tokenHash: string): Promise<{ userId: string; kind: string; usedAt: Date | null } | null> {
    const rows: { user_id: string; kind: string; used_at: Date | null }[] = await this.ds.query(
      'SELECT user_id, kind, used_at FROM notification_unsubscribes WHERE token_hash = $1',
      [tokenHash],
    );
    return rows[0] ? { userId: rows[0].user_id, kind: rows[0].kind, usedAt: rows[0].used_at } : null;
  }

  /** Uses a link once: turns the kind's mail off; false when the link was already used. */
  async useUnsubscribe(tokenHash: string): Promise<boolean> {
    return this.ds.transaction(async (tx) => {
      const [rows]: [{ user_id: string; kind: string }[], number] = await tx.query(
        'UPDATE notification_unsubscribes SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL RETURNING user_id, kind',
        [tokenHash],
      );
      if (!rows.length) return false;
      await tx.query(
        `INSERT INTO notification_preferences (user_id, kind, channel) VALUES ($1, $2, 'off')
         ON CONFLICT (user_id, kind) DO UPDATE SET channel = 'off'`,
        [rows[0].user_id, rows[0].kind],
      );
      return true;
    });
  }
}
