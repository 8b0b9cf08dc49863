import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SERVER_EVENTS } from '@cantiere/collab';
import { LOGGER } from '../core/logging/logging.module';
import { CollabFanout } from './collab-fanout';
import { DocumentRegistry } from './document-registry';
import type { LiveDocument } from './live-document';

/** Emits to this instance's sockets in a document's room (the gateway owns the sockets). */
export type EmitLocal = (docId: string, event: string, payload: unknown, exceptSocketId?: string) => void;

/**
 * Commit order per document: seq bookkeeping and fan-out of the commits made here, of the commits and presence heard
 * from other instances, and the periodic catch-up of documents whose log moved on without this instance hearing of it.
 */
@Injectable()
export class CollabSequencer {
  private emitLocal: EmitLocal = () => undefined;
  /** Per-document chain so that seq bookkeeping and fan-out happen in commit order. */
  private readonly sequencers = new Map<string, Promise<unknown>>();

  constructor(
    private readonly registry: DocumentRegistry,
    private readonly fanout: CollabFanout,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Starts listening to the other instances; `emitLocal` reaches this instance's sockets. */
  attach(emitLocal: EmitLocal) {
    this.emitLocal = emitLocal;
    this.fanout.onRemote((docId, seq, update) => this.onRemoteCommit(docId, seq, update));
    this.fanout.onRemoteAwareness((docId, update) => this.onRemoteAwareness(docId, update));
    this.fanout.onResync(() => this.resyncLoaded());
  }

  /** Runs `work` after every earlier step of the same document. */
  sequence(doc: LiveDocument, work: () => Promise<void> | void): Promise<unknown> {
    const previous = this.sequencers.get(doc.docId) ?? Promise.resolve();
    const next = previous.then(work).catch((err: unknown) => this.logger.error({ err, docId: doc.docId }, 'collab sequencing failed'));
    this.sequencers.set(doc.docId, next);
    void next.finally(() => this.sequencers.get(doc.docId) === next && this.sequencers.delete(doc.docId));
    return next;
  }

  async afterLocalCommit(doc: LiveDocument, seq: number, update: Uint8Array, senderId: string, author: string, beforeFanOut?: () => void) {
    if (seq <= doc.seq) return; // an idempotent resend, already fanned out
    if (seq === doc.seq + 1) {
      doc.seq = seq;
      beforeFanOut?.();
      this.emitLocal(doc.docId, SERVER_EVENTS.update, { docId: doc.docId, seq, update }, senderId);
      this.registry.committed(doc, [{ seq, update, author }]);
      return;
    }
    // Another instance committed in between: take its rows from the log, in order.
    const rows = await this.registry.catchUp(doc);
    for (const row of rows)
      this.emitLocal(doc.docId, SERVER_EVENTS.update, { docId: doc.docId, seq: row.seq, update: row.update }, row.seq === seq ? senderId : undefined);
    this.registry.committed(
      doc,
      rows.map((r) => ({ ...r, author: r.seq === seq ? author : null })),
    );
  }

  /** An update another instance committed, heard through the fan-out channel (which may drop messages). */
  private onRemoteCommit(docId: string, seq: number, update: Uint8Array) {
    const doc = this.registry.loaded(docId);
    if (!doc) return;
    void this.sequence(doc, async () => {
      if (seq <= doc.seq) return;
      if (seq === doc.seq + 1) {
        Y.applyUpdate(doc.ydoc, update, 'remote');
        doc.seq = seq;
        this.emitLocal(docId, SERVER_EVENTS.update, { docId, seq, update });
        return;
      }
      for (const row of await this.registry.catchUp(doc)) this.emitLocal(docId, SERVER_EVENTS.update, { docId, seq: row.seq, update: row.update });
    });
  }

  /**
   * Presence from another instance: kept in this copy too, so that a client joining here is told at once who is
   * present on every instance, and written to this instance's sockets in the room.
   */
  private onRemoteAwareness(docId: string, update: Uint8Array) {
    const doc = this.registry.loaded(docId);
    if (!doc) return;
    try {
      applyAwarenessUpdate(doc.awareness, update, 'remote');
    } catch (err) {
      this.logger.warn({ err, docId }, 'collab presence from another instance ignored');
      return;
    }
    this.emitLocal(docId, SERVER_EVENTS.awareness, { docId, update });
  }

  /** Periodic repair: documents whose log moved on without this instance hearing about it catch up. */
  private async resyncLoaded() {
    const docs = this.registry.all().filter((d) => d.participants.size > 0);
    if (!docs.length) return;
    const behind = await this.fanout.documentsBehind(docs.map((d) => [d.docId, d.seq]));
    for (const doc of docs.filter((d) => behind.has(d.docId))) {
      void this.sequence(doc, async () => {
        for (const row of await this.registry.catchUp(doc))
          this.emitLocal(doc.docId, SERVER_EVENTS.update, { docId: doc.docId, seq: row.seq, update: row.update });
      });
    }
  }
}
