import { Injectable } from '@nestjs/common';
import { TxHost } from '../../core/database/transaction';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface PendingEntry {
  key: string;
  event: object;
}

/** Notifications waiting for their text to settle (see NotificationPendingEntity). */
@Injectable()
export class NotificationPendingRepository {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly txHost: TxHost,
  ) {}

  /**
   * Makes `entries` the scope's waiting notifications, each due `quietMs` from now: a key seen again waits anew,
   * a key no longer there is dropped, a key already delivered stays delivered.
   */
  async replaceScope(tx: EntityManager | undefined, scope: string, entries: PendingEntry[], quietMs: number): Promise<void> {
    const run = tx ?? this.txHost.tx;
    await run.query(`DELETE FROM notification_pending WHERE scope = $1 AND delivered_at IS NULL AND NOT (key = ANY($2::varchar[]))`, [
      scope,
      entries.map((e) => e.key),
    ]);
    if (!entries.length) return;
    await run.query(
      `INSERT INTO notification_pending (key, scope, event, due_at)
       SELECT k, $1, e, now() + make_interval(secs => $4::float8 / 1000) FROM unnest($2::varchar[], $3::jsonb[]) AS x(k, e)
       ON CONFLICT (key) DO UPDATE SET event = EXCLUDED.event, due_at = EXCLUDED.due_at, scope = EXCLUDED.scope
        WHERE notification_pending.delivered_at IS NULL`,
      [scope, entries.map((e) => e.key), entries.map((e) => JSON.stringify(e.event)), quietMs],
    );
  }

  /** Claims what is due at `at` (rows another run holds are skipped) and marks it delivered in the same transaction as `deliver`. */
  async claimDue(at: Date, limit: number, deliver: (rows: { key: string; event: object }[]) => Promise<void>): Promise<number> {
    return this.ds.transaction(async (tx) => {
      const rows: { key: string; event: object }[] = await tx.query(
        `SELECT key, event FROM notification_pending WHERE delivered_at IS NULL AND due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [at, limit],
      );
      if (!rows.length) return 0;
      await deliver(rows);
      await tx.query(`UPDATE notification_pending SET delivered_at = now() WHERE key = ANY($1::varchar[])`, [rows.map((r) => r.key)]);
      return rows.length;
    });
  }
}
