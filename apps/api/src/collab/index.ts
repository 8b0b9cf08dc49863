/**
 * What modules may use of the collaboration engine; everything else in collab/ is its own (lint enforces it).
 * A module registers its kind of document with CollabDocuments and works with live documents through it.
 */
export { CollabDocuments, type VersionKind } from './collab-documents';
export type { AccessDecision, DocumentKind, DocumentProjection, DocumentUpgrade, FrozenBehaviour } from './document-kinds';
export type { CollabVersionEntity } from './collab-version.entity';
export { BODY_FIELD, fragmentText, projectRichText, replaceRichText, rowText } from './rich-text-projection';
