/** Query keys of spaces: the list, one space, and its members (current, or with past memberships too). */
export const spaceKeys = {
  all: ['spaces'] as const,
  lists: () => [...spaceKeys.all, 'list'] as const,
  space: (id: string) => [...spaceKeys.all, 'item', id] as const,
  detail: (id: string) => [...spaceKeys.space(id), 'detail'] as const,
  membersOf: (id: string) => [...spaceKeys.space(id), 'members'] as const,
  members: (id: string, includePast = false) => [...spaceKeys.membersOf(id), { includePast }] as const,
};
