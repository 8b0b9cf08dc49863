import type { SharedDocument } from '@cantiere/domain';
import { docIdOf } from '@cantiere/collab';
import type { DocumentEntity } from './document.entity';

export function toDocument(e: DocumentEntity, can: SharedDocument['can']): SharedDocument {
  return {
    id: e.id,
    docId: docIdOf('document', e.id),
    spaceId: e.spaceId,
    spaceName: e.space?.name ?? '',
    title: e.title,
    kind: e.kind,
    bodyText: e.bodyText,
    archivedAt: e.archivedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    can,
  };
}
