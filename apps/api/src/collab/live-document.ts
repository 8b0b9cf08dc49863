import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { DocAccess } from '@cantiere/collab';
import { DocumentFrozenError } from './document-frozen-error';
import type { PendingWrite, StoredState } from './collab-store';

export interface Participant {
  access: DocAccess;
  /** Awareness client ids this socket announced, removed for everyone when it leaves. */
  clientIds: Set<number>;
  /** Lowered to read by a freeze and not told yet: the next judgement of its rights tells it the document is final. */
  loweredByFreeze?: boolean;
}

interface QueuedWrite extends PendingWrite {
  resolve: (seq: number) => void;
  reject: (err: unknown) => void;
}

/** Rows replayed per Yjs transaction: one per row costs 2-80 times more, all rows in one can exhaust the heap. */
export const REPLAY_ROWS_PER_TRANSACTION = 1_000;

/** Applies a log of updates in transactions of REPLAY_ROWS_PER_TRANSACTION rows. */
export function applyLog(ydoc: Y.Doc, updates: Uint8Array[], origin?: unknown) {
  for (let from = 0; from < updates.length; from += REPLAY_ROWS_PER_TRANSACTION) {
    ydoc.transact(() => {
      for (const update of updates.slice(from, from + REPLAY_ROWS_PER_TRANSACTION)) Y.applyUpdate(ydoc, update, origin);
    }, origin);
  }
}

/**
 * A document loaded in this instance: the server's Y.Doc (the reference every update is validated
 * against), presence, who is connected, and a write queue that commits in groups.
 */
export class LiveDocument {
  readonly ydoc = new Y.Doc();
  readonly awareness: Awareness;
  readonly participants = new Map<string, Participant>();
  /** Highest seq whose update this instance has applied and fanned out. */
  seq: number;
  updatesSinceSnapshot: number;
  lastActivity = Date.now();
  /** Set when memory may hold an update that did not commit: the document must be reloaded. */
  stale = false;
  private queue: QueuedWrite[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    readonly docId: string,
    state: StoredState,
    private readonly commit: (docId: string, writes: PendingWrite[]) => Promise<Map<string, number>>,
  ) {
    this.ydoc.gc = true;
    this.awareness = new Awareness(this.ydoc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    if (state.snapshot) Y.applyUpdate(this.ydoc, state.snapshot);
    applyLog(
      this.ydoc,
      state.rows.map((r) => r.update),
    );
    this.seq = Math.max(state.lastSeq, state.snapshotSeq);
    this.updatesSinceSnapshot = state.rows.length;
  }

  /**
   * Applies an update to the live document only if it decodes and integrates cleanly. Yjs's own readers
   * can swallow some decode errors, so the update is decoded explicitly first.
   */
  tryApply(update: Uint8Array, origin: unknown): boolean {
    try {
      Y.decodeUpdate(update);
    } catch {
      return false;
    }
    try {
      Y.applyUpdate(this.ydoc, update, origin);
      return true;
    } catch {
      // Integration failed half-way: memory may now differ from the log.
      this.stale = true;
      return false;
    }
  }

  /** Queues a validated update; resolves with its seq once the group it travels in has committed. */
  write(write: PendingWrite): Promise<number> {
    this.lastActivity = Date.now();
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ ...write, resolve, reject });
      if (!this.flushing) this.flushing = this.flush();
    });
  }

  get pendingWrites(): number {
    return this.queue.length + (this.flushing ? 1 : 0);
  }

  /** Resolves when every queued write has committed or failed. */
  async drained(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** While one group commits, later writes gather into the next group: no writer waits for another's turn. */
  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, 500);
      try {
        const seqs = await this.commit(this.docId, batch);
        for (const w of batch) w.resolve(seqs.get(w.msgId)!);
      } catch (err) {
        // Memory now holds updates the log does not: the document is reloaded before anyone joins it again.
        this.stale = true;
        const storedBefore = err instanceof DocumentFrozenError ? err.storedBefore : new Map<string, number>();
        for (const w of batch) {
          const seq = storedBefore.get(w.msgId);
          if (seq === undefined) w.reject(err);
          else w.resolve(seq);
        }
      }
    }
    this.flushing = null;
  }

  destroy() {
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}
