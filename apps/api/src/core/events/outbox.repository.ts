import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { TxHost } from '../database/transaction';

export interface OutboxRow {
  id: string;
  topic: string;
  payload: object;
}

const PENDING_FLAG = 'outboxPending';

/** The `outbox` table: events written with the change that caused them, relayed to the job queue after commit. */
@Injectable()
export class OutboxRepository {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly txHost: TxHost,
  ) {}

  /**
   * Inserts in the given manager's transaction, else in the current one (a `@Transactional()` change), else on its
   * own; true when the row waits for a commit.
   */
  async add(manager: EntityManager | undefined, events: { topic: string; payload: object }[]): Promise<boolean> {
    const m = manager ?? this.txHost.tx;
    await m.query(`INSERT INTO "outbox" ("topic", "payload") SELECT * FROM unnest($1::varchar[], $2::jsonb[])`, [
      events.map((e) => e.topic),
      events.map((e) => JSON.stringify(e.payload)),
    ]);
    const runner = m.queryRunner;
    if (runner?.isTransactionActive) {
      runner.data[PENDING_FLAG] = true;
      return true;
    }
    return false;
  }

  /** Calls `then` after each commit of a transaction that wrote outbox rows. */
  onCommitOfOutboxRows(then: () => void) {
    this.ds.subscribers.push({
      afterTransactionCommit: ({ queryRunner }) => {
        if (!queryRunner.data?.[PENDING_FLAG]) return;
        delete queryRunner.data[PENDING_FLAG];
        then();
      },
    });
  }

  pending(limit: number): Promise<OutboxRow[]> {
    return this.ds.query(`SELECT "id", "topic", "payload" FROM "outbox" WHERE "relayed_at" IS NULL ORDER BY "created_at", "id" LIMIT $1`, [limit]);
  }

  async markRelayed(ids: string[]): Promise<void> {
    await this.ds.query(`UPDATE "outbox" SET "relayed_at" = now() WHERE "id" = ANY($1::uuid[]) AND "relayed_at" IS NULL`, [ids]);
  }

  /** Deletes rows relayed before `cutoff`, a batch at a time (no long lock on a busy table); returns how many went. */
  async deleteRelayedBefore(cutoff: Date, batch = 5_000): Promise<number> {
    let total = 0;
    for (;;) {
      const [, count]: [unknown[], number] = await this.ds.query(
        `DELETE FROM "outbox" WHERE "id" IN (SELECT "id" FROM "outbox" WHERE "relayed_at" < $1 LIMIT $2)`,
        [cutoff, batch],
      );
      total += count;
      if (count < batch) return total;
    }
  }
}
