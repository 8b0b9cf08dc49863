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
