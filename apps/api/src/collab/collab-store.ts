import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CollabVersionEntity } from './collab-version.entity';
import type { Pool } from 'pg';
import { CollabCompactor } from './collab-compactor';
import { DocumentFrozenError } from './document-frozen-error';

export interface StoredState {
  snapshot: Uint8Array | null;
  snapshotSeq: number;
  rows: { seq: number; update: Uint8Array }[];
  lastSeq: number;
}

export interface PendingWrite {
  msgId: string;
  author: string | null;
  update: Uint8Array;
}

/** The SQL of the collaboration engine: the append-only log, loads and versions (compaction runs in collab-compactor.ts). */

/**
 * The hot path of every keystroke: one statement, so one round trip and one commit. The document row (upserted)
 * serialises writers of a document across instances and hands out gap-free seqs. A msgId stored before makes the
 * statement fail on the unique index, and nothing of it is kept: the batch then goes through APPEND_RESENT_SQL.
 */
const APPEND_SQL = `WITH doc AS (
         INSERT INTO collab_documents (id, last_seq) VALUES ($1, cardinality($2::text[]))
         ON CONFLICT (id) DO UPDATE SET last_seq = collab_documents.last_seq + EXCLUDED.last_seq, updated_at = now()
         WHERE NOT collab_documents.frozen
         RETURNING last_seq
       )
       INSERT INTO collab_updates (doc_id, seq, msg_id, author, update)
       SELECT $1, (SELECT last_seq FROM doc) - cardinality($2::text[]) + t.ord, t.msg_id, t.author, t.update
       FROM unnest($2::text[], $3::uuid[], $4::bytea[]) WITH ORDINALITY AS t(msg_id, author, update, ord)
       WHERE EXISTS (SELECT 1 FROM doc)
       RETURNING msg_id, seq`;
const MSG_ID_CONSTRAINT = 'collab_updates_doc_msg_key';

/**
 * A batch holding resent updates: those already stored keep their first seq, the others are appended. Known msgIds are
 * looked up per incoming update with both keys of the unique index (as a join, the cached generic plan of this named
 * statement read every row of the document, so its cost grew with the log).
 */
const APPEND_RESENT_SQL = `WITH incoming AS (
         SELECT t.*, (SELECT u.seq FROM collab_updates u WHERE u.doc_id = $1 AND u.msg_id = t.msg_id) AS known_seq
         FROM unnest($2::text[], $3::uuid[], $4::bytea[]) WITH ORDINALITY AS t(msg_id, author, update, ord)
       ), fresh AS (
         SELECT i.*, row_number() OVER (ORDER BY i.ord) AS rn FROM incoming i WHERE i.known_seq IS NULL
       ), counted AS (
         SELECT count(*) AS n FROM fresh
       ), doc AS (
         INSERT INTO collab_documents (id, last_seq) SELECT $1, n FROM counted
         ON CONFLICT (id) DO UPDATE SET last_seq = collab_documents.last_seq + EXCLUDED.last_seq, updated_at = now()
         WHERE NOT collab_documents.frozen
         RETURNING last_seq
       ), inserted AS (
         INSERT INTO collab_updates (doc_id, seq, msg_id, author, update)
         SELECT $1, (SELECT last_seq FROM doc) - (SELECT n FROM counted) + f.rn, f.msg_id, f.author, f.update FROM fresh f
         WHERE EXISTS (SELECT 1 FROM doc)
         RETURNING msg_id, seq
       )
       SELECT msg_id, seq FROM inserted UNION ALL SELECT msg_id, known_seq FROM incoming WHERE known_seq IS NOT NULL`;

@Injectable()
export class CollabStore {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly compactor: CollabCompactor,
  ) {}

  /**
   * Reads the snapshot and the rows after it as one consistent picture: a compaction committing between the
   * two reads would otherwise delete rows the old snapshot does not hold.
   */
  async load(docId: string): Promise<StoredState> {
    return this.ds.transaction('REPEATABLE READ', async (tx) => {
      const docs: { snapshot: Buffer | null; snapshot_seq: string; last_seq: string }[] = await tx.query(
        'SELECT snapshot, snapshot_seq, last_seq FROM collab_documents WHERE id = $1',
        [docId],
      );
      const snapshotSeq = docs.length ? Number(docs[0].snapshot_seq) : 0;
      const rows: { seq: string; update: Buffer }[] = await tx.query('SELECT seq, update FROM collab_updates WHERE doc_id = $1 AND seq > $2 ORDER BY seq', [
        docId,
        snapshotSeq,
      ]);
      return {
        snapshot: docs[0]?.snapshot ?? null,
        snapshotSeq,
        rows: rows.map((r) => ({ seq: Number(r.seq), update: r.update })),
        lastSeq: docs.length ? Number(docs[0].last_seq) : 0,
      };
    });
  }

  /**
   * Commits a batch of updates in one transaction and returns each msgId's seq. A msgId that is already
   * stored keeps its first seq and is not stored twice (the protocol's idempotency).
   */
  async append(docId: string, writes: PendingWrite[]): Promise<Map<string, number>> {
    const unique = writes.filter((w, i) => writes.findIndex((o) => o.msgId === w.msgId) === i);
    const values = [docId, unique.map((w) => w.msgId), unique.map((w) => w.author), unique.map((w) => Buffer.from(w.update))];
    // Named statements are parsed and planned once per connection.
    const pool = (this.ds.driver as unknown as { master: Pool }).master;
    const resent = async () => (await pool.query<{ msg_id: string; seq: string }>({ name: 'collab_append_resent', text: APPEND_RESENT_SQL, values })).rows;
    let rows: { msg_id: string; seq: string }[];
    try {
      ({ rows } = await pool.query<{ msg_id: string; seq: string }>({ name: 'collab_append', text: APPEND_SQL, values }));
      // Nothing stored: the document is frozen; the lookup tells the msgIds stored before from the refused ones.
      if (rows.length === 0) rows = await resent();
    } catch (err) {
      const { code, constraint } = err as { code?: string; constraint?: string };
      if (code !== '23505' || constraint !== MSG_ID_CONSTRAINT) throw err;
      rows = await resent();
    }
    const seqs = new Map(rows.map((r) => [r.msg_id, Number(r.seq)]));
    // The only way an update gets no seq: the document was frozen before this commit.
    if (unique.some((w) => !seqs.has(w.msgId))) throw new DocumentFrozenError(docId, seqs);
    return seqs;
  }

  /**
   * Makes the document final: no update commits after this, whichever instance receives it. The row lock makes it
   * wait for an append in flight, so what it returns after is the whole text.
   */
  async freeze(docId: string): Promise<void> {
    await this.ds.query('INSERT INTO collab_documents (id, last_seq, frozen) VALUES ($1, 0, true) ON CONFLICT (id) DO UPDATE SET frozen = true', [docId]);
  }

  async isFrozen(docId: string): Promise<boolean> {
    const rows: { frozen: boolean }[] = await this.ds.query('SELECT frozen FROM collab_documents WHERE id = $1', [docId]);
    return rows[0]?.frozen ?? false;
  }

  /**
   * Runs `work` while holding a session advisory lock on `key`, across instances. A session lock rather than a
   * transaction's, because the work commits through the log's own connections (group commit).
   */
  async withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
      try {
        return await work();
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Undoes `freeze`: the document takes commits again. */
  async thaw(docId: string): Promise<void> {
    await this.ds.query('UPDATE collab_documents SET frozen = false WHERE id = $1', [docId]);
  }

  /**
   * The committed updates after `afterSeq`, in order. When a compaction has folded some of them into the snapshot
   * (their rows hold no bytes or are gone), the snapshot comes first, under its seq: applying it brings every folded update, and
   * reading only the rows left would skip them for good.
   */
  async readSince(docId: string, afterSeq: number): Promise<{ seq: number; update: Uint8Array }[]> {
    return this.ds.transaction('REPEATABLE READ', async (tx) => {
      const folded: { snapshot: Buffer; snapshot_seq: string }[] = await tx.query(
        'SELECT snapshot, snapshot_seq FROM collab_documents WHERE id = $1 AND snapshot_seq > $2 AND snapshot IS NOT NULL',
        [docId, afterSeq],
      );
      const from = folded.length ? Number(folded[0].snapshot_seq) : afterSeq;
      const rows: { seq: string; update: Buffer }[] = await tx.query('SELECT seq, update FROM collab_updates WHERE doc_id = $1 AND seq > $2 ORDER BY seq', [
        docId,
        from,
      ]);
      return [...folded.map((d) => ({ seq: Number(d.snapshot_seq), update: d.snapshot })), ...rows.map((r) => ({ seq: Number(r.seq), update: r.update }))];
    });
  }

  /** Authored updates in `(afterSeq, uptoSeq]` still held in the log, in order. */
  async authoredSince(docId: string, afterSeq: number, uptoSeq: number): Promise<{ seq: number; author: string; update: Uint8Array }[]> {
    const rows: { seq: string; author: string; update: Buffer }[] = await this.ds.query(
      `SELECT seq, author, update FROM collab_updates
       WHERE doc_id = $1 AND seq > $2 AND seq <= $3 AND author IS NOT NULL AND update IS NOT NULL ORDER BY seq`,
      [docId, afterSeq, uptoSeq],
    );
    return rows.map((r) => ({ seq: Number(r.seq), author: r.author, update: r.update }));
  }

  /** Folds the log into the snapshot (on the compactor's worker thread and connection). */
  async compact(docId: string): Promise<{ folded: number }> {
    return { folded: await this.compactor.compact(docId) };
  }

  async addVersion(
    docId: string,
    seq: number,
    kind: 'auto' | 'named' | 'restore',
    name: string | null,
    snapshot: Uint8Array,
    createdBy: string | null,
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await this.ds.query(
      'INSERT INTO collab_versions (doc_id, seq, kind, name, snapshot, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [docId, seq, kind, name, Buffer.from(snapshot), createdBy],
    );
    return id;
  }

  /** A document's versions, newest first, without their snapshots. */
  listVersions(docId: string): Promise<CollabVersionEntity[]> {
    return this.ds.getRepository(CollabVersionEntity).find({
      where: { docId },
      order: { createdAt: 'DESC' },
      select: { id: true, seq: true, kind: true, name: true, createdAt: true, createdBy: true, docId: true },
    });
  }

  /** One version of the document, snapshot included; null when it belongs to another document. */
  findVersion(docId: string, versionId: string): Promise<CollabVersionEntity | null> {
    return this.ds.getRepository(CollabVersionEntity).findOne({ where: { id: versionId, docId } });
  }

  getVersion(versionId: string): Promise<CollabVersionEntity> {
    return this.ds.getRepository(CollabVersionEntity).findOneByOrFail({ id: versionId });
  }

  async lastVersionAt(docId: string): Promise<Date | null> {
    const rows: { created_at: Date }[] = await this.ds.query('SELECT created_at FROM collab_versions WHERE doc_id = $1 ORDER BY created_at DESC LIMIT 1', [
      docId,
    ]);
    return rows[0]?.created_at ?? null;
  }
}
