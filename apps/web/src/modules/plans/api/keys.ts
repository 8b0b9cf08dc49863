/** Query keys of action plans: a space's list, one plan with its records, its adopted version and its revision's diff. */
export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: (spaceId: string) => [...planKeys.lists(), spaceId] as const,
  detail: (id: string) => [...planKeys.all, 'item', id] as const,
  adopted: (id: string) => [...planKeys.all, 'adopted', id] as const,
  diff: (id: string) => [...planKeys.all, 'diff', id] as const,
  decisions: (spaceId: string) => [...planKeys.all, 'decisions', spaceId] as const,
};
