import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type * as Y from 'yjs';
import { docIdOf } from '@cantiere/collab';
import { CollabDocuments, projectRichText } from '../../collab';
import { Transactional } from '../../core/database/transaction';
import { MentionNotifications } from '../mention';
import { DocumentAccessService } from './document-access.service';
import { DocumentNotifications } from './document-notifications';
import { DocumentEntity } from './document.entity';

const PROJECT_AFTER_MS = 1_000;
/** An automatic version at most this often while a document is being edited. */
export const AUTO_VERSION_EVERY_MS = 10 * 60_000;

/**
 * Free documents (`document:<id>`) as a kind of live document: their access, the documents table's text and HTML
 * kept in step with the Yjs body, an automatic version during activity, and its writers following it. A frozen
 * document would stay as written.
 */
@Injectable()
export class DocumentProjectionService implements OnModuleInit {
  constructor(
    @InjectRepository(DocumentEntity) private readonly documents: Repository<DocumentEntity>,
    private readonly docAccess: DocumentAccessService,
    private readonly collab: CollabDocuments,
    private readonly mentions: MentionNotifications,
    private readonly notifications: DocumentNotifications,
  ) {}

  onModuleInit() {
    this.collab.registerKind({
      prefix: 'document',
      access: (actor, id) => this.docAccess.decide(actor, id),
      project: { afterMs: PROJECT_AFTER_MS, run: (id, content) => this.projectDoc(id, content) },
      autoVersionEveryMs: AUTO_VERSION_EVERY_MS,
      edited: (id, authors) => this.notifications.editorsWrote(id, authors),
    });
  }

  /** The text and HTML, and the mentions waiting to be told, in one transaction. */
  @Transactional()
  async projectDoc(documentId: string, content: Y.Doc) {
    const { html, text } = projectRichText(content);
    await this.documents.update(documentId, { bodyHtml: html, bodyText: text });
    const document = await this.documents.findOne({ where: { id: documentId }, select: { id: true, title: true } });
    if (!document) return;
    await this.mentions.projected(
      { docId: docIdOf('document', documentId), subject: { type: 'document', id: documentId }, title: document.title, link: `/documenti/${documentId}` },
      content,
    );
  }
}
