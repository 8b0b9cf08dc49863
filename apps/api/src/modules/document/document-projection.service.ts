import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { Repository } from 'typeorm';
import * as Y from 'yjs';
import { parseDocId } from '@cantiere/collab';
import { CollabStore } from '../../collab/collab-store';
import { DocumentRegistry } from '../../collab/document-registry';
import type { LiveDocument } from '../../collab/live-document';
import { projectRichText } from '../../collab/rich-text-projection';
import { LOGGER } from '../../core/logging/logging.module';
import { DocumentEntity } from './document.entity';

const PROJECT_AFTER_MS = 1_000;
/** An automatic version at most this often while a document is being edited. */
export const AUTO_VERSION_EVERY_MS = 10 * 60_000;

/** Keeps the documents table's text and HTML in step with the Yjs body, and takes automatic versions. */
@Injectable()
export class DocumentProjectionService implements OnModuleInit, OnApplicationShutdown {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastVersion = new Map<string, number>();

  constructor(
    @InjectRepository(DocumentEntity) private readonly documents: Repository<DocumentEntity>,
    private readonly registry: DocumentRegistry,
    private readonly store: CollabStore,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit() {
    this.registry.onCommit((doc) => {
      if (parseDocId(doc.docId)?.kind !== 'document') return;
      clearTimeout(this.timers.get(doc.docId));
      this.timers.set(
        doc.docId,
        setTimeout(() => void this.project(doc), PROJECT_AFTER_MS),
      );
      void this.maybeAutoVersion(doc);
    });
  }

  async project(doc: LiveDocument) {
    this.timers.delete(doc.docId);
    try {
      await this.projectDoc(doc.docId, doc.ydoc);
    } catch (err) {
      this.logger.error({ err, docId: doc.docId }, 'document projection failed');
    }
  }

  async projectDoc(docId: string, ydoc: Y.Doc) {
    const { html, text } = projectRichText(ydoc);
    await this.documents.update(parseDocId(docId)!.entityId, { bodyHtml: html, bodyText: text });
  }

  private async maybeAutoVersion(doc: LiveDocument) {
    const now = Date.now();
    const last = this.lastVersion.get(doc.docId);
    if (last === undefined) {
      // Claimed before the first await, so that commits arriving together do not each take a version.
      this.lastVersion.set(doc.docId, now);
      const stored = (await this.store.lastVersionAt(doc.docId))?.getTime() ?? 0;
      if (now - stored < AUTO_VERSION_EVERY_MS) {
        this.lastVersion.set(doc.docId, stored);
        return;
      }
    } else if (now - last < AUTO_VERSION_EVERY_MS) {
      return;
    } else {
      this.lastVersion.set(doc.docId, now);
    }
    await this.store.addVersion(doc.docId, doc.seq, 'auto', null, Y.encodeStateAsUpdate(doc.ydoc), null);
  }

  /** Projections still waiting run now, so that a clean stop leaves the table current. */
  async onApplicationShutdown() {
    for (const [docId, timer] of this.timers) {
      clearTimeout(timer);
      const doc = this.registry.loaded(docId);
      if (doc) await this.project(doc);
    }
  }
}
