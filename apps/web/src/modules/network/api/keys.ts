/** Query keys of the network registry: organisations, people and reference lists. */
export const networkKeys = {
  organisations: () => ['organisations'] as const,
  organisationList: (query: string) => [...networkKeys.organisations(), 'list', query] as const,
  organisation: (id: string) => [...networkKeys.organisations(), 'item', id] as const,
  organisationSpaces: (id: string) => [...networkKeys.organisation(id), 'spaces'] as const,
  people: () => ['people'] as const,
  personList: (query: string) => [...networkKeys.people(), 'list', query] as const,
  person: (id: string) => [...networkKeys.people(), 'item', id] as const,
  referenceLists: () => ['reference-lists'] as const,
  referenceList: (kind: string) => [...networkKeys.referenceLists(), kind] as const,
};
