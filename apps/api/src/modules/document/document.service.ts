import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import * as Y from 'yjs';
import { docIdOf } from '@cantiere/collab';
import type { DocumentCreate, DocumentUpdate, SharedDocument } from '@cantiere/domain';
import { CollabDocuments, projectRichText, replaceRichText, type CollabVersionEntity } from '../../collab';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { AuditService, changedFields } from '../audit';
import { SpaceService } from '../space';
import { DocumentAccessService } from './document-access.service';
import { DocumentEntity } from './document.entity';

export interface DocumentView {
  entity: DocumentEntity;
  can: SharedDocument['can'];
}

@Injectable()
export class DocumentService {
  constructor(
    @InjectRepository(DocumentEntity) private readonly documents: Repository<DocumentEntity>,
    private readonly docAccess: DocumentAccessService,
    private readonly access: AccessService,
    private readonly spaces: SpaceService,
    private readonly collab: CollabDocuments,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: DocumentCreate): Promise<DocumentView> {
    const { entity: space } = await this.spaces.get(actor, input.spaceId).catch(() => {
      throw AppError.validation([{ path: 'spaceId', message: 'unknown_space' }]);
    });
    await this.access.require(actor, 'space.contribute', [space.id]);
    if (space.archivedAt) throw new AppError('conflict', 'The space is archived');
    const saved = await this.audit.change(
      () => this.documents.save(this.documents.create({ ...input, bodyText: '', bodyHtml: '', createdBy: actor.user.id, archivedAt: null })),
      (row) => ({ actor, action: 'document.create', entity: 'document', entityId: row.id, after: { spaceId: row.spaceId, title: row.title } }),
    );
    return this.get(actor, saved.id);
  }

  async list(actor: Actor, spaceId: string, includeArchived: boolean): Promise<DocumentEntity[]> {
    await this.spaces.get(actor, spaceId);
    return this.documents.find({
      where: includeArchived ? { spaceId } : { spaceId, archivedAt: IsNull() },
      relations: { space: true },
      order: { updatedAt: 'DESC' },
    });
  }

  /** The document and the caller's rights; a document the caller may not see reads as not found. */
  async get(actor: Actor, id: string): Promise<DocumentView> {
    await this.access.require(actor, 'document.read', [id], { notFound: 'Document' });
    const [entity, can] = await Promise.all([this.documents.findOneOrFail({ where: { id }, relations: { space: true } }), this.docAccess.can(actor, [id])]);
    return { entity, can: can.get(id)! };
  }

  /**
   * The text of a free-text plan document (`action_plan_draft`) as it reads now, to become a structured plan's
   * introduction; the document itself is left as it is. Another kind of document is refused.
   */
  async planDraftText(actor: Actor, id: string): Promise<{ entity: DocumentEntity; text: string }> {
    const { entity } = await this.get(actor, id);
    if (entity.kind !== 'action_plan_draft') throw new AppError('conflict', 'Only a plan draft document becomes a plan introduction');
    return { entity, text: projectRichText(await this.collab.content(docIdOf('document', id))).text };
  }

  /** The rights of many documents at once, for lists. */
  can(actor: Actor, ids: readonly string[]): Promise<Map<string, SharedDocument['can']>> {
    return this.docAccess.can(actor, ids);
  }

  async update(actor: Actor, id: string, changes: DocumentUpdate): Promise<DocumentView> {
    const { entity, can } = await this.get(actor, id);
    if (changes.archived !== undefined) {
      if (!can['document.archive']) throw this.access.forbidden('document.archive');
    } else if (!can['document.write']) throw this.access.forbidden('document.write');
    const columns: Partial<DocumentEntity> = {
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.archived !== undefined ? { archivedAt: changes.archived ? (entity.archivedAt ?? new Date()) : null } : {}),
    };
    const diff = changedFields(entity, columns);
    const action = diff.after.archivedAt ? 'document.archive' : 'archivedAt' in diff.after ? 'document.restore' : 'document.rename';
    await this.audit.change(
      () => this.documents.update(id, columns),
      () => ({ actor, action, entity: 'document', entityId: id, ...diff }),
    );
    if (changes.archived !== undefined && changes.archived !== (entity.archivedAt !== null)) {
      await this.collab.refreshAccess(docIdOf('document', id), changes.archived ? 'document_archived' : 'rights_changed');
    }
    return this.get(actor, id);
  }

  async versions(actor: Actor, id: string): Promise<CollabVersionEntity[]> {
    await this.get(actor, id);
    return this.collab.listVersions(docIdOf('document', id));
  }

  async nameVersion(actor: Actor, id: string, name: string): Promise<CollabVersionEntity> {
    await this.access.require(actor, 'document.read', [id], { notFound: 'Document' });
    await this.access.require(actor, 'document.write', [id]);
    return this.collab.addVersion(docIdOf('document', id), 'named', name, actor.user.id);
  }

  /** A version read-only, with the current text beside it so that the caller can see what changed since. */
  async version(actor: Actor, id: string, versionId: string) {
    await this.get(actor, id);
    const version = await this.collab.findVersion(docIdOf('document', id), versionId);
    if (!version) throw AppError.notFound('Version');
    const then = new Y.Doc();
    Y.applyUpdate(then, version.snapshot);
    const result = { version, then: projectRichText(then), now: projectRichText(await this.collab.content(docIdOf('document', id))) };
    then.destroy();
    return result;
  }

  /** Restoring is a forward change: the log is never rewritten, and everyone editing receives it live. */
  async restore(actor: Actor, id: string, versionId: string): Promise<number> {
    await this.access.require(actor, 'document.read', [id], { notFound: 'Document' });
    await this.access.require(actor, 'document.write', [id]);
    const docId = docIdOf('document', id);
    const version = await this.collab.findVersion(docId, versionId);
    if (!version) throw AppError.notFound('Version');
    const source = new Y.Doc();
    Y.applyUpdate(source, version.snapshot);
    const seq = await this.collab.applyServerChange(docId, actor.user.id, (target) => replaceRichText(target, source));
    source.destroy();
    await this.collab.addVersion(docId, 'restore', version.name ?? version.createdAt.toISOString(), actor.user.id);
    await this.collab.project(docId);
    return seq;
  }
}
