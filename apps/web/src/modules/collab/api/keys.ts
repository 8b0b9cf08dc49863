/** Query keys of shared documents: a space's list, one document, its versions. */
export const documentKeys = {
  all: ['documents'] as const,
  lists: () => [...documentKeys.all, 'list'] as const,
  list: (spaceId: string) => [...documentKeys.lists(), spaceId] as const,
  document: (id: string) => [...documentKeys.all, 'item', id] as const,
  detail: (id: string) => [...documentKeys.document(id), 'detail'] as const,
  versions: (id: string) => [...documentKeys.document(id), 'versions'] as const,
  version: (id: string, versionId: string) => [...documentKeys.versions(id), versionId] as const,
};

/** Query keys of the `@` suggestions: who may be mentioned in a document, by what was typed. */
export const mentionKeys = {
  all: ['mention-candidates'] as const,
  candidates: (docId: string, q: string) => [...mentionKeys.all, docId, q] as const,
};
