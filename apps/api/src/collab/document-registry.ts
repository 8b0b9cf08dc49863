import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { LOGGER } from '../core/logging/logging.module';
import { CollabStore } from './collab-store';
import { DocumentUpgrades } from './document-upgrades';
import { LiveDocument } from './live-document';

/** Logs past this many rows since the snapshot are folded when the document unloads or grows. */
export const COMPACT_AFTER_UPDATES = 500;
/**
 * A loaded document whose log passes four times that is folded in its first lull of this length, so that the
 * compaction's reads and writes do not compete with a burst of typing...
 */
export const COMPACT_IN_LULL_MS = 1_000;
/** ...and at once past this many rows, for a document so busy that it never pauses. */
const BUSY_COMPACTION_AFTER = COMPACT_AFTER_UPDATES * 20;
const UNLOAD_AFTER_IDLE_MS = 30_000;
/** After a failed compaction (say, a damaged row), the document is not tried again for this long. */
const RETRY_COMPACTION_AFTER_MS = 60_000;

export type CommitListener = (doc: LiveDocument, committed: { seq: number; update: Uint8Array; author: string | null }[]) => void;

/** The documents loaded in this instance: loaded on first join, compacted and unloaded when left idle. */
@Injectable()
export class DocumentRegistry implements OnApplicationShutdown {
  private readonly docs = new Map<string, LiveDocument>();
  private readonly loading = new Map<string, Promise<LiveDocument>>();
  private readonly listeners: CommitListener[] = [];
  private readonly sweeper: NodeJS.Timeout;
  private readonly compacting = new Set<string>();
  private readonly lullTimers = new Map<string, NodeJS.Timeout>();
  private readonly failedCompactions = new Map<string, number>();

  constructor(
    private readonly store: CollabStore,
    private readonly upgrades: DocumentUpgrades,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.sweeper = setInterval(() => void this.unloadIdle(), 5_000);
    this.sweeper.unref();
  }

  onCommit(listener: CommitListener) {
    this.listeners.push(listener);
  }

  loaded(docId: string): LiveDocument | undefined {
    const doc = this.docs.get(docId);
    return doc && !doc.stale ? doc : undefined;
  }

  all(): LiveDocument[] {
    return [...this.docs.values()];
  }

  /** One load per document even when many clients join at once; a stale copy is reloaded from the log. */
  async get(docId: string): Promise<LiveDocument> {
    const existing = this.docs.get(docId);
    if (existing && !existing.stale) return existing;
    if (existing?.stale) await this.evict(existing);
    let pending = this.loading.get(docId);
    if (!pending) {
      pending = this.store.load(docId).then(async (state) => {
        const doc = new LiveDocument(docId, state, (id, writes) => this.store.append(id, writes));
        // Upgraded before anyone can see it; a failed upgrade fails the load, and the next one tries again.
        try {
          await this.upgrades.apply(doc, this);
        } catch (err) {
          doc.destroy();
          throw err;
        }
        this.docs.set(docId, doc);
        return doc;
      });
      this.loading.set(docId, pending);
      pending.finally(() => this.loading.delete(docId)).catch(() => undefined);
    }
    return pending;
  }

  /** Tells listeners (fan-out, projections, versions) about updates this instance committed or caught up on. */
  committed(doc: LiveDocument, updates: { seq: number; update: Uint8Array; author: string | null }[]) {
    for (const listener of this.listeners) {
      try {
        listener(doc, updates);
      } catch (err) {
        this.logger.error({ err, docId: doc.docId }, 'collab commit listener failed');
      }
    }
    doc.updatesSinceSnapshot += updates.length;
    if (this.compacting.has(doc.docId) || doc.updatesSinceSnapshot < COMPACT_AFTER_UPDATES * 4) return;
    if (Date.now() - (this.failedCompactions.get(doc.docId) ?? 0) < RETRY_COMPACTION_AFTER_MS) return;
    if (doc.updatesSinceSnapshot >= BUSY_COMPACTION_AFTER) void this.compact(doc);
    else this.compactInLull(doc);
  }

  /** Waits for the document to be quiet (no write, join or leave) for COMPACT_IN_LULL_MS, then folds it. */
  private compactInLull(doc: LiveDocument) {
    if (this.lullTimers.has(doc.docId)) return;
    const check = () => {
      if (this.docs.get(doc.docId) !== doc) return void this.lullTimers.delete(doc.docId);
      const quietFor = Date.now() - doc.lastActivity;
      if (quietFor >= COMPACT_IN_LULL_MS && doc.pendingWrites === 0) {
        this.lullTimers.delete(doc.docId);
        return void this.compact(doc);
      }
      this.lullTimers.set(doc.docId, setTimeout(check, Math.max(50, COMPACT_IN_LULL_MS - quietFor)).unref());
    };
    this.lullTimers.set(doc.docId, setTimeout(check, COMPACT_IN_LULL_MS).unref());
  }

  /** Reads committed rows this instance has not applied yet (written by another instance) and applies them. */
  async catchUp(doc: LiveDocument): Promise<{ seq: number; update: Uint8Array }[]> {
    const rows = await this.store.readSince(doc.docId, doc.seq);
    const fresh = rows.filter((r) => r.seq > doc.seq);
    for (const row of fresh) {
      Y.applyUpdate(doc.ydoc, row.update, 'remote');
      doc.seq = row.seq;
    }
    return fresh;
  }

  /** Folds the committed log into the snapshot (replayed on a worker thread: the live document is not touched). */
  async compact(doc: LiveDocument) {
    if (this.compacting.has(doc.docId)) return;
    this.compacting.add(doc.docId);
    try {
      const { folded } = await this.store.compact(doc.docId);
      doc.updatesSinceSnapshot = Math.max(0, doc.updatesSinceSnapshot - folded);
      this.failedCompactions.delete(doc.docId);
      if (folded) this.logger.debug({ docId: doc.docId, folded }, 'collab document compacted');
    } catch (err) {
      this.failedCompactions.set(doc.docId, Date.now());
      this.logger.error({ err, docId: doc.docId }, 'collab compaction failed');
    } finally {
      this.compacting.delete(doc.docId);
    }
  }

  private async unloadIdle() {
    const now = Date.now();
    for (const doc of this.docs.values()) {
      if (doc.participants.size === 0 && doc.pendingWrites === 0 && now - doc.lastActivity > UNLOAD_AFTER_IDLE_MS) await this.evict(doc);
    }
  }

  /** Unloads once its writes have committed, folding a long log into the snapshot first. */
  async evict(doc: LiveDocument) {
    if (this.docs.get(doc.docId) !== doc) return;
    this.docs.delete(doc.docId);
    clearTimeout(this.lullTimers.get(doc.docId));
    this.lullTimers.delete(doc.docId);
    await doc.drained();
    if (doc.updatesSinceSnapshot >= COMPACT_AFTER_UPDATES) await this.compact(doc);
    doc.destroy();
  }

  /** Graceful shutdown: every acknowledged-or-pending write commits before the process goes. */
  async onApplicationShutdown() {
    clearInterval(this.sweeper);
    this.lullTimers.forEach((timer) => clearTimeout(timer));
    this.lullTimers.clear();
    await Promise.all([...this.docs.values()].map((d) => d.drained()));
    // Awareness keeps a timer per document: destroying them lets the process end.
    for (const doc of this.docs.values()) doc.destroy();
    this.docs.clear();
  }
}
