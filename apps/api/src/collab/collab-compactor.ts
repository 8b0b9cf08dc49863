import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Worker } from 'node:worker_threads';
import { DataSource } from 'typeorm';

/**
 * The worker's code, evaluated as plain JavaScript so that it runs the same from the build and from the TypeScript
 * sources under test. It folds one document at a time on its own connection: under the document's advisory lock
 * (two instances never compact one document at once) it reads the snapshot and the rows after it, replays them through
 * a Y.Doc (Y.mergeUpdates is superlinear on large batches), empties the rows and then updates the document row, so
 * that appends, which never take the advisory lock, wait on that row only for the last statement and the commit.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Y = require(workerData.yjs);
const { Client } = require(workerData.pg);
let client = null;
let queue = Promise.resolve();

async function connection() {
  if (client) return client;
  const c = new Client({ connectionString: workerData.url, application_name: 'cantiere-compaction' });
  c.on('error', () => { if (client === c) client = null; });
  await c.connect();
  client = c;
  return c;
}

async function compact(docId) {
  const c = await connection();
  await c.query('BEGIN');
  try {
    await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['collab:' + docId]);
    const docs = (await c.query('SELECT snapshot, snapshot_seq FROM collab_documents WHERE id = $1', [docId])).rows;
    let folded = 0;
    if (docs.length) {
      const rows = (await c.query('SELECT seq, update FROM collab_updates WHERE doc_id = $1 AND seq > $2 ORDER BY seq', [docId, docs[0].snapshot_seq])).rows;
      if (rows.length) {
        const doc = new Y.Doc({ gc: true });
        if (docs[0].snapshot) Y.applyUpdate(doc, docs[0].snapshot);
        // Rows per transaction as in live-document.ts: one transaction per row costs 2-80 times more.
        for (let from = 0; from < rows.length; from += 1000) {
          doc.transact(() => { for (const row of rows.slice(from, from + 1000)) Y.applyUpdate(doc, row.update); });
        }
        const snapshot = Buffer.from(Y.encodeStateAsUpdate(doc));
        doc.destroy();
        const upTo = rows[rows.length - 1].seq;
        // Folded rows keep their msgId without their bytes, so that a client resending one gets its first seq back
        // (the protocol's idempotency); those folded over a retention period ago go.
        await c.query('UPDATE collab_updates SET update = NULL WHERE doc_id = $1 AND seq > $2 AND seq <= $3', [docId, docs[0].snapshot_seq, upTo]);
        await c.query("DELETE FROM collab_updates WHERE doc_id = $1 AND seq <= $2 AND update IS NULL AND created_at < now() - make_interval(days => $3)", [docId, docs[0].snapshot_seq, workerData.retainFoldedDays]);
        await c.query('UPDATE collab_documents SET snapshot = $2, snapshot_seq = $3 WHERE id = $1', [docId, snapshot, upTo]);
        folded = rows.length;
      }
    }
    await c.query('COMMIT');
    return folded;
  } catch (err) {
    await c.query('ROLLBACK').catch(() => { client = null; c.end().catch(() => undefined); });
    throw err;
  }
}

parentPort.on('message', (msg) => {
  if (msg.close) {
    queue = queue.then(() => client && client.end()).catch(() => undefined).then(() => parentPort.postMessage({ closed: true }));
    return;
  }
  queue = queue.then(() => compact(msg.docId)).then(
    (folded) => parentPort.postMessage({ id: msg.id, folded }),
    (err) => parentPort.postMessage({ id: msg.id, error: String((err && err.message) || err) }),
  );
});`;

/** How long the msgIds of folded updates are kept, for clients that resend an update whose ack they lost. */
export const RETAIN_FOLDED_MSG_IDS_DAYS = 7;

interface Pending {
  resolve: (folded: number) => void;
  reject: (err: Error) => void;
}

/**
 * Folds documents' logs into their snapshots on a worker thread with its own database connection. Replaying a large
 * document, and even reading its rows, takes tens of milliseconds of CPU: on the main thread that stalled every socket
 * of the instance (measured: 20-40 ms pauses in bench/collab when a busy document folded 10 000 rows).
 */
@Injectable()
export class CollabCompactor implements OnApplicationShutdown {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Resolves with the number of rows folded (0 when there was nothing to fold). */
  compact(docId: string): Promise<number> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, docId });
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const url = (this.ds.options as { url?: string }).url;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { url, yjs: require.resolve('yjs'), pg: require.resolve('pg'), retainFoldedDays: RETAIN_FOLDED_MSG_IDS_DAYS },
    });
    // Idle between compactions: the process may end while it lives.
    worker.unref();
    worker.on('message', ({ id, folded, error }: { id?: number; folded?: number; error?: string }) => {
      if (id === undefined) return;
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (error !== undefined) waiting?.reject(new Error(`compaction failed: ${error}`));
      else waiting?.resolve(folded ?? 0);
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`compaction worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  /** Lets a compaction under way finish and closes the worker's connection before the process goes. */
  async onApplicationShutdown() {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5_000);
      worker.on('message', (msg: { closed?: boolean }) => msg.closed && (clearTimeout(timer), resolve()));
      worker.postMessage({ close: true });
    });
    await worker.terminate();
  }
}
