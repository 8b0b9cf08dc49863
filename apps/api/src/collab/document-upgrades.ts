import crypto from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { LOGGER } from '../core/logging/logging.module';
import { CollabStore } from './collab-store';
import { DocumentKinds } from './document-kinds';
import type { LiveDocument } from './live-document';

/** What the registry lends an upgrade to stay in step with the log. */
export interface UpgradeHost {
  catchUp(doc: LiveDocument): Promise<{ seq: number; update: Uint8Array }[]>;
  committed(doc: LiveDocument, updates: { seq: number; update: Uint8Array; author: string | null }[]): void;
}

/**
 * Upgrades run when an instance loads a document, before anyone can join it: an editor whose schema no longer
 * fits a node deletes that node, so every document must be upgraded before it reaches such an editor, whatever
 * its age. Doing it on load (rather than in a one-off pass over every stored document) reaches documents of
 * every age, costs nothing for those already upgraded, and needs no downtime. The change is an ordinary
 * server-written update in the log, so clients and other instances receive it like any other.
 */
@Injectable()
export class DocumentUpgrades {
  constructor(
    private readonly kinds: DocumentKinds,
    private readonly store: CollabStore,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Upgrades a freshly loaded document if its kind has an upgrade and it needs it; a final (frozen) document is the
   * record and stays as it is, unless its kind says otherwise.
   */
  async apply(doc: LiveDocument, host: UpgradeHost): Promise<void> {
    const kind = this.kinds.of(doc.docId)?.kind;
    const upgrade = kind?.upgrade;
    if (!upgrade || upgrade.current(doc.ydoc)) return;
    // Instances that load the same document at once must not both upgrade it (each would add what is missing).
    await this.store.withLock(`upgrade:${doc.docId}`, async () => {
      if (!kind.frozen?.upgrade && (await this.store.isFrozen(doc.docId))) return;
      await host.catchUp(doc);
      if (upgrade.current(doc.ydoc)) return;
      const before = Y.encodeStateVector(doc.ydoc);
      doc.ydoc.transact(() => upgrade.upgrade(doc.ydoc), 'server');
      const update = Y.encodeStateAsUpdate(doc.ydoc, before);
      const seq = await doc.write({ msgId: `upgrade:${crypto.randomUUID()}`, author: null, update });
      if (seq === doc.seq + 1) {
        doc.seq = seq;
        host.committed(doc, [{ seq, update, author: null }]);
      } else {
        host.committed(
          doc,
          (await host.catchUp(doc)).map((r) => ({ ...r, author: null })),
        );
      }
      this.logger.info({ docId: doc.docId, seq }, 'collab document upgraded');
    });
  }
}
