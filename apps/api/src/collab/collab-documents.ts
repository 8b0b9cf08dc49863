import { BeforeApplicationShutdown, Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { AccessChangeReason } from '@cantiere/collab';
import { LOGGER } from '../core/logging/logging.module';
import { CollabStore } from './collab-store';
import type { CollabVersionEntity } from './collab-version.entity';
import { CollabGateway } from './collab.gateway';
import { DocumentKinds, type DocumentKind } from './document-kinds';
import { DocumentRegistry } from './document-registry';
import type { LiveDocument } from './live-document';

export type VersionKind = 'auto' | 'named' | 'restore';

/**
 * What modules may do with live documents, and all of it: the store, the registry and the live documents stay
 * inside collab/. A module registers its kind of document (access, projection, upgrade, frozen behaviour) and
 * then freezes and thaws it, has its access judged again, writes server-side changes that every client receives
 * live, projects it and keeps its versions, by doc id.
 */
@Injectable()
export class CollabDocuments implements OnModuleInit, BeforeApplicationShutdown {
  private readonly projectTimers = new Map<string, NodeJS.Timeout>();
  private readonly lastAutoVersion = new Map<string, number>();
  /** The projection running for each document: runs of one document never overlap, so that an older run never deletes
   * rows a newer one (or a caller who awaited `project`) relies on. */
  private readonly projecting = new Map<string, Promise<void>>();

  constructor(
    private readonly kinds: DocumentKinds,
    private readonly registry: DocumentRegistry,
    private readonly store: CollabStore,
    private readonly gateway: CollabGateway,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit() {
    this.registry.onCommit((doc) => this.committed(doc));
  }

  /** Serves a kind of document: joins of `<prefix>:<uuid>` are decided by `access`, commits projected by `project`. */
  registerKind(kind: DocumentKind) {
    this.kinds.register(kind);
  }

  /**
   * Makes a document final on every instance: writers are lowered to readers and no later update is stored,
   * whichever instance sends it. Resolves once this instance holds every update committed before.
   */
  async freeze(docId: string): Promise<void> {
    await this.gateway.freeze(docId);
  }

  /** Undoes `freeze` when what was to follow it failed: writers get their rights back. */
  thaw(docId: string): Promise<void> {
    return this.gateway.thaw(docId);
  }

  /** Asks the kind's access rule again for every socket in the document, on every instance (`doc:access`/`doc:closed`). */
  refreshAccess(docId: string, reason?: AccessChangeReason): Promise<void> {
    return this.gateway.refreshAccess(docId, reason);
  }

  /** A change written by the server (a restore, an accepted suggestion, a layout); no change, no write. Resolves with its seq. */
  applyServerChange(docId: string, authorId: string, build: (doc: Y.Doc) => void): Promise<number> {
    return this.gateway.applyServerChange(docId, authorId, build);
  }

  /** The document as committed now (pending writes included). Read it, never change it: use `applyServerChange`. */
  async content(docId: string): Promise<Y.Doc> {
    return (await this.drained(docId)).ydoc;
  }

  /** Runs the kind's projection now, with the latest committed text (before an approval or an export). */
  async project(docId: string): Promise<void> {
    clearTimeout(this.projectTimers.get(docId));
    this.projectTimers.delete(docId);
    const found = this.kinds.of(docId);
    if (!found?.kind.project) throw new Error(`Documents of ${docId} have no projection`);
    const run = found.kind.project.run;
    await this.oneAtATime(docId, async () => {
      const live = await this.drained(docId);
      await run(found.entityId, live.ydoc, { seq: live.seq });
    });
  }

  private oneAtATime(docId: string, work: () => Promise<void>): Promise<void> {
    const next = (this.projecting.get(docId) ?? Promise.resolve()).catch(() => undefined).then(work);
    this.projecting.set(docId, next);
    const forget = () => {
      if (this.projecting.get(docId) === next) this.projecting.delete(docId);
    };
    next.then(forget, forget);
    return next;
  }

  /**
   * The committed updates after `afterSeq` up to `uptoSeq` whose author is known and whose bytes are still in the log
   * (compaction folds them away): who wrote what since a projection, for the kinds that record contributors.
   */
  authoredSince(docId: string, afterSeq: number, uptoSeq: number): Promise<{ seq: number; author: string; update: Uint8Array }[]> {
    return this.store.authoredSince(docId, afterSeq, uptoSeq);
  }

  listVersions(docId: string): Promise<CollabVersionEntity[]> {
    return this.store.listVersions(docId);
  }

  findVersion(docId: string, versionId: string): Promise<CollabVersionEntity | null> {
    return this.store.findVersion(docId, versionId);
  }

  /** Keeps the document as it is now (pending writes committed first) as a version of its history. */
  async addVersion(docId: string, kind: VersionKind, name: string | null, authorId: string | null): Promise<CollabVersionEntity> {
    const live = await this.drained(docId);
    const versionId = await this.store.addVersion(docId, live.seq, kind, name, Y.encodeStateAsUpdate(live.ydoc), authorId);
    return this.store.getVersion(versionId);
  }

  private async drained(docId: string): Promise<LiveDocument> {
    const live = await this.registry.get(docId);
    await live.drained();
    return live;
  }

  private committed(doc: LiveDocument) {
    const found = this.kinds.of(doc.docId);
    if (!found) return;
    const { kind, entityId } = found;
    if (kind.project) {
      clearTimeout(this.projectTimers.get(doc.docId));
      this.projectTimers.set(
        doc.docId,
        setTimeout(() => void this.projectAfterCommit(kind, entityId, doc), kind.project.afterMs),
      );
    }
    if (kind.autoVersionEveryMs) void this.maybeAutoVersion(doc, kind.autoVersionEveryMs);
  }

  private async projectAfterCommit(kind: DocumentKind, entityId: string, doc: LiveDocument) {
    this.projectTimers.delete(doc.docId);
    try {
      await this.oneAtATime(doc.docId, () => kind.project!.run(entityId, doc.ydoc, { seq: doc.seq }));
      kind.project!.projected?.(entityId);
    } catch (err) {
      this.logger.error({ err, docId: doc.docId }, 'collab projection failed');
    }
  }

  private async maybeAutoVersion(doc: LiveDocument, every: number) {
    const now = Date.now();
    const last = this.lastAutoVersion.get(doc.docId);
    if (last === undefined) {
      // Claimed before the first await, so that commits arriving together do not each take a version.
      this.lastAutoVersion.set(doc.docId, now);
      const stored = (await this.store.lastVersionAt(doc.docId))?.getTime() ?? 0;
      if (now - stored < every) {
        this.lastAutoVersion.set(doc.docId, stored);
        return;
      }
    } else if (now - last < every) {
      return;
    } else {
      this.lastAutoVersion.set(doc.docId, now);
    }
    try {
      await this.store.addVersion(doc.docId, doc.seq, 'auto', null, Y.encodeStateAsUpdate(doc.ydoc), null);
    } catch (err) {
      this.logger.error({ err, docId: doc.docId }, 'collab automatic version failed');
    }
  }

  /** Projections still waiting run before the documents unload, so that a clean stop leaves the rows current. */
  async beforeApplicationShutdown() {
    const waiting = [...this.projectTimers.keys()];
    for (const docId of waiting) {
      clearTimeout(this.projectTimers.get(docId));
      const doc = this.registry.loaded(docId);
      const found = this.kinds.of(docId);
      if (doc && found) await this.projectAfterCommit(found.kind, found.entityId, doc);
    }
    this.projectTimers.clear();
    await Promise.allSettled([...this.projecting.values()]);
  }
}
